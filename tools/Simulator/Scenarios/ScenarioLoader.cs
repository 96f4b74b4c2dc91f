// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using SmartCityNodes.Simulator.Node;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace SmartCityNodes.Simulator.Scenarios
{
    /// <summary>Reads and checks scenario YAML; every problem is one <see cref="ScenarioException"/> naming the place and the fix.</summary>
    internal static class ScenarioLoader
    {
        public static readonly string[] NodeTypes = { "bin", "air", "parking" };

        /// <summary>Loads a file.</summary>
        public static Scenario LoadFile(string path)
        {
            if (!File.Exists(path))
            {
                throw new ScenarioException($"{path}: file not found");
            }

            return Parse(File.ReadAllText(path), path);
        }

        /// <summary>Parses YAML text; <paramref name="source"/> names it in messages.</summary>
        public static Scenario Parse(string yaml, string source)
        {
            var deserializer = new DeserializerBuilder().WithNamingConvention(CamelCaseNamingConvention.Instance).Build();
            Scenario? scenario;
            try
            {
                scenario = deserializer.Deserialize<Scenario>(yaml);
            }
            catch (YamlException exception)
            {
                string what = exception.InnerException?.Message ?? exception.Message;
                throw new ScenarioException($"{source}: line {exception.Start.Line}, column {exception.Start.Column}: {what}");
            }

            scenario ??= new Scenario();
            if (scenario.Gateways.Count == 0)
            {
                scenario.Gateways.Add(new GatewaySpec());
            }

            if (scenario.Nodes.Count == 0)
            {
                scenario.Nodes.AddRange(Scenario.Default().Nodes);
            }

            Validate(scenario, source);
            return scenario;
        }

        /// <summary>Checks values the YAML types cannot.</summary>
        public static void Validate(Scenario scenario, string source)
        {
            if (!(scenario.Days > 0) || scenario.Days > 36525)
            {
                throw new ScenarioException($"{source}: days must be > 0 and at most 36525 (100 years); got {scenario.Days}");
            }

            var names = new HashSet<string>();
            for (int i = 0; i < scenario.Nodes.Count; i++)
            {
                var node = scenario.Nodes[i];
                string where = $"{source}: nodes[{i}]";
                if (string.IsNullOrWhiteSpace(node.Name))
                {
                    throw new ScenarioException($"{where}: name is required");
                }

                if (!names.Add(node.Name))
                {
                    throw new ScenarioException($"{where}: name '{node.Name}' is used twice");
                }

                if (Array.IndexOf(NodeTypes, node.Type) < 0)
                {
                    throw new ScenarioException($"{where} ({node.Name}): type must be one of {string.Join(", ", NodeTypes)}; got '{node.Type}'");
                }

                if (node.Activation != "otaa" && node.Activation != "abp")
                {
                    throw new ScenarioException($"{where} ({node.Name}): activation must be otaa or abp; got '{node.Activation}'");
                }

                if (node.ReportIntervalSeconds != 0 && !SmartCityNodes.Runtime.Configuration.ConfigurationLimits.IsValidReportInterval((uint)node.ReportIntervalSeconds))
                {
                    throw new ScenarioException($"{where} ({node.Name}): reportIntervalSeconds must be 0 (the image's default) or {SmartCityNodes.Runtime.Configuration.ConfigurationLimits.MinReportIntervalSeconds}..{SmartCityNodes.Runtime.Configuration.ConfigurationLimits.MaxReportIntervalSeconds}; got {node.ReportIntervalSeconds}");
                }

                if (node.Parking.SessionsPerDay < 0 || node.Parking.SessionsPerDay > 500 || node.Bin.FillPercentPerHour < 0 || node.Air.BackgroundPm25 < 0)
                {
                    throw new ScenarioException($"{where} ({node.Name}): rates must be non-negative (parking sessionsPerDay at most 500)");
                }
            }

            if (scenario.Network.AdrFixedDataRate < -1 || scenario.Network.AdrFixedDataRate > 5)
            {
                throw new ScenarioException($"{source}: network.adrFixedDataRate must be -1 (ADR decides) or an EU868 data rate 0..5; got {scenario.Network.AdrFixedDataRate}");
            }

            foreach (var downlink in scenario.Network.Downlinks)
            {
                if (!names.Contains(downlink.Node))
                {
                    throw new ScenarioException($"{source}: network.downlinks: no node named '{downlink.Node}'");
                }

                if (downlink.FPort < 1 || downlink.FPort > 223)
                {
                    throw new ScenarioException($"{source}: network.downlinks ({downlink.Node}): fPort must be 1..223; got {downlink.FPort}");
                }

                try
                {
                    Convert.FromHexString(downlink.Hex);
                }
                catch (FormatException)
                {
                    throw new ScenarioException($"{source}: network.downlinks ({downlink.Node}): hex '{downlink.Hex}' is not an even number of hex digits");
                }
            }

            if (Array.IndexOf(SimulatedBoard.ProfileNames, scenario.Board.Profile) < 0)
            {
                throw new ScenarioException($"{source}: board.profile must be one of {string.Join(", ", SimulatedBoard.ProfileNames)}; got '{scenario.Board.Profile}'");
            }

            if (scenario.Board.BatteryMilliampereHours < 0 || scenario.Board.BootComputeMilliseconds < 0)
            {
                throw new ScenarioException($"{source}: board: batteryMilliampereHours and bootComputeMilliseconds must not be negative");
            }
        }
    }
}
