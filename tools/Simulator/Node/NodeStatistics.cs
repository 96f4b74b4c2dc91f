// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

namespace SmartCityNodes.Simulator.Node
{
    /// <summary>What a node did, for the summary.</summary>
    internal sealed class NodeStatistics
    {
        public long Wakes { get; set; }
        public long Reports { get; set; }
        public long Transmissions { get; set; }
        public long TransmitDeferred { get; set; }
        public long JoinAttempts { get; set; }
        public long Joins { get; set; }
        public long DownlinksReceived { get; set; }
        public long ApplicationDownlinks { get; set; }
        public long MacStateRestoreFailures { get; set; }
        public long AppStateRestoreFailures { get; set; }

        /// <summary>Reports by kind (Startup, Periodic, Event: FullRaised…, FaultChanged).</summary>
        public SortedDictionary<string, long> ReportsByKind { get; } = new(StringComparer.Ordinal);

        /// <summary>Airtime per EU868 sub-band (by name), ms.</summary>
        public SortedDictionary<string, double> AirtimeBySubBandMilliseconds { get; } = new(StringComparer.Ordinal);

        public void Count(string kind)
        {
            ReportsByKind.TryGetValue(kind, out long n);
            ReportsByKind[kind] = n + 1;
        }
    }
}
