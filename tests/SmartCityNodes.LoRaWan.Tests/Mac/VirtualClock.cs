// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using SmartCityNodes.Hal;

namespace SmartCityNodes.LoRaWan.Tests.Mac
{
    /// <summary>A clock that advances only when code waits (or the scripted radio spends air time).</summary>
    public sealed class VirtualClock : IClock
    {
        private long _microseconds;

        public VirtualClock(long startMilliseconds = 0)
        {
            _microseconds = startMilliseconds * 1000;
        }

        public long UptimeMilliseconds => _microseconds / 1000;

        public long UptimeMicroseconds => _microseconds;

        /// <summary>Total time spent in DelayMilliseconds/DelayMicroseconds (awake waiting).</summary>
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
            if (microseconds > 0) { _microseconds += microseconds; }
        }

        /// <summary>Moves time forward as a deep sleep would (not counted as awake waiting).</summary>
        public void Advance(long milliseconds) => _microseconds += milliseconds * 1000;
    }
}
