// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using Microsoft.VisualStudio.TestTools.UnitTesting;
using SmartCityNodes.LoRaWan.Crypto;

namespace SmartCityNodes.LoRaWan.Tests.Crypto;

[TestClass]
public sealed class Aes128Tests
{
    // FIPS-197 Appendix C.1 (AES-128) and Appendix B (the cipher example), and RFC 4493 §4 "AES-128(key,0)".
    [TestMethod]
    [DataRow("000102030405060708090a0b0c0d0e0f", "00112233445566778899aabbccddeeff", "69c4e0d86a7b0430d8cdb78070b4c55a", DisplayName = "FIPS-197 C.1")]
    [DataRow("2b7e151628aed2a6abf7158809cf4f3c", "3243f6a8885a308d313198a2e0370734", "3925841d02dc09fbdc118597196a0b32", DisplayName = "FIPS-197 Appendix B")]
    [DataRow("2b7e151628aed2a6abf7158809cf4f3c", "00000000000000000000000000000000", "7df76b0c1ab899b33e42f047b91b546f", DisplayName = "RFC 4493 L")]
    public void EncryptsPublishedVectors(string key, string plaintext, string ciphertext)
    {
        var aes = new Aes128();
        aes.SetKey(Hex.Parse(key), 0);
        var output = new byte[16];
        aes.EncryptBlock(Hex.Parse(plaintext), 0, output, 0);
        Assert.AreEqual(ciphertext.ToUpperInvariant(), Hex.Of(output));
    }

    [TestMethod]
    public void EncryptsInPlaceAndSwitchesKeys()
    {
        var aes = new Aes128();
        var block = Hex.Parse("00112233445566778899aabbccddeeff");
        aes.SetKey(Hex.Parse("2b7e151628aed2a6abf7158809cf4f3c"), 0);
        aes.SetKey(Hex.Parse("000102030405060708090a0b0c0d0e0f"), 0);
        aes.EncryptBlock(block, 0, block, 0);
        Assert.AreEqual("69C4E0D86A7B0430D8CDB78070B4C55A", Hex.Of(block));
    }
}
