// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using System.Text.Json.Nodes;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using SmartCityNodes.LoRaWan;
using SmartCityNodes.LoRaWan.Mac;
using SmartCityNodes.LoRaWan.Region;

namespace SmartCityNodes.Interop.Tests.Mac;

/// <summary>
/// Downlinks built by lora-packet 0.9.3 carrying MAC commands (in FOpts and on FPort 0) go through our MacEngine
/// (EU868, ABP, scripted radio); the next uplink is parsed, MIC-checked and decrypted by lora-packet, and must carry
/// the answers the L2 1.0.4 §5 layouts give (worked by hand in each row).
/// </summary>
[TestClass]
public sealed class MacInteropTests
{
    private sealed class Case
    {
        public string Name = "";
        public string FOpts = "";
        public int FPort = -1;
        public string Payload = "";
        public bool Confirmed;
        public string[] Requests = Array.Empty<string>();
        public string ExpectedFOpts = "";
        public int ExpectedPort = 1;
        public string ExpectedPayload = "01";
        public bool ExpectedAck;
    }

    private static string Hex(byte[] bytes) => Convert.ToHexString(bytes).ToLowerInvariant();

    private static readonly Case[] Cases =
    {
        // LinkADRReq DR5 TX1 ChMask 0x0007 ChMaskCntl 0 NbTrans 1 -> LinkADRAns all ACK bits = 03 07
        new Case { Name = "LinkADRReq in FOpts", FOpts = "0351070001", ExpectedFOpts = "0307" },
        // DevStatusReq -> DevStatusAns battery 255 (unknown), margin = SNR 5 -> 06 FF 05
        new Case { Name = "DevStatusReq in FOpts", FOpts = "06", ExpectedFOpts = "06ff05" },
        // RXParamSetupReq RX1DROffset 2, RX2 DR3, 869.525 MHz (D2 AD 84) -> RXParamSetupAns 05 07
        new Case { Name = "RXParamSetupReq in FOpts", FOpts = "0523d2ad84", ExpectedFOpts = "0507" },
        // DutyCycleReq 2 + RXTimingSetupReq 3 s -> DutyCycleAns 04, RXTimingSetupAns 08
        new Case { Name = "DutyCycleReq + RXTimingSetupReq", FOpts = "04020803", ExpectedFOpts = "0408" },
        // FPort 0: NewChannelReq ch3 867.1 MHz DR0..5 + DlChannelReq ch3 868.3 MHz -> 07 03, 0A 03 (4 bytes: FOpts)
        new Case { Name = "NewChannelReq + DlChannelReq on FPort 0", FPort = 0, Payload = "0703184f84500a03f87d84", ExpectedFOpts = "07030a03" },
        // FPort 0: six DevStatusReq -> 6 x 3 = 18 bytes of answers > 15: alone on FPort 0, app payload skipped
        new Case { Name = "answers longer than FOpts", FPort = 0, Payload = "060606060606", ExpectedFOpts = "", ExpectedPort = 0, ExpectedPayload = "06ff0506ff0506ff0506ff0506ff0506ff05" },
        // LinkCheckReq + DeviceTimeReq asked by the application; answers in FOpts; nothing owed afterwards
        new Case { Name = "LinkCheckAns + DeviceTimeAns", Requests = new[] { "LinkCheck", "DeviceTime" }, FOpts = "0214030dd202964980", ExpectedFOpts = "" },
        // Confirmed downlink with an application payload on FPort 5 -> next uplink has FCtrl.ACK
        new Case { Name = "confirmed downlink", Confirmed = true, FPort = 5, Payload = "c0ffee", ExpectedAck = true },
        // LinkADRReq block of two (ChMaskCntl 6 all on, then ChMask 0x0003 DR4 TX0 NbTrans 1) -> two LinkADRAns 03 07
        new Case { Name = "LinkADRReq block", FOpts = "03500000610340030001", ExpectedFOpts = "03070307" },
        // unknown CID 0x0B after DevStatusReq: the rest (DutyCycleReq) is ignored -> only 06 FF 05
        new Case { Name = "unknown CID", FOpts = "060b0402", ExpectedFOpts = "06ff05" },
    };

    [TestMethod]
    public void LoraPacketDownlinksAreAppliedAndAnswered()
    {
        var random = new Random(4242);
        var keys = new List<(byte[] Nwk, byte[] App, uint DevAddr)>();
        var downlinks = new JsonArray();
        foreach (var c in Cases)
        {
            var nwk = new byte[16];
            var app = new byte[16];
            random.NextBytes(nwk);
            random.NextBytes(app);
            uint devAddr = (uint)random.NextInt64(1, uint.MaxValue);
            keys.Add((nwk, app, devAddr));
            downlinks.Add(new JsonObject
            {
                ["confirmed"] = c.Confirmed,
                ["devAddr"] = devAddr.ToString("x8"), // lora-packet takes DevAddr big-endian
                ["adr"] = false,
                ["ack"] = false,
                ["fPending"] = false,
                ["fcnt"] = 0,
                ["fOpts"] = c.FOpts,
                // lora-packet writes FPort 0 for a null FPort and skips the MIC without one: FOpts-only cases use
                // FPort 1 with an empty FRMPayload, which is a valid downlink too.
                ["fPort"] = c.FPort < 0 ? 1 : c.FPort,
                ["payload"] = c.Payload,
                ["nwkSKey"] = Hex(nwk),
                ["appSKey"] = Hex(app),
            });
        }

        var built = LoraPacketPeer.Call("buildDownlinks", "downlinks", downlinks);
        var uplinks = new JsonArray();
        var results = new List<MacTransactionResult>();
        for (int i = 0; i < Cases.Length; i++)
        {
            var c = Cases[i];
            var clock = new VirtualClock(10_000);
            var radio = new ScriptedRadio(clock);
            var engine = new MacEngine(new MacState(RegionParameters.Get(RegionId.Eu868)), radio, clock, new MemoryMacStateStore());
            engine.ActivateByPersonalization(keys[i].DevAddr, keys[i].Nwk, keys[i].App, 0, 0);
            foreach (var request in c.Requests)
            {
                Assert.IsTrue(request == "LinkCheck" ? engine.RequestLinkCheck() : engine.RequestDeviceTime());
            }

            var first = new MacTransactionResult();
            radio.ReplyWith(Convert.FromHexString((string)built[i]!["phy"]!));
            Assert.AreEqual(LoRaWanStatus.Ok, engine.Send(1, new byte[] { 0x01 }, 0, 1, false, first), c.Name);
            Assert.IsTrue(first.DownlinkReceived, $"{c.Name}: lora-packet's downlink accepted");
            results.Add(first);

            clock.Advance(3_600_000);
            var second = new MacTransactionResult();
            Assert.AreEqual(LoRaWanStatus.Ok, engine.Send(1, new byte[] { 0x01 }, 0, 1, false, second), c.Name);
            uplinks.Add(new JsonObject
            {
                ["phy"] = Hex(radio.Transmissions[^1].Frame),
                ["nwkSKey"] = Hex(keys[i].Nwk),
                ["appSKey"] = Hex(keys[i].App),
                ["fcnt"] = 1,
            });
        }

        var seen = LoraPacketPeer.Call("verifyUplinks", "frames", uplinks);
        for (int i = 0; i < Cases.Length; i++)
        {
            var c = Cases[i];
            var s = seen[i]!;
            Assert.IsTrue((bool)s["micValid"]!, c.Name);
            Assert.AreEqual(c.ExpectedFOpts, (string)s["fOpts"]!, c.Name);
            Assert.AreEqual(c.ExpectedPort, (int)s["fPort"]!, c.Name);
            Assert.AreEqual(c.ExpectedPayload, (string)s["payload"]!, c.Name);
            Assert.AreEqual(c.ExpectedAck, (bool)s["ack"]!, c.Name);
        }

        var linkCheck = results[Array.FindIndex(Cases, c => c.Requests.Length > 0)];
        Assert.IsTrue(linkCheck.LinkCheckReceived);
        Assert.AreEqual(20, linkCheck.LinkCheckMarginDb);
        Assert.AreEqual(3, linkCheck.LinkCheckGatewayCount);
        Assert.IsTrue(linkCheck.DeviceTimeReceived);
        Assert.AreEqual(1234567890u, linkCheck.DeviceTimeGpsSeconds);
        var application = results[Array.FindIndex(Cases, c => c.Confirmed)];
        Assert.AreEqual(5, application.DownlinkPort);
        Assert.AreEqual("C0FFEE", Convert.ToHexString(application.DownlinkPayload, 0, application.DownlinkPayloadLength));
        Assert.AreEqual(MacParseStatus.UnknownCid, results[^1].MacParseStatus);
    }
}
