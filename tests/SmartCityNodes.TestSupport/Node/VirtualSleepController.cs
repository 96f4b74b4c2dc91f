// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using SmartCityNodes.Hal.Power;

namespace SmartCityNodes.TestSupport.Node
{
    /// <summary>
    /// The sleep HAL of a host node (tests, benchmarks, simulator) over one <see cref="VirtualClock"/> that the radio model shares: the RTC is the
    /// clock (it never restarts, so MAC time and RTC stay on one time line), sleeps advance it, the wake cause is set
    /// by the harness.
    /// </summary>
    public sealed class VirtualSleepController : ISleepController
    {
        private readonly VirtualClock _clock;

        public VirtualSleepController(VirtualClock clock) => _clock = clock;

        public WakeCause WakeCause { get; set; } = WakeCause.PowerOn;

        public int WakePin { get; set; } = SleepLimits.NoPin;

        public long RtcMilliseconds => _clock.UptimeMilliseconds;

        public long LightSleptMicroseconds { get; private set; }

        public SleepStatus DeepSleep(long durationMicroseconds, int wakePin, bool wakeLevelHigh)
        {
            _clock.AdvanceMicroseconds(durationMicroseconds);
            WakeCause = WakeCause.Timer;
            return SleepStatus.Ok;
        }

        public SleepStatus LightSleep(long durationMicroseconds, int wakePin, bool wakeLevelHigh)
        {
            _clock.AdvanceMicroseconds(durationMicroseconds);
            LightSleptMicroseconds += durationMicroseconds;
            WakeCause = WakeCause.Timer;
            return SleepStatus.Ok;
        }
    }
}
