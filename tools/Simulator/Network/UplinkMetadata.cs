// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

namespace SmartCityNodes.Simulator.Network
{
    /// <summary>What the gateways report with a frame (the best gateway's figures).</summary>
    internal sealed class UplinkMetadata
    {
        public long TimeMilliseconds { get; set; }
        public uint FrequencyHz { get; set; }
        public int DataRate { get; set; }
        public double SnrDb { get; set; }
        public double RssiDbm { get; set; }
        public int GatewayCount { get; set; }
    }
}
