// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using nanoFramework.TestFramework;
using SmartCityNodes.LoRaWan.Crypto;

namespace SmartCityNodes.DeviceTests.Frames
{
    /// <summary>
    /// AES-128 against the FIPS-197 known answers. Written against nanoFramework.TestFramework: runs on nanoCLR/hardware
    /// with the nanoFramework test adapter and on the host through tests/SmartCityNodes.DeviceTests.Host. The launcher
    /// calls test methods without an instance, so shared state is static and set up in [Setup].
    /// </summary>
    [TestClass]
    public class Aes128DeviceTests
    {
        private static Aes128 aes;
        private static byte[] output;

        /// <summary>One cipher and one output block for all tests (as the firmware allocates them once).</summary>
        [Setup]
        public void CreateCipher()
        {
            aes = new Aes128();
            output = new byte[Aes128.BlockSize];
        }

        /// <summary>FIPS-197 Appendix C.1 (AES-128): key 000102…0f, plaintext 00112233…eeff.</summary>
        [TestMethod]
        public void Encrypts_the_FIPS197_appendix_C1_block()
        {
            aes.SetKey(HexBytes.Parse("000102030405060708090a0b0c0d0e0f"), 0);
            aes.EncryptBlock(HexBytes.Parse("00112233445566778899aabbccddeeff"), 0, output, 0);
            Assert.AreEqual(HexBytes.Normalize("69c4e0d86a7b0430d8cdb78070b4c55a"), HexBytes.Format(output, 0, 16));
        }

        /// <summary>FIPS-197 Appendix B (cipher example): key 2b7e1516…, input 3243f6a8….</summary>
        [TestMethod]
        public void Encrypts_the_FIPS197_appendix_B_block()
        {
            aes.SetKey(HexBytes.Parse("2b7e151628aed2a6abf7158809cf4f3c"), 0);
            aes.EncryptBlock(HexBytes.Parse("3243f6a8885a308d313198a2e0370734"), 0, output, 0);
            Assert.AreEqual(HexBytes.Normalize("3925841d02dc09fbdc118597196a0b32"), HexBytes.Format(output, 0, 16));
        }

        /// <summary>Keys and blocks are read from and written to the given offsets, nothing outside them.</summary>
        [TestMethod]
        public void Honours_key_input_and_output_offsets()
        {
            byte[] key = HexBytes.Parse("ff 000102030405060708090a0b0c0d0e0f");
            byte[] input = HexBytes.Parse("eeee 00112233445566778899aabbccddeeff");
            byte[] shifted = new byte[20];
            aes.SetKey(key, 1);
            aes.EncryptBlock(input, 2, shifted, 3);
            Assert.AreEqual(HexBytes.Normalize("000000 69c4e0d86a7b0430d8cdb78070b4c55a 00"), HexBytes.Format(shifted, 0, 20));
        }

        /// <summary>Loading the key already loaded is reported as "no change" (a session reuses its two keys every frame).</summary>
        [TestMethod]
        public void Reports_whether_the_key_changed()
        {
            byte[] key = HexBytes.Parse("2b7e151628aed2a6abf7158809cf4f3c");
            aes.SetKey(HexBytes.Parse("000102030405060708090a0b0c0d0e0f"), 0);
            Assert.IsTrue(aes.SetKey(key, 0));
            Assert.IsFalse(aes.SetKey(key, 0));
        }
    }
}
