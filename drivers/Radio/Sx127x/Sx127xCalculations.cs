// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using SmartCityNodes.Hal;

namespace SmartCityNodes.Drivers.Radio.Sx127x
{
    /// <summary>Pure register arithmetic of the SX127x family (no I/O), kept static so it is tested on its own.</summary>
    [HotPath]
    internal static class Sx127xCalculations
    {
        /// <summary>Crystal frequency of the supported boards: 32 MHz (datasheet rev 7 §2.5.1 / Table 7 FXOSC).</summary>
        internal const long CrystalHz = 32000000;

        /// <summary>Frf is FXOSC / 2^19 per step (datasheet rev 7 §4.1.4 "Frequency Settings": F_RF = F_STEP × Frf).</summary>
        internal const int FrfShift = 19;

        /// <summary>Below this carrier the LF port is used (RSSI offset -164 and LowFrequencyModeOn); the LF bands 2/3 end at 525 MHz, band 1 (HF port) starts at 862 MHz (datasheet rev 7 §2.2 frequency bands).</summary>
        internal const uint LowFrequencyBandTopHz = 525000000;

        /// <summary>
        /// Image calibration band of a carrier and the frequency to calibrate at. The SX1276 datasheet (rev 7 §4.2.3.8)
        /// asks for a calibration at the frequency of use on the HF port and names 868.3 MHz for the 868 MHz band; the bands
        /// are the ISM bands the DS_SX1261-2 V2.1 §9.2.1 Table 9-2 calibrates per band (430-440, 470-510, 779-787, 863-870,
        /// 902-928 MHz), each calibrated once at a point inside it, so no LoRaWAN channel of the band (EU868, US915, AU915,
        /// CN779, EU433, CN470) triggers a second calibration between TX and RX1. Outside those bands the carrier itself,
        /// rounded down to 1 MHz, is the band (our rule).
        /// </summary>
        /// <returns>A band number that changes exactly when a new calibration is needed.</returns>
        internal static int ImageCalibrationBand(uint frequencyHz, out uint calibrationHz)
        {
            if (frequencyHz >= 863000000 && frequencyHz <= 870000000)
            {
                calibrationHz = 868300000;
                return 1;
            }

            if (frequencyHz >= 902000000 && frequencyHz <= 928000000)
            {
                calibrationHz = 915000000;
                return 2;
            }

            if (frequencyHz >= 779000000 && frequencyHz <= 787000000)
            {
                calibrationHz = 783000000;
                return 3;
            }

            if (frequencyHz >= 430000000 && frequencyHz <= 440000000)
            {
                calibrationHz = 434000000;
                return 4;
            }

            if (frequencyHz >= 470000000 && frequencyHz <= 510000000)
            {
                calibrationHz = 490000000;
                return 5;
            }

            calibrationHz = frequencyHz;
            return 1000 + (int)(frequencyHz / 1000000);
        }

        /// <summary>HF-port RSSI offset in dB (datasheet rev 7 §5.5.5: RSSI = -157 + Rssi on the HF port).</summary>
        internal const int RssiOffsetHighFrequencyPort = -157;

        /// <summary>LF-port RSSI offset in dB (datasheet rev 7 §5.5.5: RSSI = -164 + Rssi on the LF port).</summary>
        internal const int RssiOffsetLowFrequencyPort = -164;

        /// <summary>RegPaConfig PaSelect bit: output on PA_BOOST (§6.4 RegPaConfig bit 7).</summary>
        internal const byte PaSelectPaBoost = 0b1000_0000;

        /// <summary>RegPaConfig MaxPower = 7: Pmax = 10.8 + 0.6 × 7 = 15 dBm (§6.4 RegPaConfig bits 6-4).</summary>
        internal const byte MaxPower15Dbm = 0b0111_0000;

        /// <summary>RegPaDac default: PA_BOOST up to +17 dBm (§5.4.3, RegPaDac bits 2-0 = 0x04).</summary>
        internal const byte PaDacDefault = 0x84;

        /// <summary>RegPaDac high power: +20 dBm on PA_BOOST (§5.4.3, RegPaDac bits 2-0 = 0x07).</summary>
        internal const byte PaDacHighPower = 0x87;

        /// <summary>RegOcp OcpOn bit (§5.4.4, RegOcp bit 5).</summary>
        internal const byte OcpOn = 0b0010_0000;

        /// <summary>OCP limit for up to +17 dBm: the 100 mA reset value (§5.4.4, RegOcp reset 0x2B).</summary>
        internal const int DefaultOcpMilliamps = 100;

        /// <summary>OCP limit for +18..+20 dBm on PA_BOOST: the PA draws up to 120 mA at +20 dBm (datasheet rev 7 §2.5.1, IDDT at +20 dBm on PA_BOOST), so 140 mA leaves headroom (§5.4.3 asks to adapt RegOcp).</summary>
        internal const int HighPowerOcpMilliamps = 140;

        /// <summary>Lowest PA_BOOST power: Pout = 17 - (15 - 0) = +2 dBm (§6.4 RegPaConfig).</summary>
        internal const int PaBoostMinDbm = 2;

        /// <summary>Highest PA_BOOST power without the high-power DAC (§6.4 RegPaConfig).</summary>
        internal const int PaBoostMaxDbm = 17;

        /// <summary>Highest PA_BOOST power with RegPaDac = 0x87 (§5.4.3).</summary>
        internal const int PaBoostHighPowerMaxDbm = 20;

        /// <summary>Lowest RFO power: MaxPower 0 (Pmax 10.8 dBm), OutputPower 0 → -4.2 dBm (§6.4 RegPaConfig).</summary>
        internal const int RfoMinDbm = -4;

        /// <summary>Highest RFO power: "RFO pin. Maximum power of +14 dBm" (§6.4 RegPaConfig PaSelect), though Pmax reaches 15 dBm.</summary>
        internal const int RfoMaxDbm = 14;

        /// <summary>Frf register value (24 bits) for a carrier: Frf = f × 2^19 / 32 MHz, truncated (§4.1.4).</summary>
        internal static uint FrequencyToFrf(uint frequencyHz)
        {
            return (uint)(((long)frequencyHz << FrfShift) / CrystalHz);
        }

        /// <summary>RegOcp value with OcpOn for a current limit (§5.4.4): trim = (I - 45) / 5 up to 120 mA, (I + 30) / 10 up to 240 mA.</summary>
        internal static byte OcpRegister(int milliamps)
        {
            int trim;
            if (milliamps <= 120)
            {
                trim = (milliamps - 45) / 5;
            }
            else if (milliamps <= 240)
            {
                trim = (milliamps + 30) / 10;
            }
            else
            {
                trim = 27;
            }

            if (trim < 0)
            {
                trim = 0;
            }

            return (byte)(OcpOn | trim);
        }

        /// <summary>
        /// RegPaConfig, RegPaDac and RegOcp for a requested power. Returns false when the output pin cannot make it.
        /// PA_BOOST: Pout = 17 - (15 - OutputPower), or 20 - (15 - OutputPower) with RegPaDac 0x87 (§5.4.3).
        /// RFO: Pout = Pmax - (15 - OutputPower), Pmax = 10.8 + 0.6 MaxPower (§6.4 RegPaConfig).
        /// </summary>
        internal static bool PowerRegisters(PaOutput output, int powerDbm, out byte paConfig, out byte paDac, out byte ocp)
        {
            paConfig = 0;
            paDac = PaDacDefault;
            ocp = OcpRegister(DefaultOcpMilliamps);
            if (output == PaOutput.PaBoost)
            {
                if (powerDbm < PaBoostMinDbm || powerDbm > PaBoostHighPowerMaxDbm)
                {
                    return false;
                }

                if (powerDbm > PaBoostMaxDbm)
                {
                    paConfig = (byte)(PaSelectPaBoost | MaxPower15Dbm | (powerDbm - 5));
                    paDac = PaDacHighPower;
                    ocp = OcpRegister(HighPowerOcpMilliamps);
                }
                else
                {
                    paConfig = (byte)(PaSelectPaBoost | MaxPower15Dbm | (powerDbm - 2));
                }

                return true;
            }

            if (powerDbm < RfoMinDbm || powerDbm > RfoMaxDbm)
            {
                return false;
            }

            // MaxPower 7 (Pmax 15 dBm) gives Pout = OutputPower for 0..14 dBm; below 0 dBm MaxPower 0 (Pmax 10.8 dBm)
            // gives Pout = OutputPower - 4.2 dBm, so OutputPower = P + 4 lands 0.2 dB under the request.
            paConfig = powerDbm >= 0 ? (byte)(MaxPower15Dbm | powerDbm) : (byte)(powerDbm + 4);
            return true;
        }

        /// <summary>RegModemConfig1 Bw field (bits 7-4) for a bandwidth, or -1 when unsupported (§6.4 RegModemConfig1).</summary>
        internal static int BandwidthCode(int bandwidthHz)
        {
            switch (bandwidthHz)
            {
                case 125000:
                    return 0b0111;
                case 250000:
                    return 0b1000;
                case 500000:
                    return 0b1001;
                default:
                    return -1;
            }
        }

        /// <summary>
        /// Packet RSSI in dBm from RegPktRssiValue and RegPktSnrValue (§5.5.5): -157 + PacketRssi (HF port) or
        /// -164 + PacketRssi (LF port) when SNR ≥ 0; when SNR &lt; 0 the SNR (PacketSnr / 4 dB) is added. Rounded toward zero.
        /// </summary>
        internal static int PacketRssiDbm(byte packetRssi, byte packetSnr, bool highFrequencyPort)
        {
            int offset = highFrequencyPort ? RssiOffsetHighFrequencyPort : RssiOffsetLowFrequencyPort;
            int rssi = offset + packetRssi;
            int snrQuarterDb = (sbyte)packetSnr;
            if (snrQuarterDb < 0)
            {
                return ((4 * rssi) + snrQuarterDb) / 4;
            }

            return rssi;
        }

        /// <summary>
        /// Packet SNR in dB rounded to the nearest integer (halves up), as DevStatusAns' margin wants it
        /// (L2 1.0.4 §5.5): RegPktSnrValue is two's complement in 0.25 dB steps (§5.5.5).
        /// </summary>
        internal static int PacketSnrDb(byte packetSnr)
        {
            return (((sbyte)packetSnr) + 2) >> 2; // arithmetic shift = floor, so floor(q/4 + 1/2)
        }
    }
}
