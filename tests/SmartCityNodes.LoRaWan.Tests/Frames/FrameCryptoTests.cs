// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using Microsoft.VisualStudio.TestTools.UnitTesting;
using SmartCityNodes.LoRaWan.Frames;

namespace SmartCityNodes.LoRaWan.Tests.Frames;

[TestClass]
public sealed class FrameCryptoTests
{
    [TestMethod]
    [DataRow(Vectors.UplinkTest, Vectors.NwkSKey, 0x49BE7DF1u, 2u, DisplayName = "FPort 1, 'test'")]
    [DataRow(Vectors.UplinkEmptyPayload, Vectors.NwkSKey, 0x49BE7DF1u, 3u, DisplayName = "FPort 1, empty")]
    [DataRow(Vectors.UplinkPortZero, Vectors.PortZeroNwkSKey, 0xFC00DC06u, 0x74u, DisplayName = "FPort 0")]
    [DataRow(Vectors.UplinkQuickBrownFox, Vectors.NwkSKey, 0x49BE7DF1u, 4u, DisplayName = "44-byte payload")]
    public void UplinkMicMatchesPublishedFrames(string frameHex, string nwkSKey, uint devAddr, uint fCnt)
    {
        var frame = Hex.Parse(frameHex);
        var mic = new FrameCrypto().ComputeDataMic(Hex.Parse(nwkSKey), Direction.Uplink, devAddr, fCnt, frame, 0, frame.Length - 4);
        Assert.AreEqual(LittleEndian.ReadUInt32(frame, frame.Length - 4), mic);
    }

    [TestMethod]
    public void DownlinkMicUsesTheDownlinkDirection()
    {
        var frame = Hex.Parse(Vectors.DownlinkAck);
        var crypto = new FrameCrypto();
        var key = Hex.Parse(Vectors.NwkSKey);
        Assert.AreEqual(0x275DD6F9u, crypto.ComputeDataMic(key, Direction.Downlink, Vectors.DevAddr, 2, frame, 0, frame.Length - 4));
        Assert.AreNotEqual(0x275DD6F9u, crypto.ComputeDataMic(key, Direction.Uplink, Vectors.DevAddr, 2, frame, 0, frame.Length - 4));
    }

    [TestMethod]
    public void KeystreamDecryptsPublishedPayloads()
    {
        var frame = Hex.Parse(Vectors.UplinkQuickBrownFox);
        // FRMPayload sits after MHDR(1) FHDR(7) FPort(1) and before the MIC(4).
        new FrameCrypto().CryptPayload(Hex.Parse(Vectors.AppSKey), Direction.Uplink, Vectors.DevAddr, 4, frame, 9, frame.Length - 13);
        Assert.AreEqual(Vectors.QuickBrownFox, System.Text.Encoding.ASCII.GetString(frame, 9, frame.Length - 13));
    }

    [TestMethod]
    public void DerivesLoRaWan10SessionKeys()
    {
        var crypto = new FrameCrypto();
        var key = new byte[16];
        crypto.DeriveSessionKey(Hex.Parse(Vectors.AppKey), FrameCrypto.NwkSKeyPrefix, 0x376338, 0xAABBCC, 0xF18E, key, 0);
        Assert.AreEqual(Vectors.DerivedNwkSKey.ToUpperInvariant(), Hex.Of(key));
        crypto.DeriveSessionKey(Hex.Parse(Vectors.AppKey), FrameCrypto.AppSKeyPrefix, 0x376338, 0xAABBCC, 0xF18E, key, 0);
        Assert.AreEqual(Vectors.DerivedAppSKey.ToUpperInvariant(), Hex.Of(key));
    }
}
