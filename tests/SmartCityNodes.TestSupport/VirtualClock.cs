// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using SmartCityNodes.Hal;

namespace SmartCityNodes.TestSupport
{
    /// <summary>
    /// A clock that only moves when code delays on it or a test advances it: every timing test is exact and instant.
    /// Counts the milliseconds the code under test waited on purpose (<see cref="WaitedMilliseconds"/>), which is
    /// the time a node would spend awake.
    /// </summary>
    public sealed class VirtualClock : IClock
    {
        private long _microseconds;

        /// <param name="startMilliseconds">Uptime at construction.</param>
        public VirtualClock(long startMilliseconds = 0)
        {
            _microseconds = startMilliseconds * 1000;
        }

        public long UptimeMilliseconds => _microseconds / 1000;

        public long UptimeMicroseconds => _microseconds;

        /// <summary>Sum of the milliseconds passed to <see cref="DelayMilliseconds"/>.</summary>
        public long WaitedMilliseconds { get; private set; }

        public void DelayMilliseconds(int milliseconds)
        {
            if (milliseconds > 0)
            {
                _microseconds += milliseconds * 1000L;
                WaitedMilliseconds += milliseconds;
            }
        }

        public void DelayMicroseconds(int microseconds)
        {
            if (microseconds > 0)
            {
                _microseconds += microseconds;
            }
        }

        /// <summary>Moves time forward without counting it as a wait (time spent elsewhere: asleep, in the chip).</summary>
        public void Advance(long milliseconds) => _microseconds += milliseconds * 1000;

        /// <summary>Moves time forward by <paramref name="microseconds"/> without counting it as a wait.</summary>
        public void AdvanceMicroseconds(long microseconds) => _microseconds += microseconds;
    }
}
