// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

namespace SmartCityNodes.Simulator.Scenarios
{
    /// <summary>Network-server settings of a scenario.</summary>
    internal sealed class NetworkSpec
    {
        public bool Adr { get; set; } = true;
        public int DevStatusEveryUplinks { get; set; } = 96;

        /// <summary>−1: ADR decides; 0..5: ADR pins every device to this data rate (worst-case planning, duty-cycle stress).</summary>
        public int AdrFixedDataRate { get; set; } = -1;
        public List<DownlinkSpec> Downlinks { get; set; } = new();
    }
}
