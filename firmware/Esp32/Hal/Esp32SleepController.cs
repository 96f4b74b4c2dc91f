// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.
// Device-only code: compiled in CI against firmware/DeviceFacades, on a device build against the real packages.

using SmartCityNodes.Hal.Power;

namespace SmartCityNodes.Firmware.Esp32
{
    /// <summary>
    /// <see cref="ISleepController"/> for the ESP32: the portable <see cref="Esp32SleepSequence"/> (checks, call order,
    /// error handling, wake-cause mapping; host-tested) over <see cref="Esp32SleepNative"/> (one nanoFramework
    /// <c>Sleep</c> call per member). Create it once at start-up: it reads the cause of this boot.
    /// </summary>
    public sealed class Esp32SleepController : ISleepController
    {
        private readonly Esp32SleepSequence _sequence;

        /// <summary>Reads the cause of this boot.</summary>
        public Esp32SleepController()
        {
            _sequence = new Esp32SleepSequence(new Esp32SleepNative());
        }

        /// <inheritdoc />
        public WakeCause WakeCause => _sequence.WakeCause;

        /// <inheritdoc />
        public int WakePin => _sequence.WakePin;

        /// <inheritdoc />
        public long RtcMilliseconds => _sequence.RtcMilliseconds;

        /// <inheritdoc />
        public SleepStatus DeepSleep(long durationMicroseconds, int wakePin, bool wakeLevelHigh)
        {
            return _sequence.DeepSleep(durationMicroseconds, wakePin, wakeLevelHigh);
        }

        /// <inheritdoc />
        public SleepStatus LightSleep(long durationMicroseconds, int wakePin, bool wakeLevelHigh)
        {
            return _sequence.LightSleep(durationMicroseconds, wakePin, wakeLevelHigh);
        }
    }
}
