// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using SmartCityNodes.Simulator.Channel;
using SmartCityNodes.Simulator.Node;

namespace SmartCityNodes.Simulator.Scenarios
{
    /// <summary>A whole scenario file (YAML, camelCase keys). Every key has a default; an empty file is the default scenario.</summary>
    internal sealed class Scenario
    {
        public ulong Seed { get; set; } = 1;
        public double Days { get; set; } = 7;
        public SimulatedBoard Board { get; set; } = new SimulatedBoard();
        public ChannelParameters Channel { get; set; } = new ChannelParameters();
        public NetworkSpec Network { get; set; } = new NetworkSpec();
        public List<GatewaySpec> Gateways { get; set; } = new();
        public List<NodeSpec> Nodes { get; set; } = new();

        /// <summary>The built-in default: one gateway, one node of each type 0.6–1.2 km away.</summary>
        public static Scenario Default()
        {
            var scenario = new Scenario();
            scenario.Gateways.Add(new GatewaySpec { Name = "gw-1" });
            scenario.Nodes.Add(new NodeSpec { Name = "bin-1", Type = "bin", X = 900, Y = 300 });
            scenario.Nodes.Add(new NodeSpec { Name = "air-1", Type = "air", X = -600, Y = 400 });
            scenario.Nodes.Add(new NodeSpec { Name = "parking-1", Type = "parking", X = 300, Y = -1100 });
            return scenario;
        }

        /// <summary>The event-storm scenario of one image (tilt chatter, PM stuck high, magnet on the bay sensor).</summary>
        public static Scenario Storm(string type)
        {
            var scenario = Default();
            scenario.Nodes.RemoveAll(n => n.Type != type);
            var node = scenario.Nodes[0];
            node.Name = type + "-storm";
            node.Storm = true;
            node.Bin.ChatterEpisodesPerDay = 2;
            node.Air.StuckHighPerDay = 0.5;
            node.Parking.MagnetPerDay = 0.5;
            return scenario;
        }
    }
}
