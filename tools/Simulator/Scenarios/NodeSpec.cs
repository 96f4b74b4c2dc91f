// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

namespace SmartCityNodes.Simulator.Scenarios
{
    /// <summary>One node of a scenario.</summary>
    internal sealed class NodeSpec
    {
        public string Name { get; set; } = "";

        /// <summary>bin, air or parking.</summary>
        public string Type { get; set; } = "";

        /// <summary>Position in metres (gateways are at their own positions).</summary>
        public double X { get; set; } = 800;
        public double Y { get; set; }

        /// <summary>otaa or abp.</summary>
        public string Activation { get; set; } = "otaa";

        /// <summary>Run the image's event-storm world instead of the normal one.</summary>
        public bool Storm { get; set; }

        /// <summary>AirNode particulate cycle in seconds (0 = the application default, 1800 s); 3600 = hourly sampling.</summary>
        public int AirCycleSeconds { get; set; }

        /// <summary>Provisioned report interval in seconds (0 = the image's default: 900 s, air 3600 s); 60..2 592 000.</summary>
        public int ReportIntervalSeconds { get; set; }

        /// <summary>Provision confirmed uplinks.</summary>
        public bool ConfirmedUplinks { get; set; }

        public BinScenario Bin { get; set; } = new BinScenario();
        public AirScenario Air { get; set; } = new AirScenario();
        public ParkingScenario Parking { get; set; } = new ParkingScenario();
    }
}
