// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using SmartCityNodes.Hal;

namespace SmartCityNodes.Drivers.Radio.Sx126x
{
    /// <summary>Pure parameter arithmetic of the SX126x family (no I/O), kept static so it is tested on its own.</summary>
    [HotPath]
    internal static class Sx126xCalculations
    {
        /// <summary>Crystal/TCXO frequency: 32 MHz (DS_SX1261-2 V2.1 §13.4.1: RFfreq = f × 2^25 / F_XTAL, F_XTAL = 32 MHz).</summary>
        internal const long CrystalHz = 32000000;

        /// <summary>RFfreq = f × 2^25 / 32 MHz (§13.4.1).</summary>
        internal const int RfFrequencyShift = 25;

        /// <summary>Largest 24-bit time-out below 0xFFFFFF (which means "continuous RX", §13.1.5).</summary>
        internal const int MaxTimeoutSteps = 0xFFFFFE;

        /// <summary>SetModulationParams bandwidth codes (§13.4.5.2 Table 13-47): 0x04 125 kHz, 0x05 250 kHz, 0x06 500 kHz; -1 when unsupported.</summary>
        internal static int BandwidthCode(int bandwidthHz)
        {
            switch (bandwidthHz)
            {
                case 125000:
                    return 0x04;
                case 250000:
                    return 0x05;
                case 500000:
                    return 0x06;
                default:
                    return -1;
            }
        }

        /// <summary>SetRfFrequency argument: f × 2^25 / 32 MHz, truncated (§13.4.1).</summary>
        internal static uint FrequencyToRfFrequency(uint frequencyHz)
        {
            return (uint)(((long)frequencyHz << RfFrequencyShift) / CrystalHz);
        }

        /// <summary>
        /// Time-out or delay argument in 15.625 µs steps (§13.1.4 SetTx, §13.1.5 SetRx, §13.3.6 SetDIO3AsTCXOCtrl),
        /// rounded up: steps = ceil(µs × 64 / 1000), capped below 0xFFFFFF.
        /// </summary>
        internal static int MicrosecondsToSteps(long microseconds)
        {
            long steps = ((microseconds * 64) + 999) / 1000;
            return steps > MaxTimeoutSteps ? MaxTimeoutSteps : (int)steps;
        }

        /// <summary>
        /// CalibrateImage(freq1, freq2) for the band holding <paramref name="frequencyHz"/>: DS_SX1261-2 V2.1 §9.2.1
        /// Table 9-2 (430-440, 470-510, 779-787, 863-870, 902-928 MHz). The table's values are the band edges in 4 MHz
        /// units (0xD7 = 215 → 860 MHz, 0xDB = 219 → 876 MHz); outside the table (our own rule, not the datasheet's)
        /// the carrier ± 4 MHz is used, rounded outwards to 4 MHz.
        /// </summary>
        /// <returns>A band key (freq1 &lt;&lt; 8 | freq2) so callers recalibrate only when it changes.</returns>
        internal static int ImageCalibration(uint frequencyHz, out byte freq1, out byte freq2)
        {
            uint megahertz = frequencyHz / 1000000;
            if (megahertz >= 902 && megahertz <= 928)
            {
                freq1 = 0xE1;
                freq2 = 0xE9;
            }
            else if (megahertz >= 863 && megahertz <= 870)
            {
                freq1 = 0xD7;
                freq2 = 0xDB;
            }
            else if (megahertz >= 779 && megahertz <= 787)
            {
                freq1 = 0xC1;
                freq2 = 0xC5;
            }
            else if (megahertz >= 470 && megahertz <= 510)
            {
                freq1 = 0x75;
                freq2 = 0x81;
            }
            else if (megahertz >= 430 && megahertz <= 440)
            {
                freq1 = 0x6B;
                freq2 = 0x6F;
            }
            else
            {
                freq1 = (byte)((megahertz - 4) / 4);
                freq2 = (byte)((megahertz + 4 + 3) / 4);
            }

            return (freq1 << 8) | freq2;
        }

        /// <summary>Packet RSSI in dBm: −RssiPkt / 2 (§13.5.3 GetPacketStatus, LoRa), rounded toward zero.</summary>
        internal static int PacketRssiDbm(byte rssiPkt)
        {
            return -rssiPkt / 2;
        }

        /// <summary>
        /// Packet SNR in dB: SnrPkt / 4, two's complement (§13.5.3), rounded to the nearest integer (halves up), as
        /// DevStatusAns' margin wants it (L2 1.0.4 §5.5).
        /// </summary>
        internal static int PacketSnrDb(byte snrPkt)
        {
            return (((sbyte)snrPkt) + 2) >> 2; // arithmetic shift = floor, so floor(q/4 + 1/2)
        }
    }
}
