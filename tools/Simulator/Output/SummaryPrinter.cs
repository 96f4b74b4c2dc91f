// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using SmartCityNodes.Runtime.Energy;
using SmartCityNodes.Simulator.Node;
using Spectre.Console;

namespace SmartCityNodes.Simulator.Output
{
    /// <summary>The per-node summary tables (Spectre.Console).</summary>
    internal static class SummaryPrinter
    {
        public static void Print(IAnsiConsole console, IReadOnlyList<NodeSummary> nodes, string boardName)
        {
            var table = new Table().Border(TableBorder.Rounded).Title($"[bold]Nodes[/] ({boardName})");
            table.AddColumns("node", "days", "wakes", "joins", "frames", "delivered", "avg current", "battery life", "largest phase", "flash writes, kB /day");
            foreach (var n in nodes)
            {
                table.AddRow(
                    Markup.Escape(n.Name),
                    $"{n.Days:0.#}",
                    $"{n.Statistics.Wakes:N0}",
                    $"{n.Statistics.Joins}/{n.Statistics.JoinAttempts}",
                    $"{n.DataFramesSent:N0}",
                    $"{100 * n.DeliveryRatio:0.0} %",
                    $"{n.AverageMicroamperes:0.0} µA",
                    $"{n.ProjectedYears:0.0} y",
                    n.Energy.LargestPhase().ToString(),
                    $"{n.FlashWrites / Math.Max(n.Days, 1e-9):0}, {n.FlashBytes / 1000.0 / Math.Max(n.Days, 1e-9):0}");
            }

            console.Write(table);

            var kinds = new Table().Border(TableBorder.Rounded).Title("[bold]Uplinks by type[/] (reports the application asked for)");
            kinds.AddColumns("node", "reports");
            foreach (var n in nodes)
            {
                kinds.AddRow(Markup.Escape(n.Name), Markup.Escape(string.Join(", ", n.Statistics.ReportsByKind.OrderByDescending(k => k.Value).Select(k => $"{k.Key} {k.Value}"))));
            }

            console.Write(kinds);

            var energy = new Table().Border(TableBorder.Rounded).Title("[bold]Energy by phase[/] (mAh over the run, share)");
            energy.AddColumn("phase");
            foreach (var n in nodes)
            {
                energy.AddColumn(Markup.Escape(n.Name));
            }

            foreach (var phase in Enum.GetValues<EnergyPhase>())
            {
                var cells = new List<string> { phase.ToString() };
                foreach (var n in nodes)
                {
                    double mah = n.Energy.MilliampereHours(phase);
                    cells.Add($"{mah:0.00} ({100 * mah / Math.Max(n.Energy.TotalMilliampereHours, 1e-12):0} %)");
                }

                energy.AddRow(cells.ToArray());
            }

            energy.AddRow(new[] { "total" }.Concat(nodes.Select(n => $"{n.Energy.TotalMilliampereHours:0.00}")).ToArray());

            console.Write(energy);

            var duty = new Table().Border(TableBorder.Rounded).Title("[bold]Duty-cycle use per EU868 sub-band[/] (airtime / time; limits 1 %, 0.1 %, 10 %)");
            duty.AddColumns("node", "sub-band use", "downlinks received", "ADR / DevStatus");
            foreach (var n in nodes)
            {
                duty.AddRow(
                    Markup.Escape(n.Name),
                    Markup.Escape(string.Join("\n", n.DutyCyclePercent.Select(p => $"{p.Key}: {p.Value:0.0000} %"))),
                    $"{n.Statistics.DownlinksReceived}",
                    Markup.Escape(n.Server));
            }

            console.Write(duty);
        }
    }
}
