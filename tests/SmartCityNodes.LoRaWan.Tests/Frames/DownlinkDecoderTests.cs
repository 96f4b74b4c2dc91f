// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using Microsoft.VisualStudio.TestTools.UnitTesting;
using SmartCityNodes.LoRaWan.Frames;

namespace SmartCityNodes.LoRaWan.Tests.Frames;

[TestClass]
public sealed class DownlinkDecoderTests
{
    private static Session NewSession(uint nFCntDown = 0, bool downlinkReceived = false)
    {
        var session = new Session();
        session.ActivateByPersonalization(Vectors.DevAddr, Hex.Parse(Vectors.NwkSKey), Hex.Parse(Vectors.AppSKey), 10, nFCntDown, downlinkReceived);
        return session;
    }

    [TestMethod]
    public void DecodesThePublishedAckDownlink()
    {
        var session = NewSession();
        var result = new DownlinkFrame();
        var frame = Hex.Parse(Vectors.DownlinkAck);

        Assert.AreEqual(LoRaWanStatus.Ok, new DownlinkDecoder().Decode(session, frame, 0, frame.Length, result));

        Assert.IsFalse(result.Confirmed);
        Assert.IsTrue(result.Ack);
        Assert.IsFalse(result.Adr);
        Assert.AreEqual(2u, result.FCnt);
        Assert.AreEqual(1, result.FPort);
        Assert.AreEqual(0, result.PayloadLength);
        Assert.AreEqual(2u, session.NFCntDown);
        Assert.IsTrue(session.DownlinkReceived);
    }

    [TestMethod]
    public void DecryptsPayloadAndHandsOutFOpts()
    {
        var session = NewSession();
        var fOpts = new byte[] { 0x02, 0x14, 0x03 }; // LinkCheckAns: margin 20 dB, 3 gateways (L2 1.0.4 §5.2)
        var frame = TestDownlinks.Build(session, confirmed: true, fCtrl: 0x80 | 0x10, fCnt: 7, fOpts, fPort: 42, payload: new byte[] { 1, 2, 3, 4, 5 });
        var result = new DownlinkFrame();

        Assert.AreEqual(LoRaWanStatus.Ok, new DownlinkDecoder().Decode(session, frame, 0, frame.Length, result));

        Assert.IsTrue(result.Confirmed);
        Assert.IsTrue(result.Adr);
        Assert.IsTrue(result.FPending);
        Assert.AreEqual("021403", Hex.Of(result.FOpts, 0, result.FOptsLength));
        Assert.AreEqual(42, result.FPort);
        Assert.AreEqual("0102030405", Hex.Of(result.Payload, 0, result.PayloadLength));
    }

    [TestMethod]
    public void PortZeroPayloadIsDecryptedWithTheNetworkKey()
    {
        var session = NewSession();
        var frame = TestDownlinks.Build(session, false, 0, 1, Array.Empty<byte>(), 0, new byte[] { 0x06 }); // DevStatusReq
        var result = new DownlinkFrame();
        Assert.AreEqual(LoRaWanStatus.Ok, new DownlinkDecoder().Decode(session, frame, 0, frame.Length, result));
        Assert.AreEqual(0, result.FPort);
        Assert.AreEqual("06", Hex.Of(result.Payload, 0, result.PayloadLength));
    }

    // Counter reconstruction (L2 1.0.4 §4.3.1.5): the wire carries the low 16 bits of a 32-bit counter.
    [TestMethod]
    [DataRow(0x0000FFF0u, true, (ushort)0x0005, 0x00010005u, DisplayName = "wraps the low 16 bits: FFF0 -> 1_0005")]
    [DataRow(0x00012345u, true, (ushort)0x2346, 0x00012346u, DisplayName = "next counter keeps the high bits")]
    [DataRow(0u, false, (ushort)0, 0u, DisplayName = "first downlink may be 0")]
    [DataRow(0u, false, (ushort)20000, 20000u, DisplayName = "first downlink may be far ahead (no MAX_FCNT_GAP in 1.0.4)")]
    [DataRow(100u, true, (ushort)30000, 30000u, DisplayName = "any jump within one roll-over is accepted")]
    [DataRow(0xFFFEFFF0u, true, (ushort)0x0001, 0xFFFF0001u, DisplayName = "last roll-over of the 32-bit counter")]
    public void ReconstructsThe32BitCounter(uint last, bool received, ushort wire, uint expected)
    {
        var session = NewSession(last, received);
        Assert.AreEqual(LoRaWanStatus.Ok, DownlinkDecoder.ReconstructCounter(session, wire, out var counter));
        Assert.AreEqual(expected, counter);
    }

    [TestMethod]
    public void CounterEndOfTheSessionIsRejected()
    {
        // last = FFFF_FFF0: a wire value below FFF0 would need a 33rd bit.
        var session = NewSession(0xFFFFFFF0, true);
        Assert.AreEqual(LoRaWanStatus.CounterTooOld, DownlinkDecoder.ReconstructCounter(session, 0x0001, out _));
        Assert.AreEqual(LoRaWanStatus.Ok, DownlinkDecoder.ReconstructCounter(session, 0xFFF1, out var counter));
        Assert.AreEqual(0xFFFFFFF1u, counter);
    }

    [TestMethod]
    public void AcceptsAWrappedCounterAndVerifiesTheMicWithAll32Bits()
    {
        var session = NewSession(0x0000FFF0, true);
        var sender = NewSession();
        var frame = TestDownlinks.Build(sender, false, 0, 0x00010005, Array.Empty<byte>(), 3, new byte[] { 9 });
        var result = new DownlinkFrame();
        Assert.AreEqual(LoRaWanStatus.Ok, new DownlinkDecoder().Decode(session, frame, 0, frame.Length, result));
        Assert.AreEqual(0x00010005u, session.NFCntDown);
    }

    public static IEnumerable<object[]> MalformedFrames()
    {
        var session = NewSession(100, true);
        var good = TestDownlinks.Build(session, false, 0, 101, new byte[] { 0x02, 0x14, 0x03 }, 1, new byte[] { 1, 2 });

        yield return new object[] { "empty", Array.Empty<byte>(), LoRaWanStatus.FrameTooShort };
        yield return new object[] { "11 bytes", good.Take(11).ToArray(), LoRaWanStatus.FrameTooShort };
        yield return new object[] { "256 bytes", new byte[256], LoRaWanStatus.FrameTooLong };
        var badMajor = (byte[])good.Clone();
        badMajor[0] |= 0x01;
        yield return new object[] { "Major 1", badMajor, LoRaWanStatus.UnsupportedMajor };
        var uplinkType = (byte[])good.Clone();
        uplinkType[0] = Mhdr.Encode(MType.UnconfirmedDataUp);
        yield return new object[] { "uplink MType", uplinkType, LoRaWanStatus.WrongMType };
        var joinAccept = (byte[])good.Clone();
        joinAccept[0] = Mhdr.Encode(MType.JoinAccept);
        yield return new object[] { "Join-Accept MType", joinAccept, LoRaWanStatus.WrongMType };
        var otherDevice = (byte[])good.Clone();
        otherDevice[1] ^= 0x01;
        yield return new object[] { "other DevAddr", otherDevice, LoRaWanStatus.WrongDevAddr };
        var oversizeFOpts = (byte[])good.Clone();
        oversizeFOpts[5] = 0x0F; // FOptsLen 15, but the frame holds only 3 + FPort + 2 bytes before the MIC
        yield return new object[] { "FOptsLen past the end", oversizeFOpts, LoRaWanStatus.FOptsLengthInvalid };
        var flipped = (byte[])good.Clone();
        flipped[^6] ^= 0x80; // a payload bit
        yield return new object[] { "payload bit flipped", flipped, LoRaWanStatus.MicMismatch };
        var badMic = (byte[])good.Clone();
        badMic[^1] ^= 0xFF;
        yield return new object[] { "MIC changed", badMic, LoRaWanStatus.MicMismatch };
        var replay = TestDownlinks.Build(session, false, 0, 100, Array.Empty<byte>(), -1, Array.Empty<byte>());
        yield return new object[] { "replay of FCnt 100", replay, LoRaWanStatus.CounterReplay };
        var old = TestDownlinks.Build(session, false, 0, 99, Array.Empty<byte>(), -1, Array.Empty<byte>());
        yield return new object[] { "FCnt 99 after 100", old, LoRaWanStatus.CounterTooOld };
        var forgedOld = TestDownlinks.Build(session, false, 0, 99, Array.Empty<byte>(), -1, Array.Empty<byte>());
        forgedOld[^1] ^= 1;
        yield return new object[] { "FCnt 99 after 100 with a bad MIC", forgedOld, LoRaWanStatus.MicMismatch };
        yield return new object[] { "offset past the end", good, LoRaWanStatus.InvalidArgument };
        var wrongKey = NewSession(100, true);
        wrongKey.NwkSKey[0] ^= 1;
        yield return new object[] { "MIC with another NwkSKey", TestDownlinks.Build(wrongKey, false, 0, 101, Array.Empty<byte>(), 1, new byte[] { 1 }), LoRaWanStatus.MicMismatch };
        var portZeroWithFOpts = TestDownlinks.Build(session, false, 0, 101, new byte[] { 0x06 }, 0, new byte[] { 0x06 });
        yield return new object[] { "FOpts and FPort 0", portZeroWithFOpts, LoRaWanStatus.PortZeroWithFOpts };
    }

    [TestMethod]
    [DynamicData(nameof(MalformedFrames))]
    public void MalformedFramesAreRejectedAndChangeNothing(string name, byte[] frame, LoRaWanStatus expected)
    {
        var session = NewSession(100, true);
        var result = new DownlinkFrame { FPort = 77 };

        var offset = name == "offset past the end" ? int.MaxValue - 4 : 0;
        var status = new DownlinkDecoder().Decode(session, frame, offset, frame.Length, result);

        Assert.AreEqual(expected, status, name);
        Assert.AreEqual(100u, session.NFCntDown, name);
        Assert.IsTrue(session.DownlinkReceived, name);
        Assert.AreEqual(77, result.FPort, "the result is untouched: " + name);
    }

    [TestMethod]
    public void DecodeAllocatesNothing()
    {
        var session = NewSession();
        var decoder = new DownlinkDecoder();
        var result = new DownlinkFrame();
        var frames = Enumerable.Range(1, 200).Select(i => TestDownlinks.Build(NewSession(), false, 0, (uint)i, new byte[] { 2 }, 5, new byte[40])).ToArray();
        decoder.Decode(session, frames[0], 0, frames[0].Length, result);

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 1; i < frames.Length; i++)
        {
            Assert.AreEqual(LoRaWanStatus.Ok, decoder.Decode(session, frames[i], 0, frames[i].Length, result));
        }

        Assert.AreEqual(0L, GC.GetAllocatedBytesForCurrentThread() - before);
    }
}
