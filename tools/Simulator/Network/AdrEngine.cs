// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using SmartCityNodes.Simulator.Channel;

namespace SmartCityNodes.Simulator.Network
{
    /// <summary>
    /// Network-side ADR, the algorithm Semtech recommends ("LoRaWAN – simple rate adaptation recommended algorithm",
    /// Semtech 2016) and ChirpStack v4 ships as its default (its ADR plugin example `handle(req)`): take the highest
    /// SNR of the last 20 uplinks, margin = SNRmax − required SNR(DR) − installation margin (10 dB), steps =
    /// floor(margin / 3); each positive step raises the DR (up to DR5 on EU868), then lowers the power one index
    /// (2 dB); negative steps only raise the power back (index down to 0); the DR is never lowered by the network —
    /// the device's ADR back-off does that (L2 1.0.4 §4.3.1.1).
    /// </summary>
    internal static class AdrEngine
    {
        /// <summary>Uplinks kept (and needed before a decision): 20, as in the Semtech note and ChirpStack.</summary>
        public const int HistoryLength = 20;

        /// <summary>Installation margin in dB (ChirpStack default `installation_margin = 10`).</summary>
        public const double InstallationMarginDb = 10.0;

        /// <summary>dB per step (the 3 dB of the Semtech note).</summary>
        public const double DbPerStep = 3.0;

        /// <summary>EU868 highest DR ADR uses: DR5 = SF7/125 kHz (RP002-1.0.4 table 6).</summary>
        public const int MaxDataRate = 5;

        /// <summary>EU868 highest TXPower index: 7 = MaxEIRP − 14 dB (RP002-1.0.4 table 7).</summary>
        public const int MaxTxPowerIndex = 7;

        /// <summary>EU868 spreading factor of a 125 kHz data rate DR0..DR5 (RP002-1.0.4 table 6: SF12..SF7).</summary>
        public static int SpreadingFactorOf(int dataRate)
        {
            if (dataRate < 0 || dataRate > 5)
            {
                throw new ArgumentOutOfRangeException(nameof(dataRate), dataRate, "EU868 LoRa/125 kHz data rates are DR0..DR5");
            }

            return 12 - dataRate;
        }

        /// <summary>The decision for a device now at (dr, power index) whose best recent SNR is <paramref name="maxSnrDb"/>.</summary>
        public static (int DataRate, int TxPowerIndex) Decide(int dataRate, int txPowerIndex, double maxSnrDb)
        {
            double margin = maxSnrDb - RadioChannel.DemodulationSnrLimitDb(SpreadingFactorOf(Math.Min(dataRate, MaxDataRate))) - InstallationMarginDb;
            int steps = (int)Math.Floor(margin / DbPerStep);
            int dr = dataRate;
            int power = txPowerIndex;
            while (steps > 0 && dr < MaxDataRate)
            {
                dr++;
                steps--;
            }

            while (steps > 0 && power < MaxTxPowerIndex)
            {
                power++;
                steps--;
            }

            while (steps < 0 && power > 0)
            {
                power--;
                steps++;
            }

            return (dr, power);
        }
    }
}
