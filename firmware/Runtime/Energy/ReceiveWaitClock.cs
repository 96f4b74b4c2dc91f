// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using System;
using SmartCityNodes.Hal.Power;
using SmartCityNodes.Hal;

namespace SmartCityNodes.Runtime.Energy
{
    /// <summary>
    /// The clock to give the MAC: its millisecond waits (TX end → RX1, RX1 → RX2, retransmission back-off) are spent
    /// in light sleep when the board allows it, waking <see cref="BoardEnergyProfile.LightSleepExitMicroseconds"/>
    /// early and finishing the wait awake so the window still opens on time; otherwise awake idle. The ledger books
    /// each part in the state it was spent in (<see cref="EnergyPhase.ReceiveWait"/>). Microsecond waits (chip
    /// timings) pass straight through. On the ESP32 with the 0.8 mA light-sleep floor a 1 s wait costs ≈ 0.22 µAh
    /// instead of ≈ 8.3 µAh awake at 30 mA — more than an SF7 uplink.
    /// </summary>
    [HotPath]
    public sealed class ReceiveWaitClock : IClock
    {
        private readonly IClock _clock;
        private readonly ISleepController _sleep;
        private readonly EnergyLedger _ledger;
        private readonly bool _lightSleep;
        private readonly long _minimumLightSleepMicroseconds;

        /// <summary>Wraps the device clock.</summary>
        /// <param name="clock">The real clock (uptime keeps counting through light sleep on ESP32).</param>
        /// <param name="sleep">Sleep controller for the light sleeps.</param>
        /// <param name="ledger">Where the waits are booked.</param>
        public ReceiveWaitClock(IClock clock, ISleepController sleep, EnergyLedger ledger)
        {
            if (clock == null || sleep == null || ledger == null)
            {
                throw new ArgumentNullException();
            }

            _clock = clock;
            _sleep = sleep;
            _ledger = ledger;
            _lightSleep = ledger.Profile.LightSleepInWakeAllowed;
            _minimumLightSleepMicroseconds = ledger.Profile.LightSleepExitMicroseconds + SleepLimits.MinimumSleepMicroseconds;
        }

        /// <summary>Microseconds of waiting spent in light sleep so far.</summary>
        public long LightSleptMicroseconds { get; private set; }

        /// <summary>Microseconds of waiting spent awake so far.</summary>
        public long AwakeWaitedMicroseconds { get; private set; }

        /// <inheritdoc />
        public long UptimeMilliseconds
        {
            get { return _clock.UptimeMilliseconds; }
        }

        /// <inheritdoc />
        public long UptimeMicroseconds
        {
            get { return _clock.UptimeMicroseconds; }
        }

        /// <inheritdoc />
        public void DelayMilliseconds(int milliseconds)
        {
            if (milliseconds <= 0)
            {
                return;
            }

            long start = _clock.UptimeMicroseconds;
            long target = start + (milliseconds * 1000L);
            long wait = target - start;
            if (_lightSleep && wait >= _minimumLightSleepMicroseconds)
            {
                long sleepFor = wait - _ledger.Profile.LightSleepExitMicroseconds;
                if (_sleep.LightSleep(sleepFor, SleepLimits.NoPin, false) == SleepStatus.Ok)
                {
                    long slept = _clock.UptimeMicroseconds - start;
                    LightSleptMicroseconds += slept;
                    _ledger.BookReceiveWait(slept, true);
                }
            }

            long awakeStart = _clock.UptimeMicroseconds;
            long rest = target - awakeStart;
            if (rest > 0)
            {
                _clock.DelayMicroseconds(rest > int.MaxValue ? int.MaxValue : (int)rest);
            }

            long awake = _clock.UptimeMicroseconds - awakeStart;
            AwakeWaitedMicroseconds += awake;
            _ledger.BookReceiveWait(awake, false);
        }

        /// <inheritdoc />
        public void DelayMicroseconds(int microseconds)
        {
            // Sub-millisecond remainders (the MAC places windows to the microsecond) are too short to light-sleep, but
            // they are awake time of the receive wait and are booked as such.
            long start = _clock.UptimeMicroseconds;
            _clock.DelayMicroseconds(microseconds);
            long awake = _clock.UptimeMicroseconds - start;
            if (awake > 0)
            {
                AwakeWaitedMicroseconds += awake;
                _ledger.BookReceiveWait(awake, false);
            }
        }
    }
}
