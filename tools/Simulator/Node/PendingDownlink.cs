// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

namespace SmartCityNodes.Simulator.Node
{
    /// <summary>A downlink the network will send in a receive window after the last uplink.</summary>
    internal sealed class PendingDownlink
    {
        public byte[]? Frame { get; set; }
        public uint FrequencyHz { get; set; }
        public int SpreadingFactor { get; set; }

        /// <summary>Node uptime (ms) at which the window opens.</summary>
        public long OpenUptimeMilliseconds { get; set; }

        public void Clear() => Frame = null;
    }
}
