// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using ScottPlot;
using SmartCityNodes.Runtime.Energy;
using SmartCityNodes.Simulator.Node;

namespace SmartCityNodes.Simulator.Output
{
    /// <summary>Charts as PNG and SVG (ScottPlot 5): battery, the node's measured quantity over time, energy by phase.</summary>
    internal static class Charts
    {
        private const int Width = 900;
        private const int Height = 420;

        /// <summary>Writes the three charts of one node; returns the file names written.</summary>
        public static IReadOnlyList<string> Write(string folder, RuntimeNode node, NodeSummary summary)
        {
            var files = new List<string>();
            string quantity = node.Type switch
            {
                "bin" => "fill level (%)",
                "air" => "PM2.5 (µg/m³)",
                _ => "occupied (1 = car)",
            };

            if (node.Battery.Count > 0)
            {
                var plot = new Plot();
                plot.Add.Scatter(node.Battery.Select(b => b.Hours / 24).ToArray(), node.Battery.Select(b => b.MilliampereHours).ToArray());
                plot.Title($"{node.Name}: battery charge left");
                plot.XLabel("days");
                plot.YLabel("mAh");
                files.AddRange(Save(plot, folder, $"{node.Name}-battery"));
            }

            if (node.Series.Count > 0)
            {
                var plot = new Plot();
                var scatter = plot.Add.Scatter(node.Series.Select(s => s.Hours / 24).ToArray(), node.Series.Select(s => s.Value).ToArray());
                if (node.Type == "parking")
                {
                    scatter.ConnectStyle = ConnectStyle.StepHorizontal;
                }

                plot.Title($"{node.Name}: {quantity} at each report");
                plot.XLabel("days");
                plot.YLabel(quantity);
                files.AddRange(Save(plot, folder, $"{node.Name}-{node.Type switch { "bin" => "fill", "air" => "pm25", _ => "occupancy" }}"));
            }

            {
                var phases = Enum.GetValues<EnergyPhase>();
                var plot = new Plot();
                double[] values = phases.Select(p => summary.Energy.MilliampereHours(p)).ToArray();
                plot.Add.Bars(values);
                var ticks = phases.Select((p, i) => new Tick(i, p.ToString())).ToArray();
                plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericManual(ticks);
                plot.Axes.Margins(bottom: 0);
                plot.Title($"{node.Name}: energy by phase over {summary.Days:0.#} days (total {summary.Energy.TotalMilliampereHours:0.0} mAh)");
                plot.YLabel("mAh");
                files.AddRange(Save(plot, folder, $"{node.Name}-energy"));
            }

            return files;
        }

        private static IEnumerable<string> Save(Plot plot, string folder, string name)
        {
            string png = Path.Combine(folder, name + ".png");
            string svg = Path.Combine(folder, name + ".svg");
            plot.SavePng(png, Width, Height);
            plot.SaveSvg(svg, Width, Height);
            return new[] { png, svg };
        }
    }
}
