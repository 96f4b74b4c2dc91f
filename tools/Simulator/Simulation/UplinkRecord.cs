// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

namespace SmartCityNodes.Simulator.Simulation
{
    /// <summary>One transmission as the uplink CSV lists it.</summary>
    internal sealed class UplinkRecord
    {
        public string Node { get; set; } = "";
        public string Type { get; set; } = "";
        public double TimeHours { get; set; }
        public string Kind { get; set; } = "";
        public uint FCnt { get; set; }
        public int FPort { get; set; }
        public int DataRate { get; set; }
        public int SpreadingFactor { get; set; }
        public double FrequencyMHz { get; set; }
        public int PowerDbm { get; set; }
        public int Bytes { get; set; }
        public double AirtimeMilliseconds { get; set; }
        public double BestSnrDb { get; set; }
        public double BestRssiDbm { get; set; }
        public int Gateways { get; set; }
        public string Verdict { get; set; } = "";
        public bool Delivered { get; set; }
        public string Downlink { get; set; } = "";
        public string Decoded { get; set; } = "";
    }
}
