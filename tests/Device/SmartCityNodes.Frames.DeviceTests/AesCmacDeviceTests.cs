// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using nanoFramework.TestFramework;
using SmartCityNodes.LoRaWan.Crypto;

namespace SmartCityNodes.DeviceTests.Frames
{
    /// <summary>AES-CMAC against RFC 4493 §4 (Examples 1–4, key 2b7e1516 28aed2a6 abf71588 09cf4f3c).</summary>
    [TestClass]
    public class AesCmacDeviceTests
    {
        private const string Key = "2b7e1516 28aed2a6 abf71588 09cf4f3c";

        // RFC 4493 §4: the 64-byte message M; Examples 1–4 MAC its first 0, 16, 40 and 64 bytes.
        private const string Message64 = "6bc1bee2 2e409f96 e93d7e11 7393172a ae2d8a57 1e03ac9c 9eb76fac 45af8e51"
            + "30c81c46 a35ce411 e5fbc119 1a0a52ef f69f2445 df4f9b17 ad2b417b e66c3710";

        private static AesCmac cmac;
        private static byte[] mac;

        /// <summary>One CMAC engine and one output buffer for all tests.</summary>
        [Setup]
        public void CreateCmac()
        {
            cmac = new AesCmac();
            mac = new byte[16];
        }

        /// <summary>RFC 4493 Examples 1–4, the message given in one piece.</summary>
        /// <param name="length">Bytes of M covered.</param>
        /// <param name="expectedMac">The RFC's AES-CMAC.</param>
        [TestMethod]
        [DataRow(0, "bb1d6929 e9593728 7fa37d12 9b756746")]
        [DataRow(16, "070a16b4 6b4d4144 f79bdd9d d04a287c")]
        [DataRow(40, "dfa66747 de9ae630 30ca3261 1497c827")]
        [DataRow(64, "51f0bebf 7e3b9d92 fc497417 79363cfe")]
        public void Computes_the_RFC4493_example_MACs(int length, string expectedMac)
        {
            cmac.SetKey(HexBytes.Parse(Key), 0);
            cmac.Update(HexBytes.Parse(Message64), 0, length);
            cmac.Final(mac, 0);
            Assert.AreEqual(HexBytes.Normalize(expectedMac), HexBytes.Format(mac, 0, 16));
        }

        /// <summary>RFC 4493 Example 3 fed in uneven pieces (3 + 13 + 17 + 7 bytes) gives the same MAC.</summary>
        [TestMethod]
        public void Computes_the_same_MAC_when_fed_in_pieces()
        {
            byte[] message = HexBytes.Parse(Message64);
            cmac.SetKey(HexBytes.Parse(Key), 0);
            cmac.Update(message, 0, 3);
            cmac.Update(message, 3, 13);
            cmac.Update(message, 16, 17);
            cmac.Update(message, 33, 7);
            cmac.Final(mac, 0);
            Assert.AreEqual(HexBytes.Normalize("dfa66747 de9ae630 30ca3261 1497c827"), HexBytes.Format(mac, 0, 16));
        }

        /// <summary>The LoRaWAN MIC is the first four MAC bytes read little-endian (L2 1.0.4 §4.4): Example 2 → 0xB4160A07.</summary>
        [TestMethod]
        public void FinalMic_is_the_first_four_MAC_bytes_little_endian()
        {
            cmac.SetKey(HexBytes.Parse(Key), 0);
            cmac.Update(HexBytes.Parse(Message64), 0, 16);
            Assert.AreEqual(0xB4160A07u, cmac.FinalMic());
        }
    }
}
