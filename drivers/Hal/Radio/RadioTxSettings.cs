// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

namespace SmartCityNodes.Hal.Radio
{
    /// <summary>
    /// One uplink's radio parameters. A class the caller creates once at start-up and refills per uplink: on nanoCLR a struct
    /// would be a heap block per copy (docs/nano-allocation-rules.md).
    /// </summary>
    public sealed class RadioTxSettings
    {
        /// <summary>Carrier frequency in Hz.</summary>
        public uint FrequencyHz;

        /// <summary>LoRa spreading factor, 7..12.</summary>
        public int SpreadingFactor;

        /// <summary>LoRa bandwidth in Hz: 125000, 250000 or 500000.</summary>
        public int BandwidthHz;

        /// <summary>Coding rate denominator: 5 for 4/5 (LoRaWAN always uses 4/5) .. 8 for 4/8.</summary>
        public int CodingRateDenominator;

        /// <summary>Conducted output power in dBm.</summary>
        public int PowerDbm;

        /// <summary>Preamble length in symbols (8 for LoRaWAN, RP002-1.0.4 §2.x).</summary>
        public int PreambleSymbols;

        /// <summary>Inverted IQ (false for uplinks).</summary>
        public bool InvertIq;
    }
}
