// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.
// Device-only code: compiled in CI against firmware/DeviceFacades, on a device build against the real packages.

using System;
using nanoFramework.Hardware.Esp32;
using SmartCityNodes.Hal.Power;

namespace SmartCityNodes.Firmware.Esp32
{
    /// <summary>
    /// <see cref="ISleepController"/> over nanoFramework.Hardware.Esp32 <c>Sleep</c>. The checks, the conversions and
    /// the order of the native calls are <see cref="Esp32SleepRequest"/>'s (portable, host-tested); the wake cause is
    /// <see cref="Esp32WakeCauseMapping"/>'s. nanoFramework exposes no reset reason, so a boot that is not a wake from
    /// sleep reports <see cref="WakeCause.Unknown"/>. Allocation: each sleep passes a <see cref="TimeSpan"/>, a struct,
    /// which nanoCLR boxes on the heap (the API forces it; one small object per sleep).
    /// </summary>
    public sealed class Esp32SleepController : ISleepController
    {
        private const long TicksPerMillisecond = 10000;

        private readonly Esp32SleepRequest _request = new Esp32SleepRequest();

        /// <summary>Reads the cause of this boot; create it once at start-up.</summary>
        public Esp32SleepController()
        {
            ReadWakeCause();
        }

        /// <inheritdoc />
        public WakeCause WakeCause { get; private set; }

        /// <inheritdoc />
        public int WakePin { get; private set; }

        /// <summary>
        /// <see cref="DateTime.UtcNow"/> in ms: ESP-IDF keeps the system time on the RTC timer through light and deep
        /// sleep (ESP-IDF "System Time"); that nanoFramework's DateTime follows it across deep sleep is to be confirmed on hardware.
        /// </summary>
        public long RtcMilliseconds => DateTime.UtcNow.Ticks / TicksPerMillisecond;

        /// <inheritdoc />
        public SleepStatus DeepSleep(long durationMicroseconds, int wakePin, bool wakeLevelHigh)
        {
            SleepStatus status = ArmWakeSources(durationMicroseconds, wakePin, wakeLevelHigh);
            if (status != SleepStatus.Ok)
            {
                return status;
            }

            Sleep.StartDeepSleep();
            return SleepStatus.Ok;
        }

        /// <inheritdoc />
        public SleepStatus LightSleep(long durationMicroseconds, int wakePin, bool wakeLevelHigh)
        {
            SleepStatus status = ArmWakeSources(durationMicroseconds, wakePin, wakeLevelHigh);
            if (status != SleepStatus.Ok)
            {
                return status;
            }

            status = Esp32SleepRequest.StatusFromNativeError((int)Sleep.StartLightSleep());
            if (status == SleepStatus.Ok)
            {
                ReadWakeCause();
            }

            return status;
        }

        private SleepStatus ArmWakeSources(long durationMicroseconds, int wakePin, bool wakeLevelHigh)
        {
            SleepStatus status = _request.Prepare(durationMicroseconds, wakePin, wakeLevelHigh);
            if (status != SleepStatus.Ok)
            {
                return status;
            }

            status = Esp32SleepRequest.StatusFromNativeError((int)Sleep.EnableWakeupByTimer(new TimeSpan(_request.TimerTicks)));
            if (status != SleepStatus.Ok || !_request.UsesPin)
            {
                return status;
            }

            return Esp32SleepRequest.StatusFromNativeError((int)Sleep.EnableWakeupByPin((Sleep.WakeupGpioPin)_request.PinMask, _request.PinLevel));
        }

        private void ReadWakeCause()
        {
            WakeCause = Esp32WakeCauseMapping.FromEsp32((int)Sleep.GetWakeupCause(), Esp32WakeCauseMapping.ResetReasonNotAvailable);
            WakePin = WakeCause == WakeCause.Pin ? Esp32WakeCauseMapping.PinFromMask((ulong)Sleep.GetWakeupGpioPin()) : Esp32WakeCauseMapping.PinFromMask(0);
        }
    }
}
