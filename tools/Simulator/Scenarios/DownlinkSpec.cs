// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

namespace SmartCityNodes.Simulator.Scenarios
{
    /// <summary>An application downlink (remote configuration; opaque bytes until its format is fixed) queued at a time.</summary>
    internal sealed class DownlinkSpec
    {
        public string Node { get; set; } = "";
        public double AtHours { get; set; }
        public int FPort { get; set; } = 10;
        public string Hex { get; set; } = "";
    }
}
