// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using System.Text.Json.Nodes;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using SmartCityNodes.LoRaWan;
using SmartCityNodes.LoRaWan.Frames;

namespace SmartCityNodes.Interop.Tests;

/// <summary>
/// Our frames against an implementation nobody here wrote: lora-packet 0.9.3 (npm). Seeded randomness, so a
/// failure reproduces; every case is checked field by field.
/// </summary>
[TestClass]
public sealed class LoraPacketInteropTests
{
    private const int Cases = 300;

    private static string Hex(byte[] bytes) => Convert.ToHexString(bytes).ToLowerInvariant();

    private static byte[] RandomBytes(Random random, int count)
    {
        var bytes = new byte[count];
        random.NextBytes(bytes);
        return bytes;
    }

    [TestMethod]
    public void LoraPacketVerifiesAndDecryptsOurUplinks()
    {
        var random = new Random(20261128);
        var encoder = new UplinkEncoder();
        var expected = new List<(Session Session, UplinkFrame Frame, byte[] Payload)>();
        var frames = new JsonArray();
        for (var i = 0; i < Cases; i++)
        {
            var session = new Session();
            var fCnt = random.Next(4) == 0 ? (uint)random.Next(0, 70_000) : (uint)random.NextInt64(0, uint.MaxValue);
            session.ActivateByPersonalization((uint)random.NextInt64(0, uint.MaxValue), RandomBytes(random, 16), RandomBytes(random, 16), fCnt, 0, false);
            var frame = new UplinkFrame { Confirmed = random.Next(2) == 0, Adr = random.Next(2) == 0, AdrAckReq = random.Next(2) == 0, Ack = random.Next(2) == 0 };
            var fPort = random.Next(6) == 0 ? 0 : random.Next(1, 224);
            if (fPort != 0)
            {
                frame.FOptsLength = random.Next(0, 16);
                random.NextBytes(frame.FOpts);
            }

            var payload = RandomBytes(random, random.Next(fPort == 0 ? 1 : 0, 223));
            frame.SetPayload(fPort, payload, 0, payload.Length);
            var output = new byte[255];
            Assert.AreEqual(LoRaWanStatus.Ok, encoder.Encode(session, frame, 250, output, 0, out var length), $"case {i}");
            expected.Add((session, frame, payload));
            frames.Add(new JsonObject
            {
                ["phy"] = Hex(output[..length]),
                ["nwkSKey"] = Hex(session.NwkSKey),
                ["appSKey"] = Hex(session.AppSKey),
                ["fcnt"] = session.FCntUp,
            });
        }

        var answers = LoraPacketPeer.Call("verifyUplinks", "frames", frames);

        for (var i = 0; i < Cases; i++)
        {
            var (session, frame, payload) = expected[i];
            var answer = answers[i]!;
            var name = $"case {i}";
            Assert.IsTrue(answer["micValid"]!.GetValue<bool>(), name);
            Assert.AreEqual(frame.Confirmed ? "Confirmed Data Up" : "Unconfirmed Data Up", answer["mType"]!.GetValue<string>(), name);
            Assert.AreEqual(session.DevAddr.ToString("x8"), answer["devAddr"]!.GetValue<string>(), name);
            Assert.AreEqual((int)(session.FCntUp & 0xFFFF), answer["fCnt"]!.GetValue<int>(), name);
            Assert.AreEqual(frame.FPort, answer["fPort"]!.GetValue<int>(), name);
            Assert.AreEqual(frame.Adr, answer["adr"]!.GetValue<bool>(), name);
            Assert.AreEqual(frame.AdrAckReq, answer["adrAckReq"]!.GetValue<bool>(), name);
            Assert.AreEqual(frame.Ack, answer["ack"]!.GetValue<bool>(), name);
            Assert.AreEqual(Hex(frame.FOpts[..frame.FOptsLength]), answer["fOpts"]!.GetValue<string>(), name);
            Assert.AreEqual(Hex(payload), answer["payload"]!.GetValue<string>(), name);
        }
    }

    [TestMethod]
    public void OurStackAcceptsLoraPacketDownlinksAndRejectsTamperedOnes()
    {
        var random = new Random(4493);
        var nwkSKey = RandomBytes(random, 16);
        var appSKey = RandomBytes(random, 16);
        const uint devAddr = 0x26011BDA;
        var specs = new JsonArray();
        var plan = new List<(bool Confirmed, bool Adr, bool Ack, bool FPending, uint FCnt, byte[] FOpts, int FPort, byte[] Payload)>();
        uint fCnt = 65_000; // crosses the 16-bit boundary partway through
        for (var i = 0; i < Cases; i++)
        {
            fCnt += (uint)random.Next(1, 40);
            var fPort = random.Next(5) == 0 ? 0 : random.Next(1, 224);
            var fOpts = fPort == 0 ? Array.Empty<byte>() : RandomBytes(random, random.Next(0, 16));
            var payload = RandomBytes(random, random.Next(fPort == 0 ? 1 : 0, 200));
            var item = (random.Next(2) == 0, random.Next(2) == 0, random.Next(2) == 0, random.Next(2) == 0, fCnt, fOpts, fPort, payload);
            plan.Add(item);
            specs.Add(new JsonObject
            {
                ["confirmed"] = item.Item1, ["adr"] = item.Item2, ["ack"] = item.Item3, ["fPending"] = item.Item4,
                ["devAddr"] = devAddr.ToString("x8"), ["fcnt"] = fCnt, ["fOpts"] = Hex(fOpts), ["fPort"] = fPort,
                ["payload"] = Hex(payload), ["nwkSKey"] = Hex(nwkSKey), ["appSKey"] = Hex(appSKey),
            });
        }

        var built = LoraPacketPeer.Call("buildDownlinks", "downlinks", specs);
        var session = new Session();
        session.ActivateByPersonalization(devAddr, nwkSKey, appSKey, 0, 64_990, true);
        var decoder = new DownlinkDecoder();
        var result = new DownlinkFrame();

        for (var i = 0; i < Cases; i++)
        {
            var name = $"case {i}";
            var frame = Convert.FromHexString(built[i]!["phy"]!.GetValue<string>());
            var (confirmed, adr, ack, fPending, expectedFCnt, fOpts, fPort, payload) = plan[i];

            // A tampered copy first: one random bit flipped anywhere must be rejected without changing the session.
            var tampered = (byte[])frame.Clone();
            var bit = random.Next(tampered.Length * 8);
            tampered[bit / 8] ^= (byte)(1 << (bit % 8));
            var before = session.NFCntDown;
            Assert.AreNotEqual(LoRaWanStatus.Ok, decoder.Decode(session, tampered, 0, tampered.Length, result), name + " tampered bit " + bit);
            Assert.AreEqual(before, session.NFCntDown, name);

            Assert.AreEqual(LoRaWanStatus.Ok, decoder.Decode(session, frame, 0, frame.Length, result), name);
            Assert.AreEqual(confirmed, result.Confirmed, name);
            Assert.AreEqual(adr, result.Adr, name);
            Assert.AreEqual(ack, result.Ack, name);
            Assert.AreEqual(fPending, result.FPending, name);
            Assert.AreEqual(expectedFCnt, result.FCnt, name);
            Assert.AreEqual(Hex(fOpts), Hex(result.FOpts[..result.FOptsLength]), name);
            Assert.AreEqual(fPort, result.FPort, name);
            Assert.AreEqual(Hex(payload), Hex(result.Payload[..result.PayloadLength]), name);

            // The same frame again is a replay.
            Assert.AreEqual(LoRaWanStatus.CounterReplay, decoder.Decode(session, frame, 0, frame.Length, result), name);
        }
    }

    [TestMethod]
    public void OurStackAcceptsLoraPacketJoinAcceptsAndDerivesTheSameKeys()
    {
        var random = new Random(6223);
        var specs = new JsonArray();
        var plan = new List<(byte[] AppKey, uint JoinNonce, uint NetId, uint DevAddr, int DlSettings, int RxDelay, byte[]? CFList, ushort DevNonce)>();
        for (var i = 0; i < 100; i++)
        {
            byte[]? cfList = null;
            if (random.Next(2) == 0)
            {
                // EU-style CFList: five 24-bit frequencies / 100 Hz, then CFListType 0 (RP002-1.0.4 §2.4.4).
                cfList = new byte[16];
                for (var c = 0; c < 5; c++)
                {
                    var frequency = (867_100_000u + (uint)(200_000 * c)) / 100;
                    cfList[3 * c] = (byte)frequency;
                    cfList[3 * c + 1] = (byte)(frequency >> 8);
                    cfList[3 * c + 2] = (byte)(frequency >> 16);
                }
            }

            var item = (RandomBytes(random, 16), (uint)random.Next(1, 1 << 24), (uint)random.Next(0, 1 << 24), (uint)random.NextInt64(0, uint.MaxValue),
                random.Next(0, 0x80), random.Next(0, 16), cfList, (ushort)random.Next(0, 65536));
            plan.Add(item);
            var spec = new JsonObject
            {
                ["appKey"] = Hex(item.Item1), ["joinNonce"] = item.Item2.ToString("x6"), ["netId"] = item.Item3.ToString("x6"),
                ["devAddr"] = item.Item4.ToString("x8"), ["dlSettings"] = item.Item5, ["rxDelay"] = item.Item6,
                ["devNonce"] = item.Item8.ToString("x4"),
            };
            if (cfList != null)
            {
                spec["cfList"] = Hex(cfList);
            }

            specs.Add(spec);
        }

        var built = LoraPacketPeer.Call("buildJoinAccepts", "joinAccepts", specs);
        var joinAccept = new JoinAccept(new FrameCrypto());
        for (var i = 0; i < plan.Count; i++)
        {
            var name = $"case {i}";
            var (appKey, joinNonce, netId, devAddr, dlSettings, rxDelay, cfList, devNonce) = plan[i];
            var frame = Convert.FromHexString(built[i]!["phy"]!.GetValue<string>());
            var result = new JoinAcceptResult();

            var tampered = (byte[])frame.Clone();
            tampered[1 + random.Next(tampered.Length - 1)] ^= (byte)(1 << random.Next(8));
            Assert.AreEqual(LoRaWanStatus.MicMismatch, joinAccept.Decode(appKey, tampered, 0, tampered.Length, devNonce, false, 0, JoinNoncePolicy.MustIncrease, result), name);

            Assert.AreEqual(LoRaWanStatus.Ok, joinAccept.Decode(appKey, frame, 0, frame.Length, devNonce, true, joinNonce - 1, JoinNoncePolicy.MustIncrease, result), name);
            Assert.AreEqual(joinNonce, result.JoinNonce, name);
            Assert.AreEqual(netId, result.NetId, name);
            Assert.AreEqual(devAddr, result.DevAddr, name);
            Assert.AreEqual((dlSettings >> 4) & 7, result.Rx1DrOffset, name);
            Assert.AreEqual(dlSettings & 15, result.Rx2DataRate, name);
            Assert.AreEqual(rxDelay == 0 ? 1 : rxDelay, result.RxDelaySeconds, name);
            Assert.AreEqual(cfList != null, result.HasCFList, name);
            if (cfList != null)
            {
                Assert.AreEqual(Hex(cfList), Hex(result.CFList), name);
            }

            Assert.AreEqual(built[i]!["nwkSKey"]!.GetValue<string>(), Hex(result.NwkSKey), name);
            Assert.AreEqual(built[i]!["appSKey"]!.GetValue<string>(), Hex(result.AppSKey), name);

            // Replaying the same Join-Accept after accepting it fails the JoinNonce check.
            Assert.AreEqual(LoRaWanStatus.JoinNonceNotNew, joinAccept.Decode(appKey, frame, 0, frame.Length, devNonce, true, joinNonce, JoinNoncePolicy.MustIncrease, result), name);
        }
    }

    [TestMethod]
    public void LoraPacketVerifiesOurJoinRequests()
    {
        var random = new Random(17);
        var crypto = new FrameCrypto();
        var frames = new JsonArray();
        var plan = new List<(ulong JoinEui, ulong DevEui, ushort DevNonce)>();
        for (var i = 0; i < 100; i++)
        {
            var appKey = RandomBytes(random, 16);
            var item = ((ulong)random.NextInt64(), (ulong)random.NextInt64(), (ushort)i);
            var output = new byte[23];
            Assert.AreEqual(LoRaWanStatus.Ok, JoinRequest.Encode(item.Item1, item.Item2, item.Item3, appKey, crypto, output, 0, out _));
            plan.Add(item);
            frames.Add(new JsonObject { ["phy"] = Hex(output), ["appKey"] = Hex(appKey) });
        }

        var answers = LoraPacketPeer.Call("verifyJoinRequests", "frames", frames);
        for (var i = 0; i < plan.Count; i++)
        {
            var answer = answers[i]!;
            Assert.IsTrue(answer["micValid"]!.GetValue<bool>(), $"case {i}");
            Assert.AreEqual("Join Request", answer["mType"]!.GetValue<string>());
            Assert.AreEqual(plan[i].JoinEui.ToString("x16"), answer["joinEui"]!.GetValue<string>());
            Assert.AreEqual(plan[i].DevEui.ToString("x16"), answer["devEui"]!.GetValue<string>());
            Assert.AreEqual(plan[i].DevNonce.ToString("x4"), answer["devNonce"]!.GetValue<string>());
        }
    }
}
