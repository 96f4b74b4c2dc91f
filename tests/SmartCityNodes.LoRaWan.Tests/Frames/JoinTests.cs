// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using Microsoft.VisualStudio.TestTools.UnitTesting;
using SmartCityNodes.LoRaWan.Frames;

namespace SmartCityNodes.LoRaWan.Tests.Frames;

[TestClass]
public sealed class JoinTests
{
    private static readonly byte[] AppKey = Hex.Parse(Vectors.AppKey);

    [TestMethod]
    public void EncodesThePublishedJoinRequest()
    {
        var output = new byte[30];
        var status = JoinRequest.Encode(Vectors.JoinRequestJoinEui, Vectors.JoinRequestDevEui, Vectors.JoinRequestDevNonce, AppKey, new FrameCrypto(), output, 2, out var length);
        Assert.AreEqual(LoRaWanStatus.Ok, status);
        Assert.AreEqual(Vectors.JoinRequestFrame, Hex.Of(output, 2, length));
    }

    [TestMethod]
    public void JoinRequestRejectsBadArguments()
    {
        Assert.AreEqual(LoRaWanStatus.InvalidArgument, JoinRequest.Encode(1, 2, 3, new byte[15], new FrameCrypto(), new byte[23], 0, out _));
        Assert.AreEqual(LoRaWanStatus.BufferTooSmall, JoinRequest.Encode(1, 2, 3, AppKey, new FrameCrypto(), new byte[22], 0, out _));
    }

    [TestMethod]
    public void DecryptsThePublishedJoinAcceptAndDerivesKeys()
    {
        var result = new JoinAcceptResult();
        var frame = Hex.Parse(Vectors.JoinAcceptEncrypted);

        var status = new JoinAccept(new FrameCrypto()).Decode(AppKey, frame, 0, frame.Length, 0xF18E, false, 0, JoinNoncePolicy.MustIncrease, result);

        Assert.AreEqual(LoRaWanStatus.Ok, status);
        Assert.AreEqual(0x376338u, result.JoinNonce);
        Assert.AreEqual(0xAABBCCu, result.NetId);
        Assert.AreEqual(0x012CCDE7u, result.DevAddr);
        Assert.AreEqual(0, result.Rx1DrOffset);
        Assert.AreEqual(0, result.Rx2DataRate);
        Assert.AreEqual(1, result.RxDelaySeconds, "RxDelay 0 means 1 s (L2 1.0.4 §5.7)");
        Assert.IsFalse(result.HasCFList);
        // The same JoinNonce/NetID/DevNonce as lora-packet's key_gen_test.ts, so the same keys.
        Assert.AreEqual(Vectors.DerivedNwkSKey.ToUpperInvariant(), Hex.Of(result.NwkSKey));
        Assert.AreEqual(Vectors.DerivedAppSKey.ToUpperInvariant(), Hex.Of(result.AppSKey));
        Assert.AreEqual(Vectors.JoinAcceptEncrypted.ToUpperInvariant(), Hex.Of(frame), "the received frame is not modified");
    }

    [TestMethod]
    [DataRow(0x376337u, JoinNoncePolicy.MustIncrease, LoRaWanStatus.Ok)]
    [DataRow(0x376338u, JoinNoncePolicy.MustIncrease, LoRaWanStatus.JoinNonceNotNew)]
    [DataRow(0x376339u, JoinNoncePolicy.MustIncrease, LoRaWanStatus.JoinNonceNotNew)]
    [DataRow(0x376339u, JoinNoncePolicy.MustDiffer, LoRaWanStatus.Ok)]
    [DataRow(0x376338u, JoinNoncePolicy.MustDiffer, LoRaWanStatus.JoinNonceNotNew)]
    public void JoinNonceMustBeFresh(uint lastJoinNonce, JoinNoncePolicy policy, LoRaWanStatus expected)
    {
        var frame = Hex.Parse(Vectors.JoinAcceptEncrypted);
        var result = new JoinAcceptResult();
        Assert.AreEqual(expected, new JoinAccept(new FrameCrypto()).Decode(AppKey, frame, 0, frame.Length, 0xF18E, true, lastJoinNonce, policy, result));
        Assert.AreEqual(expected == LoRaWanStatus.Ok ? 0x376338u : 0u, result.JoinNonce);
    }

    public static IEnumerable<object[]> BadJoinAccepts()
    {
        var good = Hex.Parse(Vectors.JoinAcceptEncrypted);
        yield return new object[] { "empty", Array.Empty<byte>(), LoRaWanStatus.FrameTooShort };
        yield return new object[] { "truncated to 16", good.Take(16).ToArray(), LoRaWanStatus.JoinAcceptLengthInvalid };
        yield return new object[] { "18 bytes", good.Concat(new byte[] { 0 }).ToArray(), LoRaWanStatus.JoinAcceptLengthInvalid };
        var dataDown = (byte[])good.Clone();
        dataDown[0] = 0x60;
        yield return new object[] { "data-down MHDR", dataDown, LoRaWanStatus.WrongMType };
        var flipped = (byte[])good.Clone();
        flipped[5] ^= 0x01;
        yield return new object[] { "ciphertext bit flipped", flipped, LoRaWanStatus.MicMismatch };
        // The plain (unencrypted) form must not be accepted: decrypting it gives garbage and a wrong MIC.
        yield return new object[] { "unencrypted", Hex.Parse(Vectors.JoinAcceptPlain), LoRaWanStatus.MicMismatch };
    }

    [TestMethod]
    [DynamicData(nameof(BadJoinAccepts))]
    public void BadJoinAcceptsAreRejected(string name, byte[] frame, LoRaWanStatus expected)
    {
        var result = new JoinAcceptResult();
        Assert.AreEqual(expected, new JoinAccept(new FrameCrypto()).Decode(AppKey, frame, 0, frame.Length, 0xF18E, false, 0, JoinNoncePolicy.MustIncrease, result), name);
        Assert.AreEqual(0u, result.DevAddr, name);
    }

    [TestMethod]
    public void OffsetsNearIntMaxReturnAStatus()
    {
        var frame = Hex.Parse(Vectors.JoinAcceptEncrypted);
        Assert.AreEqual(LoRaWanStatus.InvalidArgument, new JoinAccept(new FrameCrypto()).Decode(AppKey, frame, int.MaxValue - 5, 17, 0, false, 0, JoinNoncePolicy.MustIncrease, new JoinAcceptResult()));
        Assert.AreEqual(LoRaWanStatus.BufferTooSmall, JoinRequest.Encode(1, 2, 3, AppKey, new FrameCrypto(), new byte[30], int.MaxValue - 5, out _));
    }

    [TestMethod]
    public void WrongAppKeyFailsTheMic()
    {
        var key = (byte[])AppKey.Clone();
        key[15] ^= 1;
        var frame = Hex.Parse(Vectors.JoinAcceptEncrypted);
        Assert.AreEqual(LoRaWanStatus.MicMismatch, new JoinAccept(new FrameCrypto()).Decode(key, frame, 0, frame.Length, 0xF18E, false, 0, JoinNoncePolicy.MustIncrease, new JoinAcceptResult()));
    }
}
