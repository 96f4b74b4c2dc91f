// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using System;

namespace SmartCityNodes.Hal.Power
{
    /// <summary>
    /// <see cref="ISleepController"/> logic for the ESP32 over <see cref="IEsp32SleepNative"/>: the request is checked
    /// and converted first (<see cref="Esp32SleepRequest"/>, no native call on bad input), then the timer wake is armed,
    /// then the pin wake if any, then the sleep starts; the first native error ends the sequence with
    /// <see cref="SleepStatus.Refused"/> and nothing is started. The wake cause is read at construction (this boot) and
    /// after each light sleep, through <see cref="Esp32WakeCauseMapping"/>; nanoFramework exposes no reset reason, so a
    /// boot that is not a wake from sleep reports <see cref="WakeCause.Unknown"/>. The wake pin is read only for a pin
    /// wake. ESP-IDF keeps enabled wake sources armed until disabled and nanoFramework has no managed call to disable
    /// one, so a pin armed for one light sleep stays armed for the next (the timer is re-armed each time).
    /// </summary>
    [HotPath]
    public sealed class Esp32SleepSequence : ISleepController
    {
        private readonly IEsp32SleepNative _native;
        private readonly Esp32SleepRequest _request = new Esp32SleepRequest();

        /// <summary>Reads the cause of this boot; create it once at start-up.</summary>
        /// <param name="native">The Sleep calls (the device adapter, or a test double).</param>
        public Esp32SleepSequence(IEsp32SleepNative native)
        {
            _native = native ?? throw new ArgumentNullException(nameof(native));
            ReadWakeCause();
        }

        /// <inheritdoc />
        public WakeCause WakeCause { get; private set; }

        /// <inheritdoc />
        public int WakePin { get; private set; }

        /// <inheritdoc />
        public long RtcMilliseconds => _native.RtcMilliseconds;

        /// <inheritdoc />
        public SleepStatus DeepSleep(long durationMicroseconds, int wakePin, bool wakeLevelHigh)
        {
            SleepStatus status = ArmWakeSources(durationMicroseconds, wakePin, wakeLevelHigh);
            if (status == SleepStatus.Ok)
            {
                _native.StartDeepSleep();
            }

            return status;
        }

        /// <inheritdoc />
        public SleepStatus LightSleep(long durationMicroseconds, int wakePin, bool wakeLevelHigh)
        {
            SleepStatus status = ArmWakeSources(durationMicroseconds, wakePin, wakeLevelHigh);
            if (status != SleepStatus.Ok)
            {
                return status;
            }

            status = Esp32SleepRequest.StatusFromNativeError(_native.StartLightSleep());
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

            status = Esp32SleepRequest.StatusFromNativeError(_native.EnableWakeupByTimer(_request.TimerTicks));
            if (status != SleepStatus.Ok || !_request.UsesPin)
            {
                return status;
            }

            return Esp32SleepRequest.StatusFromNativeError(_native.EnableWakeupByPin(_request.PinMask, _request.PinLevel));
        }

        private void ReadWakeCause()
        {
            WakeCause = Esp32WakeCauseMapping.FromEsp32(_native.GetWakeupCause(), Esp32WakeCauseMapping.ResetReasonNotAvailable);
            WakePin = WakeCause == WakeCause.Pin ? Esp32WakeCauseMapping.PinFromMask(_native.GetWakeupGpioPin()) : SleepLimits.NoPin;
        }
    }
}
