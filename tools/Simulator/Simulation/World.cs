// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using SmartCityNodes.Applications.AirNode;
using SmartCityNodes.Simulator.Channel;
using SmartCityNodes.Simulator.Common;
using SmartCityNodes.Simulator.Network;
using SmartCityNodes.Simulator.Node;
using SmartCityNodes.Simulator.Scenarios;

namespace SmartCityNodes.Simulator.Simulation
{
    /// <summary>
    /// A scenario made runnable: channel, gateways, network server and the firmware nodes; <see cref="Run"/> wakes
    /// the nodes in simulated-time order (the server sees their frames in the order they were sent).
    /// </summary>
    internal sealed class World
    {
        private readonly List<(long AtMilliseconds, DownlinkSpec Downlink)> _downlinks;

        public World(Scenario scenario, IUplinkDecoder? decoder = null)
        {
            Scenario = scenario;
            Channel = new RadioChannel(scenario.Channel, scenario.Seed);
            Server = new NetworkServer(new NetworkServerOptions { Adr = scenario.Network.Adr, DevStatusEveryUplinks = scenario.Network.DevStatusEveryUplinks, AdrFixedDataRate = scenario.Network.AdrFixedDataRate }, decoder ?? new CodecsUplinkDecoder());
            Gateways = scenario.Gateways.Select(g => new Gateway(g.Name, g.X, g.Y)).ToList();
            int index = 0;
            foreach (var spec in scenario.Nodes)
            {
                var identity = new NodeIdentity(spec.Name, scenario.Seed, index++);
                bool otaa = spec.Activation == "otaa";
                if (otaa)
                {
                    Server.RegisterOtaa(spec.Name, spec.Type, identity.DevEui, identity.JoinEui, identity.AppKey);
                }
                else
                {
                    Server.RegisterAbp(spec.Name, spec.Type, identity.DevAddr, identity.NwkSKey, identity.AppSKey);
                }

                var link = new AirLink(spec.Name, spec.Type, spec.X, spec.Y, Channel, Server, Gateways, new NodeStatistics());
                RuntimeNode node = spec.Type switch
                {
                    "bin" => new BinRuntimeNode(spec.Name, identity, otaa, scenario.Board, link, scenario.Seed, new BinEnvironment(spec.Bin, scenario.Seed, spec.Name)),
                    "air" => new AirRuntimeNode(spec.Name, identity, otaa, scenario.Board, link, scenario.Seed, new AirEnvironment(spec.Air, scenario.Seed, spec.Name), AirParameters(spec)),
                    _ => new ParkingRuntimeNode(spec.Name, identity, otaa, scenario.Board, link, scenario.Seed, new ParkingEnvironment(spec.Parking, scenario.Seed, spec.Name)),
                };
                node.Provision(configuration =>
                {
                    configuration.ReportIntervalSeconds = (uint)ReportIntervalSeconds(spec);
                    configuration.ConfirmedUplinks = spec.ConfirmedUplinks;
                });
                Nodes.Add(node);
                Links.Add(link);
            }

            _downlinks = scenario.Network.Downlinks
                .Select(d => ((long)(d.AtHours * Units.MillisecondsPerHour), d))
                .OrderBy(d => d.Item1)
                .ToList();
        }

        public Scenario Scenario { get; }
        public RadioChannel Channel { get; }
        public NetworkServer Server { get; }
        public List<Gateway> Gateways { get; }
        public List<RuntimeNode> Nodes { get; } = new();
        public List<AirLink> Links { get; } = new();
        public long EndMilliseconds => (long)(Scenario.Days * Units.MillisecondsPerDay);
        public long TotalWakes { get; private set; }

        /// <summary>Runs to the end; <paramref name="progress"/> gets the fraction done now and then.</summary>
        public void Run(Action<double>? progress = null)
        {
            long end = EndMilliseconds;
            var queue = new PriorityQueue<RuntimeNode, (long, int)>();
            for (int i = 0; i < Nodes.Count; i++)
            {
                queue.Enqueue(Nodes[i], (0L, i));
            }

            int nextDownlink = 0;
            long reportEvery = Math.Max(1, end / 200);
            long nextReport = reportEvery;
            while (queue.TryDequeue(out var node, out var key))
            {
                long now = key.Item1;
                if (now >= end)
                {
                    break;
                }

                while (nextDownlink < _downlinks.Count && _downlinks[nextDownlink].AtMilliseconds <= now)
                {
                    var d = _downlinks[nextDownlink++].Downlink;
                    Server.QueueApplicationDownlink(d.Node, d.FPort, Convert.FromHexString(d.Hex));
                }

                node.Wake(now);
                TotalWakes++;
                queue.Enqueue(node, (node.NextWakeMilliseconds, key.Item2));
                if (progress != null && now >= nextReport)
                {
                    progress(now / (double)end);
                    nextReport = now + reportEvery;
                }
            }

            foreach (var node in Nodes)
            {
                node.Finish(end);
            }

            progress?.Invoke(1.0);
        }

        /// <summary>
        /// The provisioned report interval: 15 minutes (the configuration default) for bin and parking; for air the
        /// application's own periodic report, one hour, or the scenario's cycle when longer — the configuration's interval
        /// caps the particulate cycle (AirNodeApplication.Configure), so 15 minutes would run the fan four times an hour.
        /// </summary>
        private static int ReportIntervalSeconds(NodeSpec spec)
        {
            if (spec.ReportIntervalSeconds > 0)
            {
                return spec.ReportIntervalSeconds;
            }

            if (spec.Type != "air")
            {
                return (int)SmartCityNodes.Runtime.Configuration.ConfigurationLimits.DefaultReportIntervalSeconds;
            }

            int report = new AirNodeParameters().PeriodicReportSeconds;
            return spec.AirCycleSeconds > report ? spec.AirCycleSeconds : report;
        }

        private static AirNodeParameters AirParameters(NodeSpec spec)
        {
            var parameters = new AirNodeParameters();
            if (spec.AirCycleSeconds > 0)
            {
                parameters.CycleIntervalSeconds = spec.AirCycleSeconds;
            }

            return parameters;
        }
    }
}
