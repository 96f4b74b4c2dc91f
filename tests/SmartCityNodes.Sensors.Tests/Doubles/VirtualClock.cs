using SmartCityNodes.Hal;

namespace SmartCityNodes.Sensors.Tests.Doubles
{
    /// <summary>A clock that advances only when code waits, so timeouts are tested without real time.</summary>
    public sealed class VirtualClock : IClock
    {
        private long _microseconds;

        public long UptimeMilliseconds => _microseconds / 1000;

        public long UptimeMicroseconds => _microseconds;

        public long TotalDelayedMilliseconds { get; private set; }

        public void DelayMilliseconds(int milliseconds)
        {
            _microseconds += milliseconds * 1000L;
            TotalDelayedMilliseconds += milliseconds;
        }

        public void DelayMicroseconds(int microseconds) => _microseconds += microseconds;

        public void Advance(int milliseconds) => _microseconds += milliseconds * 1000L;
    }
}
