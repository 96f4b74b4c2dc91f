// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using System;

namespace SmartCityNodes.Hal.Power
{
    /// <summary>
    /// Host implementation of <see cref="IWatchdog"/> on a simulated clock: <see cref="HasExpired"/> says whether the
    /// bound passed since the last arm/feed; the simulator then plays the reset with
    /// <see cref="SimulatedSleepController.Reset"/>.
    /// </summary>
    public sealed class SimulatedWatchdog : IWatchdog
    {
        private readonly IClock _clock;
        private long _fedAtMicroseconds;

        /// <summary>Creates a disarmed watchdog on <paramref name="clock"/>.</summary>
        /// <param name="clock">Time base.</param>
        public SimulatedWatchdog(IClock clock)
        {
            if (clock == null)
            {
                throw new ArgumentNullException();
            }

            _clock = clock;
        }

        /// <inheritdoc />
        public bool IsArmed { get; private set; }

        /// <inheritdoc />
        public int TimeoutMilliseconds { get; private set; }

        /// <summary>Times <see cref="Arm"/> was called.</summary>
        public int ArmCount { get; private set; }

        /// <summary>True when armed and the bound has passed without a feed.</summary>
        public bool HasExpired
        {
            get { return IsArmed && _clock.UptimeMicroseconds - _fedAtMicroseconds > TimeoutMilliseconds * 1000L; }
        }

        /// <inheritdoc />
        public void Arm(int timeoutMilliseconds)
        {
            if (timeoutMilliseconds < 1)
            {
                throw new ArgumentOutOfRangeException();
            }

            TimeoutMilliseconds = timeoutMilliseconds;
            IsArmed = true;
            ArmCount++;
            _fedAtMicroseconds = _clock.UptimeMicroseconds;
        }

        /// <inheritdoc />
        public void Feed()
        {
            _fedAtMicroseconds = _clock.UptimeMicroseconds;
        }

        /// <inheritdoc />
        public void Disarm()
        {
            IsArmed = false;
        }
    }
}
