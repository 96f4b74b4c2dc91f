// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using System.Text.Json.Nodes;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using SmartCityNodes.LoRaWan;
using SmartCityNodes.LoRaWan.Mac;
using SmartCityNodes.LoRaWan.Node;
using SmartCityNodes.Samples;

namespace SmartCityNodes.Interop.Tests.Node;

/// <summary>
/// The README example end to end: the snippet (<see cref="JoinAndSendSample.Wake"/>) runs on four wakes (join, then three readings) of an EU868
/// node on the scripted radio, with deep sleep in between: every wake has a new clock (uptime restarts), a new radio
/// object and a new <see cref="LoRaWanNode"/>; only the state store carries anything over. The Join-Accept comes from
/// lora-packet 0.9.3, which also derives the session keys and then verifies the Join-Request and the three uplinks.
/// </summary>
[TestClass]
public sealed class JoinAndSendExampleTests
{
    private const ulong DevEui = 0x0004A30B001C0530;
    private const ulong JoinEui = 0x70B3D57ED0000001;
    private const string AppKeyHex = "98929b92c49edba9676d646d3b612456";
    private const uint DevAddr = 0x260B1234;
    private const long SleepMilliseconds = 15 * 60 * 1000;
    private const long BootMilliseconds = 350;

    [TestMethod]
    public void OtaaJoinAndThreeUplinksAcrossDeepSleepVerifyInLoraPacket()
    {
        // The join server's answer, built by lora-packet: JoinNonce 1, NetID 0x000013, DevAddr 260B1234,
        // DLSettings 0 (RX1DROffset 0, RX2 DR0), RxDelay 1, for DevNonce 0 (the first one a fresh device uses).
        var accept = LoraPacketPeer.Call("buildJoinAccepts", "joinAccepts", new JsonArray
        {
            new JsonObject
            {
                ["joinNonce"] = "000001", ["netId"] = "000013", ["devAddr"] = "260b1234", ["dlSettings"] = 0, ["rxDelay"] = 1,
                ["appKey"] = AppKeyHex, ["devNonce"] = "0000",
            },
        })[0]!;

        var identity = new OtaaIdentity(DevEui, JoinEui, Convert.FromHexString(AppKeyHex));
        var store = new MemoryMacStateStore();
        var frames = new List<byte[]>();
        var readings = new[] { "0a01f4", "0a01f5", "0a01f7" };

        // Wake 1 (power-up): cold start and join; the Join-Accept arrives in RX1. The reading does not go yet: the
        // Join-Request (23 bytes at SF7/125 kHz, CR 4/5: 8 + ceil((8*23 - 28 + 28 + 16) / 28) * 5 = 48 payload symbols,
        // (12.25 + 48) x 1.024 ms = 61.696 ms on air) closed the EU868 868.0-868.6 MHz band (1 %, RP002-1.0.4 §2.4.3;
        // LoRaMac-node's per-band off time) for 61.696 ms x (100 - 1) = 6107.9 -> 6108 ms after TxDone. RX1 (SF7, Ts =
        // 1024 us) must hear a preamble from -10 000 to +11 000 us around TxDone + 5 s: max(ceil((21 000 + 4 x 1024) / 1024),
        // 6) = 25 symbols, listening from (-10 000 + 11 000 - (25 - 8) x 1024) / 2 = -8204 us (LoRaMac-node's window
        // formula); the scripted reply takes 50 ms, so RX1 ended at TxDone + 5000 - 8.204 + 50 = TxDone + 5041.796 ms,
        // 5041 whole ms: deferred by 6108 - 5041 = 1067 ms, said as one status plus the time to sleep.
        var radio = NewWake(out var clock);
        radio.ReplyWith(Convert.FromHexString((string)accept["phy"]!));
        var node = JoinAndSendSample.Wake(identity, radio, clock, store, powerOn: true, 0, Convert.FromHexString(readings[0]), 3);
        Assert.AreEqual(LoRaWanStatus.TransmitDeferred, node.Result.Status);
        Assert.IsTrue(node.IsJoined);
        Assert.AreEqual(DevAddr, node.DevAddr);
        Assert.AreEqual(1067, node.Result.WaitMilliseconds);
        Assert.AreEqual(radio.Transmissions[0].EndMilliseconds + 6108 - clock.UptimeMilliseconds + node.NowMilliseconds, node.Result.NotBeforeMilliseconds);
        Assert.AreEqual(1, radio.Transmissions.Count, "only the Join-Request went out");
        frames.Add(radio.Transmissions[0].Frame);
        long sleep = node.Result.WaitMilliseconds;

        // Wakes 2 to 4: resume from the store only (no second join), one reading each, then 15 minutes of deep sleep.
        for (int i = 0; i < readings.Length; i++)
        {
            radio = NewWake(out clock);
            node = JoinAndSendSample.Wake(identity, radio, clock, store, powerOn: false, sleep, Convert.FromHexString(readings[i]), 3);
            Assert.AreEqual(LoRaWanStatus.Ok, node.Result.Status, $"reading {i}");
            Assert.AreEqual((uint)i, node.Result.FCntUp, $"reading {i}");
            Assert.AreEqual(1, radio.Transmissions.Count, $"reading {i}: one uplink, no join");
            frames.Add(radio.Transmissions[0].Frame);
            sleep = SleepMilliseconds;
        }

        Assert.AreEqual(1, node.NextDevNonce, "the DevNonce counter survived in the store");
        Assert.AreEqual(3u, node.NextFCntUp);

        var join = LoraPacketPeer.Call("verifyJoinRequests", "frames", new JsonArray
        {
            new JsonObject { ["phy"] = Convert.ToHexString(frames[0]), ["appKey"] = AppKeyHex },
        })[0]!;
        Assert.IsTrue((bool)join["micValid"]!);
        Assert.AreEqual("Join Request", (string)join["mType"]!);
        Assert.AreEqual("0004a30b001c0530", (string)join["devEui"]!);
        Assert.AreEqual("70b3d57ed0000001", (string)join["joinEui"]!);
        Assert.AreEqual("0000", (string)join["devNonce"]!);

        var uplinks = new JsonArray();
        for (int i = 0; i < readings.Length; i++)
        {
            uplinks.Add(new JsonObject
            {
                ["phy"] = Convert.ToHexString(frames[i + 1]),
                ["nwkSKey"] = (string)accept["nwkSKey"]!,
                ["appSKey"] = (string)accept["appSKey"]!,
                ["fcnt"] = i,
            });
        }

        var seen = LoraPacketPeer.Call("verifyUplinks", "frames", uplinks);
        for (int i = 0; i < readings.Length; i++)
        {
            var s = seen[i]!;
            Assert.IsTrue((bool)s["micValid"]!, $"uplink {i}");
            Assert.AreEqual("Unconfirmed Data Up", (string)s["mType"]!, $"uplink {i}");
            Assert.AreEqual("260b1234", (string)s["devAddr"]!, $"uplink {i}");
            Assert.AreEqual(i, (int)s["fCnt"]!, $"uplink {i}");
            Assert.AreEqual(JoinAndSendSample.ReadingPort, (int)s["fPort"]!, $"uplink {i}");
            Assert.IsTrue((bool)s["adr"]!, $"uplink {i}: ADR on by default");
            Assert.AreEqual(readings[i], (string)s["payload"]!, $"uplink {i}");
        }
    }

    [TestMethod]
    public void TheMacReadmeShowsExactlyTheSnippetTheTestRuns()
    {
        string root = AppContext.BaseDirectory;
        while (!File.Exists(Path.Combine(root, "SmartCityNodes.sln")))
        {
            root = Path.GetDirectoryName(root.TrimEnd(Path.DirectorySeparatorChar))
                ?? throw new AssertFailedException("repository root not found");
        }

        string sample = File.ReadAllText(Path.Combine(root, "tools", "Samples", "JoinAndSendSample.cs")).ReplaceLineEndings("\n");
        int start = sample.IndexOf("// snippet-start\n", StringComparison.Ordinal) + "// snippet-start\n".Length;
        int end = sample.IndexOf("// snippet-end", StringComparison.Ordinal);
        Assert.IsTrue(start > 20 && end > start, "snippet markers in the sample");
        var lines = sample[start..end].Split('\n').Select(line => line.Length >= 12 ? line[12..] : line.Trim());
        string snippet = "```csharp\n" + string.Join("\n", lines).TrimEnd() + "\n```";

        string readme = File.ReadAllText(Path.Combine(root, "lorawan", "Mac", "README.md")).ReplaceLineEndings("\n");
        StringAssert.Contains(readme, snippet);
    }

    /// <summary>A deep-sleep wake: the ESP32 reboots, so the clock restarts (after the boot time) and the radio object is new.</summary>
    private static ScriptedRadio NewWake(out VirtualClock clock)
    {
        clock = new VirtualClock(BootMilliseconds);
        return new ScriptedRadio(clock);
    }
}
