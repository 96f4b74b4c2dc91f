// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

namespace SmartCityNodes.Hal.Radio
{
    /// <summary>
    /// Time on air of LoRa and FSK packets in integer microseconds, without allocation.
    /// LoRa: Semtech AN1200.13 "LoRa Modem Designer's Guide" §4 and SX1276 datasheet rev 7 §4.1.1.7:
    /// T_sym = 2^SF / BW; T_preamble = (n_preamble + 4.25)·T_sym;
    /// n_payload = 8 + max(ceil((8·PL − 4·SF + 28 + 16·CRC − 20·IH) / (4·(SF − 2·DE)))·(CR + 4), 0).
    /// Every term is an exact integer number of microseconds for SF 7..12 and BW 125/250/500 kHz, so the
    /// result is exact, not rounded.
    /// </summary>
    [HotPath]
    public static class LoRaAirtime
    {
        /// <summary>Preamble length LoRaWAN uses, in symbols (RP002-1.0.4 §2.4.1 "EU863-870 Preamble Format": 8 symbols).</summary>
        public const int LoRaWanPreambleSymbols = 8;

        /// <summary>LoRaWAN coding rate 4/5 (RP002-1.0.4 data-rate tables), as the denominator.</summary>
        public const int LoRaWanCodingRateDenominator = 5;

        /// <summary>
        /// Symbol time from which low-data-rate optimisation is switched on, in microseconds
        /// (16 ms: the rule RadioLib applies; it gives SF11/SF12 at 125 kHz and SF12 at 250 kHz, as LoRaMac-node's table).
        /// </summary>
        public const long LowDataRateOptimizeThresholdMicroseconds = 16000;

        /// <summary>FSK preamble LoRaWAN uses, in bytes (RP002-1.0.4 §2.4.1: GFSK preamble 5 bytes).</summary>
        public const int FskPreambleBytes = 5;

        /// <summary>FSK sync word length in bytes (RP002-1.0.4 §2.4.1: sync word 0xC194C1).</summary>
        public const int FskSyncWordBytes = 3;

        /// <summary>Returned for arguments outside the supported range (fault as a value, no exception).</summary>
        public const long Invalid = -1;

        private const long MicrosecondsPerSecond = 1000000;

        /// <summary>Duration of one LoRa symbol in microseconds, 2^SF / BW; <see cref="Invalid"/> for unsupported values.</summary>
        /// <param name="spreadingFactor">7..12.</param>
        /// <param name="bandwidthHz">125000, 250000 or 500000.</param>
        public static long SymbolTimeMicroseconds(int spreadingFactor, int bandwidthHz)
        {
            if (spreadingFactor < 7 || spreadingFactor > 12)
            {
                return Invalid;
            }

            if (bandwidthHz != 125000 && bandwidthHz != 250000 && bandwidthHz != 500000)
            {
                return Invalid;
            }

            return ((1L << spreadingFactor) * MicrosecondsPerSecond) / bandwidthHz;
        }

        /// <summary>True when low-data-rate optimisation is on for this SF/BW (symbol time ≥ 16 ms).</summary>
        /// <param name="spreadingFactor">7..12.</param>
        /// <param name="bandwidthHz">125000, 250000 or 500000.</param>
        public static bool IsLowDataRateOptimized(int spreadingFactor, int bandwidthHz)
        {
            return SymbolTimeMicroseconds(spreadingFactor, bandwidthHz) >= LowDataRateOptimizeThresholdMicroseconds;
        }

        /// <summary>Number of payload symbols (the n_payload term, including the constant 8).</summary>
        /// <param name="spreadingFactor">7..12.</param>
        /// <param name="bandwidthHz">125000, 250000 or 500000 (decides the low-data-rate optimisation).</param>
        /// <param name="payloadLength">PHY payload length in bytes, 0..255.</param>
        /// <param name="codingRateDenominator">5..8 for 4/5..4/8.</param>
        /// <param name="explicitHeader">True for an explicit header (LoRaWAN).</param>
        /// <param name="crcOn">True when the payload CRC is sent (LoRaWAN uplinks).</param>
        public static long PayloadSymbols(int spreadingFactor, int bandwidthHz, int payloadLength, int codingRateDenominator, bool explicitHeader, bool crcOn)
        {
            long symbol = SymbolTimeMicroseconds(spreadingFactor, bandwidthHz);
            if (symbol == Invalid || payloadLength < 0 || payloadLength > 255 || codingRateDenominator < 5 || codingRateDenominator > 8)
            {
                return Invalid;
            }

            int lowDataRate = symbol >= LowDataRateOptimizeThresholdMicroseconds ? 1 : 0;
            int implicitHeader = explicitHeader ? 0 : 1;
            int crc = crcOn ? 1 : 0;
            long numerator = (8L * payloadLength) - (4L * spreadingFactor) + 28 + (16L * crc) - (20L * implicitHeader);
            long denominator = 4L * (spreadingFactor - (2 * lowDataRate));
            long blocks = 0;
            if (numerator > 0)
            {
                blocks = (numerator + denominator - 1) / denominator;
            }

            return 8 + (blocks * codingRateDenominator);
        }

        /// <summary>
        /// Time on air of one LoRa packet in microseconds (exact), or <see cref="Invalid"/>.
        /// </summary>
        /// <param name="spreadingFactor">7..12.</param>
        /// <param name="bandwidthHz">125000, 250000 or 500000.</param>
        /// <param name="payloadLength">PHY payload length in bytes, 0..255.</param>
        /// <param name="codingRateDenominator">5..8 for 4/5..4/8 (LoRaWAN: 5).</param>
        /// <param name="preambleSymbols">Programmed preamble length (LoRaWAN: 8).</param>
        /// <param name="explicitHeader">True for an explicit header (LoRaWAN: always).</param>
        /// <param name="crcOn">True with payload CRC (LoRaWAN uplinks: true; downlinks: false).</param>
        public static long TimeOnAirMicroseconds(int spreadingFactor, int bandwidthHz, int payloadLength, int codingRateDenominator, int preambleSymbols, bool explicitHeader, bool crcOn)
        {
            long symbol = SymbolTimeMicroseconds(spreadingFactor, bandwidthHz);
            long payloadSymbols = PayloadSymbols(spreadingFactor, bandwidthHz, payloadLength, codingRateDenominator, explicitHeader, crcOn);
            if (symbol == Invalid || payloadSymbols == Invalid || preambleSymbols < 0)
            {
                return Invalid;
            }

            // (n_preamble + 4.25)·T_sym = (4·n_preamble + 17)·T_sym / 4; T_sym is a multiple of 4 µs here.
            long preamble = ((4L * preambleSymbols) + 17) * symbol / 4;
            return preamble + (payloadSymbols * symbol);
        }

        /// <summary>Time on air of a LoRaWAN uplink (preamble 8, CR 4/5, explicit header, CRC on), in microseconds.</summary>
        /// <param name="spreadingFactor">7..12.</param>
        /// <param name="bandwidthHz">125000, 250000 or 500000.</param>
        /// <param name="phyPayloadLength">PHYPayload length in bytes.</param>
        public static long UplinkTimeOnAirMicroseconds(int spreadingFactor, int bandwidthHz, int phyPayloadLength)
        {
            return TimeOnAirMicroseconds(spreadingFactor, bandwidthHz, phyPayloadLength, LoRaWanCodingRateDenominator, LoRaWanPreambleSymbols, true, true);
        }

        /// <summary>
        /// Time on air of an FSK packet in microseconds: (preamble 5 + sync 3 + length 1 + payload + CRC 2) bytes
        /// × 8 bits / bit rate, rounded up to a whole microsecond.
        /// </summary>
        /// <param name="bitRate">Bits per second (50000 for LoRaWAN FSK data rates).</param>
        /// <param name="payloadLength">PHY payload length in bytes, 0..255.</param>
        public static long FskTimeOnAirMicroseconds(int bitRate, int payloadLength)
        {
            if (bitRate <= 0 || payloadLength < 0 || payloadLength > 255)
            {
                return Invalid;
            }

            long bits = 8L * (FskPreambleBytes + FskSyncWordBytes + 1 + payloadLength + 2);
            return ((bits * MicrosecondsPerSecond) + bitRate - 1) / bitRate;
        }
    }
}
