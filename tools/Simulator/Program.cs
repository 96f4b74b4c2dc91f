// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using System.Diagnostics;
using System.Globalization;
using SmartCityNodes.Simulator.Fleet;
using SmartCityNodes.Simulator.Output;
using SmartCityNodes.Simulator.Scenarios;
using SmartCityNodes.Simulator.Simulation;
using Spectre.Console;

namespace SmartCityNodes.Simulator
{
    /// <summary>Entry point: parse, build the world, run with a progress bar, print the summary, write CSV and charts.</summary>
    internal static class Program
    {
        private static int Main(string[] args)
        {
            CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
            var console = AnsiConsole.Console;
            if (Console.IsOutputRedirected && console.Profile.Width < 160)
            {
                // A log or a pipe reports 80 columns; the summary tables need about 160 to stay readable.
                console.Profile.Width = 160;
            }
            SimulatorOptions options;
            Scenario scenario;
            try
            {
                options = SimulatorOptions.Parse(args);
                if (options.Help)
                {
                    Console.WriteLine(SimulatorOptions.Usage);
                    return 0;
                }

                scenario = BuildScenario(options);
            }
            catch (Exception exception) when (exception is ArgumentException or ScenarioException)
            {
                Console.Error.WriteLine("error: " + exception.Message);
                return 2;
            }

            Directory.CreateDirectory(options.OutputFolder);
            return options.Fleet.Count > 0 ? RunFleet(console, scenario, options) : RunNodes(console, scenario, options);
        }

        private static Scenario BuildScenario(SimulatorOptions options)
        {
            Scenario scenario = options.ScenarioPath != null
                ? ScenarioLoader.LoadFile(options.ScenarioPath)
                : options.Storm ? Scenario.Storm(options.Node!) : Scenario.Default();
            if (options.Node != null && !options.Storm)
            {
                scenario.Nodes.RemoveAll(n => n.Type != options.Node);
                if (scenario.Nodes.Count == 0)
                {
                    throw new ScenarioException($"the scenario has no {options.Node} node");
                }
            }

            if (options.Days != null)
            {
                scenario.Days = options.Days.Value;
            }

            if (options.Seed != null)
            {
                scenario.Seed = options.Seed.Value;
            }

            ScenarioLoader.Validate(scenario, options.ScenarioPath ?? "built-in scenario");
            return scenario;
        }

        private static int RunNodes(IAnsiConsole console, Scenario scenario, SimulatorOptions options)
        {
            var world = new World(scenario, options.JsCodecs ? new Network.JsCodecUplinkDecoder(Path.Combine(AppContext.BaseDirectory, "codecs")) : null);
            bool longRun = scenario.Days > 400;
            foreach (var link in world.Links)
            {
                link.Record = !longRun;
            }

            foreach (var node in world.Nodes)
            {
                node.SeriesEvery = longRun ? 50 : 1;
            }

            var watch = Stopwatch.StartNew();
            console.Progress()
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
                .Start(context =>
                {
                    var task = context.AddTask($"{scenario.Nodes.Count} node(s), {scenario.Days:0.#} simulated days, seed {scenario.Seed}");
                    world.Run(fraction => task.Value = 100 * fraction);
                });
            double seconds = watch.Elapsed.TotalSeconds;

            var summaries = new List<NodeSummary>();
            for (int i = 0; i < world.Nodes.Count; i++)
            {
                var summary = new NodeSummary(world.Nodes[i], world.Links[i], world.EndMilliseconds);
                var device = world.Server.Find(world.Nodes[i].Name);
                if (device != null)
                {
                    summary.Server = $"LinkADRReq {device.LinkAdrAccepted}/{device.LinkAdrRequests} accepted, now DR{device.DataRate} P{device.TxPowerIndex}; DevStatus {device.DevStatusAnswers}; rejected {device.Rejected}; duplicates {device.Duplicates}";
                }

                summaries.Add(summary);
            }

            SummaryPrinter.Print(console, summaries, world.Nodes.Count > 0 ? world.Nodes[0].Energy.Profile.Name + ", " + world.Nodes[0].Energy.Battery.Name : "");
            foreach (var summary in summaries)
            {
                if (summary.ProjectedYears < 10)
                {
                    console.MarkupLine($"[yellow]{Markup.Escape(summary.Name)}[/]: projected {summary.ProjectedYears:0.0} years; the largest ledger phase is [bold]{summary.Energy.LargestPhase()}[/] ({100 * summary.Energy.MilliampereHours(summary.Energy.LargestPhase()) / summary.Energy.TotalMilliampereHours:0} % of the charge).");
                }
            }

            string uplinks = Path.Combine(options.OutputFolder, "uplinks.csv");
            string energy = Path.Combine(options.OutputFolder, "energy.csv");
            CsvOutput.WriteUplinks(uplinks, world.Links.SelectMany(l => l.Uplinks).OrderBy(u => u.TimeHours));
            CsvOutput.WriteEnergy(energy, summaries);
            int charts = 0;
            if (options.Charts)
            {
                for (int i = 0; i < world.Nodes.Count; i++)
                {
                    charts += Charts.Write(options.OutputFolder, world.Nodes[i], summaries[i]).Count;
                }
            }

            double wakesPerSecond = world.TotalWakes / Math.Max(seconds, 1e-9);
            console.MarkupLine($"Simulated {world.TotalWakes:N0} wakes in {seconds:0.00} s ({wakesPerSecond:N0} wakes/s). Wrote {Markup.Escape(uplinks)}, {Markup.Escape(energy)} and {charts} chart files to {Markup.Escape(Path.GetFullPath(options.OutputFolder))}.");
            if (longRun)
            {
                console.MarkupLine("(run longer than 400 days: the per-uplink CSV is not kept, charts are thinned)");
            }

            return 0;
        }

        private static int RunFleet(IAnsiConsole console, Scenario scenario, SimulatorOptions options)
        {
            // The traffic of each type comes from a 2-day detailed firmware run of the default nodes.
            var profileScenario = Scenario.Default();
            profileScenario.Days = 2;
            profileScenario.Seed = scenario.Seed;
            var profileWorld = new World(profileScenario);
            profileWorld.Run();
            long period = profileWorld.EndMilliseconds;
            var profiles = profileWorld.Links
                .Select(l => new TrafficProfile(l.NodeType, period, l.Uplinks.Where(u => u.Kind != "JoinRequest").Select(u => ((long)(u.TimeHours * 3600000), u.Bytes - FleetSimulation.FrameOverheadBytes)).ToList()))
                .ToList();
            double days = options.Days ?? 1;
            var fleet = new FleetSimulation(new Channel.RadioChannel(scenario.Channel, scenario.Seed), scenario.Gateways.Select(g => new Channel.Gateway(g.Name, g.X, g.Y)).ToList(), profiles, scenario.Seed);
            var table = new Table().Border(TableBorder.Rounded).Title($"[bold]Fleet[/]: mixed bin/air/parking within {fleet.RadiusMetres / 1000:0.#} km of {scenario.Gateways.Count} gateway(s), {days:0.#} day(s), {Environment.ProcessorCount} cores");
            table.AddColumns("nodes", "frames", "max G per channel+SF", "collision-free (sim)", "pure ALOHA Σe^(−2G)", "delivered (collisions + channel)", "out of range", "SF7..SF12 share", "wall time");
            var rows = new List<string>();
            rows.Add("nodes,frames,maxGroupLoad,collisionFreeSimulated,alohaPredicted,delivered,outOfRange,wallSeconds");
            foreach (int n in options.Fleet)
            {
                var r = fleet.Run(n, days);
                string sfShare = string.Join(" ", Enumerable.Range(7, 6).Select(sf => $"{100.0 * r.TransmissionsBySpreadingFactor.GetValueOrDefault(sf) / Math.Max(1, r.Transmissions):0}%"));
                table.AddRow($"{n:N0}", $"{r.Transmissions:N0}", $"{r.MaxGroupLoad:0.0000}", $"{100 * r.CollisionFreeRatio:0.00} %", $"{100 * r.AlohaPredicted:0.00} %", $"{100 * r.DeliveryRatio:0.00} %", $"{r.OutOfRange}", sfShare, $"{r.WallSeconds:0.00} s");
                rows.Add(FormattableString.Invariant($"{n},{r.Transmissions},{r.MaxGroupLoad:0.######},{r.CollisionFreeRatio:0.######},{r.AlohaPredicted:0.######},{r.DeliveryRatio:0.######},{r.OutOfRange},{r.WallSeconds:0.###}"));
            }

            console.Write(table);
            console.MarkupLine("Traffic per node and day (from the detailed run): " + Markup.Escape(string.Join(", ", profiles.Select(p => $"{p.Type} {p.UplinksPerDay:0.#}"))));
            string csv = Path.Combine(options.OutputFolder, "fleet.csv");
            File.WriteAllLines(csv, rows);
            console.MarkupLine($"Wrote {Markup.Escape(Path.GetFullPath(csv))}.");
            return 0;
        }
    }
}
