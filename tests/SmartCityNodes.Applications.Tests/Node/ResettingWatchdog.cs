// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using SmartCityNodes.Hal.Power;

namespace SmartCityNodes.Applications.Tests.Node
{
    /// <summary>
    /// A watchdog that resets the node: the next call after its timeout has passed (the runtime disarms it when a step
    /// ends, outside the step's own catch) throws <see cref="HardwareReset"/>, as the chip would have reset at expiry.
    /// </summary>
    internal sealed class ResettingWatchdog : IWatchdog
    {
        private readonly VirtualClock _clock;
        private long _fedAtMicroseconds;

        public ResettingWatchdog(VirtualClock clock) => _clock = clock;

        public bool IsArmed { get; private set; }

        public int TimeoutMilliseconds { get; private set; }

        public int Expiries { get; private set; }

        public void Arm(int timeoutMilliseconds)
        {
            Check();
            TimeoutMilliseconds = timeoutMilliseconds;
            IsArmed = true;
            _fedAtMicroseconds = _clock.UptimeMicroseconds;
        }

        public void Feed()
        {
            Check();
            _fedAtMicroseconds = _clock.UptimeMicroseconds;
        }

        public void Disarm()
        {
            Check();
            IsArmed = false;
        }

        private void Check()
        {
            if (IsArmed && _clock.UptimeMicroseconds - _fedAtMicroseconds > TimeoutMilliseconds * 1000L)
            {
                IsArmed = false;
                Expiries++;
                throw new HardwareReset(WakeCause.Watchdog);
            }
        }
    }
}
