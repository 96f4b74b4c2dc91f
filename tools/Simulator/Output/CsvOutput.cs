// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using System.Globalization;
using CsvHelper;
using SmartCityNodes.Simulator.Node;
using SmartCityNodes.Simulator.Simulation;

namespace SmartCityNodes.Simulator.Output
{
    /// <summary>CSV files (CsvHelper, invariant culture): every uplink, and the energy ledger per node and phase.</summary>
    internal static class CsvOutput
    {
        public static void WriteUplinks(string path, IEnumerable<UplinkRecord> uplinks)
        {
            using var writer = new StreamWriter(path);
            using var csv = CsvWriter.Create(writer, new CsvWriterOptions { FormatProvider = CultureInfo.InvariantCulture }, false);
            csv.WriteRecords(uplinks);
        }

        public static void WriteEnergy(string path, IEnumerable<NodeSummary> nodes)
        {
            using var writer = new StreamWriter(path);
            using var csv = CsvWriter.Create(writer, new CsvWriterOptions { FormatProvider = CultureInfo.InvariantCulture }, false);
            csv.WriteField("node");
            csv.WriteField("type");
            csv.WriteField("phase");
            csv.WriteField("milliampereHours");
            csv.WriteField("share");
            csv.WriteField("averageMicroamperes");
            csv.WriteField("projectedYears");
            csv.EndRecord();
            foreach (var n in nodes)
            {
                double total = n.Energy.TotalMilliampereHours;
                foreach (var phase in Enum.GetValues<EnergyPhase>())
                {
                    csv.WriteField(n.Name);
                    csv.WriteField(n.Type);
                    csv.WriteField(phase.ToString());
                    csv.WriteField(n.Energy.MilliampereHours(phase).ToString("0.######", CultureInfo.InvariantCulture));
                    csv.WriteField((n.Energy.MilliampereHours(phase) / Math.Max(total, 1e-12)).ToString("0.####", CultureInfo.InvariantCulture));
                    csv.WriteField(n.AverageMicroamperes.ToString("0.###", CultureInfo.InvariantCulture));
                    csv.WriteField(n.ProjectedYears.ToString("0.###", CultureInfo.InvariantCulture));
                    csv.EndRecord();
                }
            }
        }
    }
}
