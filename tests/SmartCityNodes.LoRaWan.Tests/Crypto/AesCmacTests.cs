// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using Microsoft.VisualStudio.TestTools.UnitTesting;
using SmartCityNodes.LoRaWan.Crypto;

namespace SmartCityNodes.LoRaWan.Tests.Crypto;

/// <summary>RFC 4493 §4 test vectors (key 2b7e1516 28aed2a6 abf71588 09cf4f3c).</summary>
[TestClass]
public sealed class AesCmacTests
{
    private const string Rfc4493Key = "2b7e151628aed2a6abf7158809cf4f3c";
    private const string Message64 = "6bc1bee22e409f96e93d7e117393172aae2d8a571e03ac9c9eb76fac45af8e5130c81c46a35ce411e5fbc1191a0a52eff69f2445df4f9b17ad2b417be66c3710";

    [TestMethod]
    [DataRow(0, "bb1d6929e95937287fa37d129b756746", DisplayName = "Example 1: len 0")]
    [DataRow(16, "070a16b46b4d4144f79bdd9dd04a287c", DisplayName = "Example 2: len 16")]
    [DataRow(40, "dfa66747de9ae63030ca32611497c827", DisplayName = "Example 3: len 40")]
    [DataRow(64, "51f0bebf7e3b9d92fc49741779363cfe", DisplayName = "Example 4: len 64")]
    public void MatchesRfc4493(int length, string expected)
    {
        var message = Hex.Parse(Message64);
        var cmac = new AesCmac();
        cmac.SetKey(Hex.Parse(Rfc4493Key), 0);
        cmac.Update(message, 0, length);
        var mac = new byte[16];
        cmac.Final(mac, 0);
        Assert.AreEqual(expected.ToUpperInvariant(), Hex.Of(mac));
    }

    [TestMethod]
    public void IncrementalUpdatesInAnySplitGiveTheSameMac()
    {
        var message = Hex.Parse(Message64);
        var cmac = new AesCmac();
        cmac.SetKey(Hex.Parse(Rfc4493Key), 0);
        var mac = new byte[16];
        foreach (var split in new[] { 1, 15, 16, 17, 33, 63 })
        {
            cmac.Update(message, 0, split);
            cmac.Update(message, split, 64 - split);
            cmac.Final(mac, 0);
            Assert.AreEqual("51F0BEBF7E3B9D92FC49741779363CFE", Hex.Of(mac), $"split at {split}");
        }
    }

    [TestMethod]
    public void FinalMicIsTheFirstFourBytesLittleEndian()
    {
        var cmac = new AesCmac();
        cmac.SetKey(Hex.Parse(Rfc4493Key), 0);
        cmac.Update(Hex.Parse(Message64), 0, 16);
        // MAC 070a16b4...: the wire bytes 07 0a 16 b4 read little-endian.
        Assert.AreEqual(0xB4160A07u, cmac.FinalMic());
    }
}
