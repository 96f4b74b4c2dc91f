// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using Microsoft.VisualStudio.TestTools.UnitTesting;
using SmartCityNodes.Drivers.Radio.Sx126x;
using SmartCityNodes.Drivers.Radio.Sx127x;

namespace SmartCityNodes.Radio.Tests
{
    /// <summary>
    /// Both chips report SNR in signed quarter-dB steps (SX1276 §5.5.5 RegPktSnrValue, SX1262 §13.5.3 SnrPkt); the MAC's
    /// DevStatusAns margin is the SNR rounded to the nearest integer (L2 1.0.4 §5.5). Expected values by hand: q / 4
    /// rounded, halves up.
    /// </summary>
    [TestClass]
    public sealed class PacketSnrRoundingTests : ChipModelTest
    {
        [TestMethod]
        [DataRow(0x1C, 7, DisplayName = "28 / 4 = 7.0 -> 7")]
        [DataRow(0x1D, 7, DisplayName = "29 / 4 = 7.25 -> 7")]
        [DataRow(0x1E, 8, DisplayName = "30 / 4 = 7.5 -> 8")]
        [DataRow(0x1F, 8, DisplayName = "31 / 4 = 7.75 -> 8")]
        [DataRow(0x00, 0, DisplayName = "0 -> 0")]
        [DataRow(0xFF, 0, DisplayName = "-1 / 4 = -0.25 -> 0")]
        [DataRow(0xFE, 0, DisplayName = "-2 / 4 = -0.5 -> 0 (halves up)")]
        [DataRow(0xF5, -3, DisplayName = "-11 / 4 = -2.75 -> -3")]
        [DataRow(0xEC, -5, DisplayName = "-20 / 4 = -5.0 -> -5")]
        [DataRow(0x80, -32, DisplayName = "-128 / 4 = -32.0 -> -32")]
        public void SnrIsRoundedToTheNearestDecibel(int raw, int expectedDb)
        {
            Assert.AreEqual(expectedDb, Sx127xCalculations.PacketSnrDb((byte)raw));
            Assert.AreEqual(expectedDb, Sx126xCalculations.PacketSnrDb((byte)raw));
        }
    }
}
