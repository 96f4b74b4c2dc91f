// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

namespace SmartCityNodes.Simulator.Scenarios
{
    /// <summary>Network-server settings of a scenario.</summary>
    internal sealed class NetworkSpec
    {
        public bool Adr { get; set; } = true;
        public int DevStatusEveryUplinks { get; set; } = 96;
        public List<DownlinkSpec> Downlinks { get; set; } = new();
    }
}
