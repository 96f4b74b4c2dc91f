// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

namespace SmartCityNodes.Simulator.Fleet
{
    /// <summary>A node type's uplink schedule measured in a detailed firmware run: offsets (ms) within a period and frame sizes.</summary>
    internal sealed class TrafficProfile
    {
        public TrafficProfile(string type, long periodMilliseconds, IReadOnlyList<(long OffsetMilliseconds, int Bytes)> uplinks)
        {
            Type = type;
            PeriodMilliseconds = periodMilliseconds;
            Uplinks = uplinks;
        }

        public string Type { get; }
        public long PeriodMilliseconds { get; }
        public IReadOnlyList<(long OffsetMilliseconds, int Bytes)> Uplinks { get; }
        public double UplinksPerDay => Uplinks.Count * 86400000.0 / PeriodMilliseconds;
    }
}
