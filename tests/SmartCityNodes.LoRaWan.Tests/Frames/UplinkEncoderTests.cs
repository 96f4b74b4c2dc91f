// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using Microsoft.VisualStudio.TestTools.UnitTesting;
using SmartCityNodes.LoRaWan.Frames;

namespace SmartCityNodes.LoRaWan.Tests.Frames;

[TestClass]
public sealed class UplinkEncoderTests
{
    private const int EuDr0MaxMacPayload = 59; // RP002-1.0.4 EU868 DR0: M = 59
    private const int EuDr5MaxMacPayload = 250; // EU868 DR5: M = 250

    private static Session VectorSession(uint fCntUp)
    {
        var session = new Session();
        session.ActivateByPersonalization(Vectors.DevAddr, Hex.Parse(Vectors.NwkSKey), Hex.Parse(Vectors.AppSKey), fCntUp, 0, false);
        return session;
    }

    [TestMethod]
    [DataRow(Vectors.UplinkTest, 2u, "test", DisplayName = "FCnt 2, 'test'")]
    [DataRow(Vectors.UplinkEmptyPayload, 3u, "", DisplayName = "FCnt 3, empty payload")]
    [DataRow(Vectors.UplinkQuickBrownFox, 4u, Vectors.QuickBrownFox, DisplayName = "FCnt 4, 44 bytes")]
    public void EncodesPublishedFramesByteForByte(string expectedHex, uint fCnt, string text)
    {
        var frame = new UplinkFrame();
        var payload = System.Text.Encoding.ASCII.GetBytes(text);
        frame.SetPayload(1, payload, 0, payload.Length);
        var output = new byte[255];

        var status = new UplinkEncoder().Encode(VectorSession(fCnt), frame, EuDr5MaxMacPayload, output, 0, out var length);

        Assert.AreEqual(LoRaWanStatus.Ok, status);
        Assert.AreEqual(expectedHex.ToUpperInvariant(), Hex.Of(output, 0, length));
    }

    [TestMethod]
    public void EncodesHeaderFieldsAndFOpts()
    {
        var frame = new UplinkFrame { Confirmed = true, Adr = true, AdrAckReq = true, Ack = true, ClassB = false };
        frame.FOpts[0] = 0x02; // LinkCheckReq (L2 1.0.4 §5, CID 0x02)
        frame.FOptsLength = 1;
        frame.SetPayload(10, new byte[] { 0xAA }, 0, 1);
        var session = VectorSession(0x0001_0203); // 32-bit counter: only 0x0203 goes on the wire
        var output = new byte[64];

        Assert.AreEqual(LoRaWanStatus.Ok, new UplinkEncoder().Encode(session, frame, EuDr0MaxMacPayload, output, 3, out var length));

        // MHDR 0x80 = ConfirmedDataUp (100 << 5); DevAddr LE; FCtrl 0xE1 = ADR|ADRACKReq|ACK|FOptsLen 1; FCnt 03 02.
        Assert.AreEqual(1 + 7 + 1 + 1 + 1 + 4, length);
        Assert.AreEqual("80F17DBE49E1030202" + "0A", Hex.Of(output, 3, 10));
        // Payload encrypted with AppSKey under the full 32-bit counter (checked with .NET's AES).
        Assert.AreEqual(Hex.Of(ReferenceAes.Crypt(session.AppSKey, 0, Vectors.DevAddr, 0x0001_0203, new byte[] { 0xAA })), Hex.Of(output, 3 + 10, 1));
        // The MIC covers the full 32-bit counter in B0 (L2 1.0.4 §4.4), not only the wire bits: it differs from the
        // MIC over the same bytes with the counter's upper half zeroed. (MIC values themselves are checked by the vectors.)
        var crypto = new FrameCrypto();
        Assert.AreEqual(crypto.ComputeDataMic(session.NwkSKey, Direction.Uplink, Vectors.DevAddr, 0x0001_0203, output, 3, length - 4), LittleEndian.ReadUInt32(output, 3 + length - 4));
        Assert.AreNotEqual(crypto.ComputeDataMic(session.NwkSKey, Direction.Uplink, Vectors.DevAddr, 0x0203, output, 3, length - 4), LittleEndian.ReadUInt32(output, 3 + length - 4));
        Assert.AreEqual(0x0001_0203u, session.FCntUp, "the encoder never advances the counter");
    }

    [TestMethod]
    public void PortZeroEncryptsWithTheNetworkKey()
    {
        // Reproduce the published FPort-0 frame: its plaintext is its ciphertext decrypted with NwkSKey by .NET's AES.
        var published = Hex.Parse(Vectors.UplinkPortZero);
        var plain = ReferenceAes.Crypt(Hex.Parse(Vectors.PortZeroNwkSKey), 0, 0xFC00DC06, 0x74, new[] { published[9] });

        var session = new Session();
        session.ActivateByPersonalization(0xFC00DC06, Hex.Parse(Vectors.PortZeroNwkSKey), new byte[16], 0x74, 0, false);
        var frame = new UplinkFrame { Adr = true, AdrAckReq = true };
        frame.SetPayload(0, plain, 0, 1);
        var output = new byte[32];

        Assert.AreEqual(LoRaWanStatus.Ok, new UplinkEncoder().Encode(session, frame, EuDr0MaxMacPayload, output, 0, out var length));
        Assert.AreEqual(Vectors.UplinkPortZero, Hex.Of(output, 0, length));
    }

    [TestMethod]
    public void FrameWithoutPortHasOnlyHeaderAndMic()
    {
        var output = new byte[32];
        var frame = new UplinkFrame();
        frame.FOpts[0] = 0x02;
        frame.FOptsLength = 1;
        Assert.AreEqual(LoRaWanStatus.Ok, new UplinkEncoder().Encode(VectorSession(5), frame, EuDr0MaxMacPayload, output, 0, out var length));
        Assert.AreEqual(1 + 7 + 1 + 4, length);
    }

    // M = FHDR(7) + FOpts + FPort(1) + FRMPayload; EU868 DR0 allows M = 59, so FRMPayload 51 fits and 52 does not.
    [TestMethod]
    [DataRow(51, 0, LoRaWanStatus.Ok)]
    [DataRow(52, 0, LoRaWanStatus.PayloadTooLong)]
    [DataRow(46, 5, LoRaWanStatus.Ok)]
    [DataRow(47, 5, LoRaWanStatus.PayloadTooLong)]
    public void PayloadIsCheckedAgainstTheDataRateLimit(int payloadLength, int fOptsLength, LoRaWanStatus expected)
    {
        var frame = new UplinkFrame { FOptsLength = fOptsLength };
        frame.SetPayload(1, new byte[payloadLength], 0, payloadLength);
        var output = new byte[255];
        Assert.AreEqual(expected, new UplinkEncoder().Encode(VectorSession(0), frame, EuDr0MaxMacPayload, output, 0, out var length));
        Assert.AreEqual(expected == LoRaWanStatus.Ok ? 1 + 7 + fOptsLength + 1 + payloadLength + 4 : 0, length);
    }

    [TestMethod]
    public void RejectsInvalidFramesWithoutTouchingTheOutput()
    {
        var encoder = new UplinkEncoder();
        var output = new byte[255];
        Array.Fill(output, (byte)0x5A);

        var tooManyFOpts = new UplinkFrame { FOptsLength = 16 };
        Assert.AreEqual(LoRaWanStatus.FOptsTooLong, encoder.Encode(VectorSession(0), tooManyFOpts, 250, output, 0, out _));

        var port224 = new UplinkFrame();
        port224.SetPayload(224, new byte[1], 0, 1);
        Assert.AreEqual(LoRaWanStatus.InvalidPort, encoder.Encode(VectorSession(0), port224, 250, output, 0, out _));

        var portZeroWithFOpts = new UplinkFrame { FOptsLength = 1 };
        portZeroWithFOpts.SetPayload(0, new byte[1], 0, 1);
        Assert.AreEqual(LoRaWanStatus.PortZeroWithFOpts, encoder.Encode(VectorSession(0), portZeroWithFOpts, 250, output, 0, out _));

        var payloadWithoutPort = new UplinkFrame { Payload = new byte[4], PayloadLength = 4 };
        Assert.AreEqual(LoRaWanStatus.InvalidPort, encoder.Encode(VectorSession(0), payloadWithoutPort, 250, output, 0, out _));

        var small = new UplinkFrame();
        small.SetPayload(1, new byte[10], 0, 10);
        Assert.AreEqual(LoRaWanStatus.BufferTooSmall, encoder.Encode(VectorSession(0), small, 250, output, output.Length - 20, out _));

        Assert.AreEqual(LoRaWanStatus.CounterExhausted, encoder.Encode(VectorSession(uint.MaxValue), small, 250, output, 0, out _));

        // Offsets near int.MaxValue must not overflow into an exception.
        Assert.AreEqual(LoRaWanStatus.BufferTooSmall, encoder.Encode(VectorSession(0), small, 250, output, int.MaxValue - 3, out _));
        var hugeOffset = new UplinkFrame();
        hugeOffset.SetPayload(1, new byte[4], int.MaxValue, 4);
        Assert.AreEqual(LoRaWanStatus.InvalidArgument, encoder.Encode(VectorSession(0), hugeOffset, 250, output, 0, out _));
        Assert.AreEqual(LoRaWanStatus.InvalidArgument, encoder.Encode(VectorSession(0), small, -1, output, 0, out _));

        Assert.IsTrue(output.All(b => b == 0x5A), "a rejected frame writes nothing");
    }

    [TestMethod]
    public void TheMacPayloadIsCappedAt250WhateverTheCallerSays()
    {
        // 255-byte PHYPayload = MHDR 1 + M 250 + MIC 4: FRMPayload 242 fits, 243 does not, even with M = 1000.
        var output = new byte[300];
        var fits = new UplinkFrame();
        fits.SetPayload(1, new byte[242], 0, 242);
        Assert.AreEqual(LoRaWanStatus.Ok, new UplinkEncoder().Encode(VectorSession(0), fits, 1000, output, 0, out var length));
        Assert.AreEqual(255, length);
        var tooLong = new UplinkFrame();
        tooLong.SetPayload(1, new byte[243], 0, 243);
        Assert.AreEqual(LoRaWanStatus.PayloadTooLong, new UplinkEncoder().Encode(VectorSession(0), tooLong, 1000, output, 0, out _));
    }

    [TestMethod]
    public void CertificationPortNeedsToBeEnabled()
    {
        var frame = new UplinkFrame();
        frame.SetPayload(224, new byte[] { 1 }, 0, 1);
        var output = new byte[32];
        var encoder = new UplinkEncoder();
        Assert.AreEqual(LoRaWanStatus.InvalidPort, encoder.Encode(VectorSession(0), frame, 250, output, 0, out _));
        encoder.CertificationPortEnabled = true;
        Assert.AreEqual(LoRaWanStatus.Ok, encoder.Encode(VectorSession(0), frame, 250, output, 0, out _));
        frame.FPort = 225;
        Assert.AreEqual(LoRaWanStatus.InvalidPort, encoder.Encode(VectorSession(0), frame, 250, output, 0, out _));
    }

    [TestMethod]
    public void AbpActivationRejectsBadKeysWithoutChangingTheSession()
    {
        var session = VectorSession(7);
        Assert.AreEqual(LoRaWanStatus.InvalidArgument, session.ActivateByPersonalization(1, null!, new byte[16], 0, 0, false));
        Assert.AreEqual(LoRaWanStatus.InvalidArgument, session.ActivateByPersonalization(1, new byte[16], new byte[15], 0, 0, false));
        Assert.AreEqual(Vectors.DevAddr, session.DevAddr);
        Assert.AreEqual(7u, session.FCntUp);
    }

    [TestMethod]
    public void EncodingAllocatesNothingAfterWarmUp()
    {
        var encoder = new UplinkEncoder();
        var session = VectorSession(0);
        var frame = new UplinkFrame();
        var payload = new byte[51];
        var output = new byte[255];
        frame.SetPayload(1, payload, 0, payload.Length);
        encoder.Encode(session, frame, 250, output, 0, out _);

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (uint i = 0; i < 1000; i++)
        {
            session.FCntUp = i;
            encoder.Encode(session, frame, 250, output, 0, out _);
        }

        Assert.AreEqual(0L, GC.GetAllocatedBytesForCurrentThread() - before);
    }
}
