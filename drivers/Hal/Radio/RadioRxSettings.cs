// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

namespace SmartCityNodes.Hal.Radio
{
    /// <summary>
    /// One receive window's radio parameters. A class the caller creates once at start-up and refills per window: on nanoCLR
    /// a struct would be a heap block per copy (docs/nano-allocation-rules.md).
    /// </summary>
    public sealed class RadioRxSettings
    {
        /// <summary>Carrier frequency in Hz.</summary>
        public uint FrequencyHz;

        /// <summary>LoRa spreading factor, 7..12.</summary>
        public int SpreadingFactor;

        /// <summary>LoRa bandwidth in Hz: 125000, 250000 or 500000.</summary>
        public int BandwidthHz;

        /// <summary>Coding rate denominator, 5..8.</summary>
        public int CodingRateDenominator;

        /// <summary>Preamble length in symbols.</summary>
        public int PreambleSymbols;

        /// <summary>
        /// Symbols to wait for a preamble before RxTimeout, 1..1023: the SX127x SymbTimeout is 10 bits (rev 7 §6.4); the
        /// SX126x counts up to 248 symbols and closes longer windows with its SetRx timer (DS_SX1261-2 V2.1 §13.1.5).
        /// </summary>
        public int SymbolTimeout;

        /// <summary>Inverted IQ (true for downlinks, LoRaWAN L2 1.0.4 §2.2).</summary>
        public bool InvertIq;

        /// <summary>Largest packet accepted; longer ones are dropped as <see cref="RadioStatus.InvalidLength"/>.</summary>
        public int MaxLength;
    }
}
