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

        /// <summary>Flash record writes (the runtime's end-of-wake saves and counter reservations).</summary>
        public long FlashWrites { get; set; }

        /// <summary>Every boot: power-on, deep-sleep wakes, reboots (not the wakes after a light sleep).</summary>
        public long Boots { get; set; }

        /// <summary>Boots that were not a sleep wake (power-on, reboot).</summary>
        public long Resets { get; set; }

        public long LightSleeps { get; set; }
        public long DeepSleeps { get; set; }
        public long Reboots { get; set; }

        /// <summary>Every fault flag the runtime raised in any wake.</summary>
        public SmartCityNodes.Runtime.Node.WakeFaults Faults { get; set; }

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
