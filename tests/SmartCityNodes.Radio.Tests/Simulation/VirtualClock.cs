// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using SmartCityNodes.Hal;

namespace SmartCityNodes.Radio.Tests.Simulation
{
    /// <summary>A clock that advances only when the code under test waits; microsecond resolution inside.</summary>
    public sealed class VirtualClock : IClock
    {
        public long NowMicroseconds { get; private set; }

        public long UptimeMilliseconds => NowMicroseconds / 1000;

        public long UptimeMicroseconds => NowMicroseconds;

        public void DelayMilliseconds(int milliseconds) => NowMicroseconds += (long)milliseconds * 1000;

        public void DelayMicroseconds(int microseconds) => NowMicroseconds += microseconds;

        public void Advance(long microseconds) => NowMicroseconds += microseconds;
    }
}
