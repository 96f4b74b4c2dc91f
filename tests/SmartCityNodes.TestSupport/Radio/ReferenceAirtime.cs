// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

namespace SmartCityNodes.TestSupport.Radio
{
    /// <summary>
    /// The chip models' own time on air, written from the datasheet formula in floating point (independent of the
    /// driver's integer helper): SX1276/77/78/79 rev 7 §4.1.1.7, DS_SX1261-2 V2.1 §6.1.4.
    /// </summary>
    public static class ReferenceAirtime
    {
        public static double SymbolSeconds(int sf, double bandwidthHz) => Math.Pow(2, sf) / bandwidthHz;

        public static double PacketSeconds(int sf, double bandwidthHz, int codingRate4To8, int preamble, int payloadLength, bool crc, bool implicitHeader, bool lowDataRate)
        {
            double tsym = SymbolSeconds(sf, bandwidthHz);
            double tPreamble = (preamble + 4.25) * tsym;
            double numerator = 8.0 * payloadLength - 4.0 * sf + 28 + (crc ? 16 : 0) - (implicitHeader ? 20 : 0);
            double denominator = 4.0 * (sf - (lowDataRate ? 2 : 0));
            double payloadSymbols = 8 + Math.Max(Math.Ceiling(numerator / denominator) * (codingRate4To8 + 4), 0);
            return tPreamble + payloadSymbols * tsym;
        }

        public static long PacketMicroseconds(int sf, double bandwidthHz, int codingRate4To8, int preamble, int payloadLength, bool crc, bool implicitHeader, bool lowDataRate)
            => (long)Math.Ceiling(PacketSeconds(sf, bandwidthHz, codingRate4To8, preamble, payloadLength, crc, implicitHeader, lowDataRate) * 1e6 - 1e-6);
    }
}
