// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using SmartCityNodes.Hal.Radio;
using SmartCityNodes.Drivers.Radio;
using SmartCityNodes.Drivers.Radio.Sx127x;

namespace SmartCityNodes.Radio.Tests
{
    /// <summary>The drivers' internal arithmetic against hand-computed datasheet values.</summary>
    [TestClass]
    public sealed class CalculationTests : ChipModelTest
    {
        [TestMethod]
        // T = (n_pre + 4.25 + n_payload) × 2^SF / BW, n_payload = 8 + ceil((8 PL - 4 SF + 28 + 16 CRC) / (4 (SF - 2 DE))) × (CR + 4):
        // SF7/125k, 13 B, CRC: 8 + ceil(120 / 28) × 5 = 33; (12.25 + 33) × 1.024 ms = 46.336 ms.
        [DataRow(7, 125000, 13, 46336L)]
        // SF12/125k, 13 B, CRC, DE = 1: 8 + ceil(100 / 40) × 5 = 23; (12.25 + 23) × 32.768 ms = 1155.072 ms.
        [DataRow(12, 125000, 13, 1155072L)]
        // SF9/125k, 51 B, CRC: 8 + ceil(416 / 36) × 5 = 68; (12.25 + 68) × 4.096 ms = 328.704 ms.
        [DataRow(9, 125000, 51, 328704L)]
        // SF8/500k, 4 B, CRC: 8 + ceil(44 / 32) × 5 = 18; (12.25 + 18) × 0.512 ms = 15.488 ms.
        [DataRow(8, 500000, 4, 15488L)]
        public void TimeOnAir_MatchesHandComputedValues(int sf, int bandwidthHz, int length, long microseconds)
        {
            Assert.AreEqual(microseconds, LoRaAirtime.TimeOnAirMicroseconds(sf, bandwidthHz, length, 5, 8, true, true));
        }

        [TestMethod]
        // §5.5.5: HF port -157 + PacketRssi, LF port -164 + PacketRssi; with SNR < 0 add PacketSnr / 4.
        [DataRow(60, 28, true, -97)]
        [DataRow(60, 28, false, -104)]
        [DataRow(40, 0xEC, true, -122)]  // -117 - 5
        [DataRow(40, 0xFE, true, -117)]  // -117 - 0.5 → -117.5, toward zero → -117
        public void PacketRssi_FollowsDatasheetFormula(int packetRssi, int packetSnr, bool highFrequencyPort, int expected)
        {
            Assert.AreEqual(expected, Sx127xCalculations.PacketRssiDbm((byte)packetRssi, (byte)packetSnr, highFrequencyPort));
        }

        [TestMethod]
        public void Sx1276_Below525MHz_UsesLowFrequencyMode()
        {
            var rig = new Sx1276Rig().Initialized();

            // EU433: 433.175 MHz × 16384 = 7097139.2 → 7097139 = 0x6C4B33.
            Assert.AreEqual(RadioStatus.Ok, rig.Radio.Transmit(Settings.Uplink(433175000), Settings.FourBytes, 0, 4, out _));

            // 430-440 MHz band: calibrated on the LF port at 434 MHz × 16384 = 7110656 = 0x6C8000.
            List<string> log = rig.LogAfterImageCalibration(fskBase: 0x08, frf: "86 6C 80 00");
            Assert.AreEqual("81 89", log[0]); // LoRa | LowFrequencyModeOn | Standby
            Assert.AreEqual("86 6C 4B 33", log[1]);
            Assert.AreEqual((byte)0x88, rig.Chip.Register(Sx1276Simulator.RegOpMode)); // LoRa LF Sleep at the end
        }
    }
}
