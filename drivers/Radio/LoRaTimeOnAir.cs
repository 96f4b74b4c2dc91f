// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

namespace SmartCityNodes.Drivers.Radio
{
    /// <summary>
    /// LoRa time on air, used only to bound the drivers' waits (the MAC team owns the public airtime calculator).
    /// Semtech formula: SX1276/77/78/79 datasheet rev 7 §4.1.1.7 and DS_SX1261-2 V2.1 §6.1.4:
    /// T_sym = 2^SF / BW; T_preamble = (n_preamble + 4.25) T_sym;
    /// n_payload = 8 + max(ceil((8 PL - 4 SF + 28 + 16 CRC - 20 IH) / (4 (SF - 2 DE))) (CR + 4), 0).
    /// Integer arithmetic only (no floating point, no Math on nanoFramework).
    /// </summary>
    internal static class LoRaTimeOnAir
    {
        /// <summary>Microseconds per second.</summary>
        internal const long MicrosecondsPerSecond = 1000000;

        /// <summary>Symbol time at which LowDataRateOptimize becomes mandatory: 16 ms (SX1276 datasheet §4.1.1.6; DS_SX1261-2 §6.1.1.4).</summary>
        internal const int LowDataRateOptimizeSymbolMicroseconds = 16000;

        /// <summary>Duration of one LoRa symbol in microseconds, rounded up: 2^SF / BW.</summary>
        internal static long SymbolMicroseconds(int spreadingFactor, int bandwidthHz)
        {
            return CeilingDivide((1L << spreadingFactor) * MicrosecondsPerSecond, bandwidthHz);
        }

        /// <summary>True when the symbol time is 16 ms or more, so LowDataRateOptimize must be on.</summary>
        internal static bool NeedsLowDataRateOptimize(int spreadingFactor, int bandwidthHz)
        {
            // 2^SF / BW >= 16 ms  <=>  2^SF * 1e6 >= 16000 * BW (exact, integers).
            return (1L << spreadingFactor) * MicrosecondsPerSecond >= (long)LowDataRateOptimizeSymbolMicroseconds * bandwidthHz;
        }

        /// <summary>Time on air of one explicit-header LoRa packet in microseconds, rounded up.</summary>
        /// <param name="spreadingFactor">7..12.</param>
        /// <param name="bandwidthHz">125000, 250000 or 500000.</param>
        /// <param name="codingRateDenominator">5..8 (4/5..4/8).</param>
        /// <param name="preambleSymbols">Programmed preamble length.</param>
        /// <param name="payloadLength">PHY payload bytes.</param>
        /// <param name="crcOn">Payload CRC present.</param>
        internal static long PacketMicroseconds(int spreadingFactor, int bandwidthHz, int codingRateDenominator, int preambleSymbols, int payloadLength, bool crcOn)
        {
            int lowDataRate = NeedsLowDataRateOptimize(spreadingFactor, bandwidthHz) ? 1 : 0;
            long numerator = (8L * payloadLength) - (4L * spreadingFactor) + 28 + (crcOn ? 16 : 0);
            long denominator = 4L * (spreadingFactor - (2 * lowDataRate));
            long blocks = numerator > 0 ? CeilingDivide(numerator, denominator) : 0;
            long payloadSymbols = 8 + (blocks * codingRateDenominator);

            // Total symbols x4 to keep the 4.25 exact: 4 n_preamble + 17 + 4 n_payload quarter-symbols.
            long quarterSymbols = (4L * preambleSymbols) + 17 + (4L * payloadSymbols);
            return CeilingDivide(quarterSymbols * (1L << spreadingFactor) * MicrosecondsPerSecond, 4L * bandwidthHz);
        }

        /// <summary>Ceiling of <paramref name="numerator"/> / <paramref name="denominator"/> for positive operands.</summary>
        internal static long CeilingDivide(long numerator, long denominator)
        {
            return (numerator + denominator - 1) / denominator;
        }
    }
}
