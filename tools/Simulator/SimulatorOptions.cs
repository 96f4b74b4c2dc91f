// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using System.Globalization;

namespace SmartCityNodes.Simulator
{
    /// <summary>Command-line options; <see cref="Parse"/> throws <see cref="ArgumentException"/> with the fix in its message.</summary>
    internal sealed class SimulatorOptions
    {
        public const string Usage = """
            scn-sim — the SmartCityNodes host simulator: the real application logic, sensor drivers and LoRaWAN MAC
            against the chip models, a radio channel and an in-process network server.

            usage: dotnet run --project tools/Simulator -- [options]

              (no options)           the three default nodes (bin, air, parking) for 7 simulated days
              --days N               simulated days (default 7; fleet mode 1)
              --years N              simulated years (365.25 days each)
              --node bin|air|parking only this node of the default scenario
              --storm                the event-storm scenario of the --node image
              --scenario FILE.yaml   a scenario file (see docs/simulator.md and tools/Simulator/scenarios/)
              --seed N               random seed (default 1, or the scenario's)
              --fleet N[,N...]       fleet mode: delivery ratio for these fleet sizes (e.g. 100,1000,10000)
              --out DIR              output folder (default ./sim-out)
              --no-charts            skip the PNG/SVG charts
              --js-codecs            decode uplinks with the network-server JS codecs in Jint (default: the C# decoders)
              --help                 this text

            exit codes: 0 done, 2 bad input (one "error:" line says what to fix)
            """;

        public double? Days { get; private set; }
        public string? Node { get; private set; }
        public bool Storm { get; private set; }
        public string? ScenarioPath { get; private set; }
        public ulong? Seed { get; private set; }
        public List<int> Fleet { get; } = new();
        public string OutputFolder { get; private set; } = "sim-out";
        public bool Charts { get; private set; } = true;
        public bool Help { get; private set; }
        public bool JsCodecs { get; private set; }

        public static SimulatorOptions Parse(string[] args)
        {
            var options = new SimulatorOptions();
            for (int i = 0; i < args.Length; i++)
            {
                string arg = args[i];
                string Value()
                {
                    if (i + 1 >= args.Length)
                    {
                        throw new ArgumentException($"{arg} needs a value");
                    }

                    return args[++i];
                }

                switch (arg)
                {
                    case "--help":
                    case "-h":
                        options.Help = true;
                        break;
                    case "--days":
                        options.Days = PositiveNumber(arg, Value());
                        break;
                    case "--years":
                        options.Days = PositiveNumber(arg, Value()) * 365.25;
                        break;
                    case "--node":
                        options.Node = Value();
                        if (options.Node != "bin" && options.Node != "air" && options.Node != "parking")
                        {
                            throw new ArgumentException($"--node must be bin, air or parking; got '{options.Node}'");
                        }

                        break;
                    case "--storm":
                        options.Storm = true;
                        break;
                    case "--scenario":
                        options.ScenarioPath = Value();
                        break;
                    case "--seed":
                        string seed = Value();
                        options.Seed = ulong.TryParse(seed, NumberStyles.None, CultureInfo.InvariantCulture, out ulong s) ? s : throw new ArgumentException($"--seed must be a non-negative integer; got '{seed}'");
                        break;
                    case "--fleet":
                        foreach (string part in Value().Split(','))
                        {
                            if (!int.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out int n) || n < 1 || n > 1_000_000)
                            {
                                throw new ArgumentException($"--fleet takes fleet sizes 1..1000000 separated by commas; got '{part}'");
                            }

                            options.Fleet.Add(n);
                        }

                        break;
                    case "--out":
                        options.OutputFolder = Value();
                        break;
                    case "--js-codecs":
                        options.JsCodecs = true;
                        break;
                    case "--no-charts":
                        options.Charts = false;
                        break;
                    default:
                        throw new ArgumentException($"unknown option '{arg}' (see --help)");
                }
            }

            if (options.Storm && options.Node == null)
            {
                throw new ArgumentException("--storm needs --node bin|air|parking (each image has its own storm)");
            }

            return options;
        }

        private static double PositiveNumber(string name, string text)
        {
            if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double value) || !(value > 0) || value > 36525)
            {
                throw new ArgumentException($"{name} must be a positive number (at most 100 years); got '{text}'");
            }

            return value;
        }
    }
}
