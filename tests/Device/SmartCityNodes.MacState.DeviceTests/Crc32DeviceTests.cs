// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using nanoFramework.TestFramework;
using SmartCityNodes.LoRaWan.Mac;

namespace SmartCityNodes.DeviceTests.Mac
{
    /// <summary>
    /// The CRC-32 that guards the MAC state record, against the catalogued check values of CRC-32/ISO-HDLC (the zlib /
    /// IEEE 802.3 CRC: reflected 0xEDB88320, init and final XOR 0xFFFFFFFF): "123456789" → CBF43926; no bytes → 0.
    /// </summary>
    [TestClass]
    public class Crc32DeviceTests
    {
        /// <summary>Check values; "a" → E8B7BE43 is zlib's crc32(b"a").</summary>
        /// <param name="asciiHex">The input bytes as hex.</param>
        /// <param name="expected">The CRC.</param>
        [TestMethod]
        [DataRow("313233343536373839", 0xCBF43926u)]
        [DataRow("", 0x00000000u)]
        [DataRow("61", 0xE8B7BE43u)]
        public void Matches_the_catalogued_check_values(string asciiHex, uint expected)
        {
            byte[] data = HexBytes.Parse(asciiHex);
            Assert.AreEqual(expected, Crc32.Compute(data, 0, data.Length));
        }

        /// <summary>Only the given range counts: "123456789" inside other bytes gives the same check value.</summary>
        [TestMethod]
        public void Covers_only_the_given_range()
        {
            byte[] data = HexBytes.Parse("FFFF 313233343536373839 00");
            Assert.AreEqual(0xCBF43926u, Crc32.Compute(data, 2, 9));
        }
    }
}
