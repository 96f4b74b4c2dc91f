// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

namespace SmartCityNodes.Hal.Power
{
    /// <summary>
    /// The arguments an ESP32 sleep needs, checked and converted before any native call: the timer wake in TimeSpan
    /// ticks for <c>Sleep.EnableWakeupByTimer</c>, and, if <see cref="UsesPin"/>, the WakeupGpioPin mask and level for
    /// <c>Sleep.EnableWakeupByPin</c>. <see cref="Esp32SleepSequence"/> issues the calls. One instance per controller,
    /// created at start-up and filled in place (no allocation per sleep).
    /// </summary>
    [HotPath]
    public sealed class Esp32SleepRequest
    {
        /// <summary>TimeSpan ticks per microsecond (a tick is 100 ns).</summary>
        public const long TicksPerMicrosecond = 10;

        /// <summary>Longest duration whose tick count still fits a long.</summary>
        public const long MaximumSleepMicroseconds = long.MaxValue / TicksPerMicrosecond;

        /// <summary>EspNativeError.OK (nanoFramework.Hardware.Esp32 Errors.cs).</summary>
        public const int NativeOk = 0;

        /// <summary>Timer wake in TimeSpan ticks (100 ns), valid after <see cref="Prepare"/> returned Ok.</summary>
        public long TimerTicks { get; private set; }

        /// <summary>True when a wake pin is to be armed.</summary>
        public bool UsesPin { get; private set; }

        /// <summary>Sleep.WakeupGpioPin bit mask of the wake pin (bit n = GPIOn), 0 without a pin.</summary>
        public ulong PinMask { get; private set; }

        /// <summary>The level argument of EnableWakeupByPin: 1 wakes on high, 0 on low.</summary>
        public int PinLevel { get; private set; }

        /// <summary>
        /// Checks and converts a request. On anything but <see cref="SleepStatus.Ok"/> the previous contents are
        /// cleared (no timer, no pin), so a stale request can never be started.
        /// </summary>
        /// <param name="durationMicroseconds">Timer wake, <see cref="SleepLimits.MinimumSleepMicroseconds"/>..<see cref="MaximumSleepMicroseconds"/>.</param>
        /// <param name="wakePin">GPIO that also wakes, or <see cref="SleepLimits.NoPin"/>.</param>
        /// <param name="wakeLevelHigh">Wake on high (true) or low (false).</param>
        public SleepStatus Prepare(long durationMicroseconds, int wakePin, bool wakeLevelHigh)
        {
            TimerTicks = 0;
            UsesPin = false;
            PinMask = 0;
            PinLevel = 0;
            if (durationMicroseconds < SleepLimits.MinimumSleepMicroseconds || durationMicroseconds > MaximumSleepMicroseconds)
            {
                return SleepStatus.InvalidDuration;
            }

            if (wakePin != SleepLimits.NoPin && !IsWakeupGpioPin(wakePin))
            {
                return SleepStatus.PinNotWakeCapable;
            }

            TimerTicks = durationMicroseconds * TicksPerMicrosecond;
            if (wakePin != SleepLimits.NoPin)
            {
                UsesPin = true;
                PinMask = Esp32WakeCauseMapping.MaskFromPin(wakePin);
                PinLevel = wakeLevelHigh ? 1 : 0;
            }

            return SleepStatus.Ok;
        }

        /// <summary>EspNativeError as an integer → <see cref="SleepStatus"/>: OK (0) → Ok, anything else → Refused.</summary>
        /// <param name="nativeError">The EspNativeError a Sleep call returned.</param>
        public static SleepStatus StatusFromNativeError(int nativeError)
        {
            return nativeError == NativeOk ? SleepStatus.Ok : SleepStatus.Refused;
        }

        /// <summary>
        /// True when nanoFramework's <c>Sleep.WakeupGpioPin</c> has a member for the GPIO: Pin0..Pin21, Pin25..Pin27,
        /// Pin32..Pin39 (nanoFramework.Hardware.Esp32 Sleep.cs). That is the union of the ESP32's RTC GPIOs and the
        /// ESP32-S3's (GPIO0..21); whether the chip at hand can use the pin is the native layer's answer
        /// (an EspNativeError, i.e. <see cref="SleepStatus.Refused"/>).
        /// </summary>
        /// <param name="pin">GPIO number.</param>
        public static bool IsWakeupGpioPin(int pin)
        {
            return (pin >= 0 && pin <= 21) || (pin >= 25 && pin <= 27) || (pin >= 32 && pin <= 39);
        }
    }
}
