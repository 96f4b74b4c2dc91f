// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using System.Globalization;
using CsvHelper;
using SmartCityNodes.Runtime.Energy;
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
            // CsvHelper 34 writes typed records through its source generator; the columns are spelled out instead.
            string[] header = { "node", "type", "timeHours", "kind", "fCnt", "fPort", "dataRate", "spreadingFactor", "frequencyMHz", "powerDbm", "bytes", "airtimeMs", "bestSnrDb", "bestRssiDbm", "gateways", "verdict", "delivered", "downlink", "decoded" };
            foreach (string name in header)
            {
                csv.WriteField(name);
            }

            csv.EndRecord();
            var c = CultureInfo.InvariantCulture;
            foreach (var u in uplinks)
            {
                string[] fields =
                {
                    u.Node, u.Type, u.TimeHours.ToString("0.#####", c), u.Kind, u.FCnt.ToString(c), u.FPort.ToString(c), u.DataRate.ToString(c),
                    u.SpreadingFactor.ToString(c), u.FrequencyMHz.ToString("0.###", c), u.PowerDbm.ToString(c), u.Bytes.ToString(c),
                    u.AirtimeMilliseconds.ToString("0.###", c), u.BestSnrDb.ToString("0.#", c), u.BestRssiDbm.ToString("0", c), u.Gateways.ToString(c),
                    u.Verdict, u.Delivered ? "true" : "false", u.Downlink, u.Decoded,
                };
                foreach (string field in fields)
                {
                    csv.WriteField(field);
                }

                csv.EndRecord();
            }
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
