// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

namespace SmartCityNodes.Simulator.Scenarios
{
    /// <summary>A gateway position.</summary>
    internal sealed class GatewaySpec
    {
        public string Name { get; set; } = "gw-1";
        public double X { get; set; }
        public double Y { get; set; }
    }
}
