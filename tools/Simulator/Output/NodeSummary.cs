// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using SmartCityNodes.Simulator.Common;
using SmartCityNodes.Runtime.Energy;
using SmartCityNodes.Simulator.Node;
using SmartCityNodes.Simulator.Simulation;

namespace SmartCityNodes.Simulator.Output
{
    /// <summary>The figures of one node at the end of a run (what the table, CSV and docs show).</summary>
    internal sealed class NodeSummary
    {
        public NodeSummary(RuntimeNode node, AirLink link, long durationMilliseconds)
        {
            Name = node.Name;
            Type = node.Type;
            Statistics = node.Statistics;
            Energy = node.Energy;
            Days = durationMilliseconds / (double)Units.MillisecondsPerDay;
            AverageMicroamperes = node.Energy.AverageMicroamperes(durationMilliseconds);
            ProjectedYears = node.Energy.ProjectedYears(AverageMicroamperes);
            FlashWrites = node.Statistics.FlashWrites;
            FlashBytes = node.Flash.BytesWritten;
            FlashMostErasedSlot = Enumerable.Range(0, node.Flash.SlotCount).Max(node.Flash.EraseCount);
            DataFramesSent = link.DataSent;
            DataFramesDelivered = link.DataDelivered;
            DutyCyclePercent = Statistics.AirtimeBySubBandMilliseconds.ToDictionary(p => p.Key, p => 100.0 * p.Value / durationMilliseconds);
        }

        public string Name { get; }
        public string Type { get; }
        public NodeStatistics Statistics { get; }
        public NodeEnergy Energy { get; }
        public double Days { get; }
        public double AverageMicroamperes { get; }
        public double ProjectedYears { get; }
        public long FlashWrites { get; }

        /// <summary>Bytes the node wrote to its flash slots (records as the store writes them).</summary>
        public long FlashBytes { get; }

        /// <summary>Sector erases of the most-erased slot, as the simulated NOR flash counts them (raw, no wear levelling).</summary>
        public long FlashMostErasedSlot { get; }
        public long DataFramesSent { get; }
        public long DataFramesDelivered { get; }

        /// <summary>Delivery ratio of data frames: transmissions the server received with a valid MIC and counter (new or a repetition) / transmissions.</summary>
        public double DeliveryRatio => DataFramesSent == 0 ? 0 : DataFramesDelivered / (double)DataFramesSent;

        public Dictionary<string, double> DutyCyclePercent { get; }

        /// <summary>What the network server did for this node (ADR requests accepted, DevStatus answers, battery).</summary>
        public string Server { get; set; } = "";
    }
}
