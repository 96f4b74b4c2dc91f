// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using SmartCityNodes.LoRaWan.Mac;
using SmartCityNodes.LoRaWan.Region;

namespace SmartCityNodes.LoRaWan.Tests.Mac
{
    /// <summary>
    /// Downlinks the device must ignore or survive: MAC commands in FOpts and on FPort 0 at once (L2 1.0.4 §4.3.1.6:
    /// the frame is ignored), and random MAC command bytes (never an exception, never an invalid state).
    /// </summary>
    [TestClass]
    public sealed class MacMalformedDownlinkTests
    {
        private const long TenMinutes = 600_000;

        [TestMethod]
        public void MacCommandsInFOptsAndOnPortZeroMakeTheWholeFrameIgnored()
        {
            var h = new MacHarness();
            // FOpts: DevStatusReq (06); FPort 0 payload: RXParamSetupReq RX1DROffset 2, RX2 DR3, 869.525 MHz.
            // §4.3.1.6: MAC commands in both places -> the frame is ignored: as if RX1 had received nothing.
            h.Radio.ReplyWith(h.Downlink("06", fPort: 0, payloadHex: "0523D2AD84", confirmed: true));
            Assert.AreEqual(LoRaWanStatus.Ok, h.Send());
            Assert.IsFalse(h.Result.DownlinkReceived);
            Assert.AreEqual(2, h.Radio.Windows.Count, "RX2 still opens");
            Assert.AreEqual(1u, h.State.AdrAckCounter, "not a downlink: ADR_ACK_CNT counts the uplink");
            Assert.AreEqual(0, h.State.Rx1DrOffset, "RXParamSetupReq not applied");
            Assert.AreEqual(0, h.State.Rx2DataRate);
            Assert.AreEqual(0, h.State.Answers.Count, "no DevStatusAns, no RXParamSetupAns queued");
            Assert.IsFalse(h.State.AckPending, "the confirmed downlink was ignored, so no ACK is owed");

            h.Clock.Advance(TenMinutes);
            h.Send();
            Assert.AreEqual("", h.Uplink().FOpts);
            Assert.IsFalse(h.Uplink().Ack);
        }

        [TestMethod]
        public void DeletingTheLastEnabledChannelDoesNotStrandTheDevice()
        {
            var h = new MacHarness();
            // NewChannelReq ch3 867.1 MHz DR0..5: 07 03 | 8 671 000 x 100 Hz = 0x844F18 -> 18 4F 84 | DrRange 0x50;
            // then LinkADRReq DR0 TX0 ChMask 0x0008 (channel 3 only) NbTrans 1: 03 00 08 00 01.
            h.Radio.ReplyWith(h.Downlink("0703184F8450" + "0300080001"));
            h.Send();
            Assert.AreEqual(1, h.State.Channels.EnabledChannelCount);
            Assert.IsTrue(h.State.Channels.IsEnabled(3));
            // NewChannelReq ch3 frequency 0: the channel is deleted (L2 1.0.4 §5.6), which leaves no enabled channel.
            h.Clock.Advance(TenMinutes);
            h.Radio.ReplyWith(h.Downlink("070300000000"));
            h.Send();
            Assert.AreEqual("0703" + "0307", h.Uplink().FOpts, "NewChannelAns then LinkADRAns, in the order of the first downlink");

            // With no enabled channel the device re-enables its default channels (as LoRaMac-node's
            // RegionEU868NextChannel does) instead of refusing every uplink; ADR back-off could never run otherwise.
            h.Clock.Advance(TenMinutes);
            Assert.AreEqual(LoRaWanStatus.Ok, h.Send());
            Assert.AreEqual("0703", h.Uplink().FOpts, "NewChannelAns for the deletion");
            CollectionAssert.Contains(new uint[] { 868100000, 868300000, 868500000 }, h.Radio.Transmissions[^1].Settings.FrequencyHz);
            Assert.AreEqual(3, h.State.Channels.EnabledChannelCount);
        }

        [TestMethod]
        public void NarrowingTheOnlyChannelToAnotherDataRateDoesNotStrandTheDevice()
        {
            var h = new MacHarness();
            // NewChannelReq ch3 867.1 MHz DR0..5 (07 03 18 4F 84 50), LinkADRReq DR0 TX0 ChMask 0x0008 NbTrans 1
            // (03 00 08 00 01): only channel 3 is enabled, the device sends at DR0.
            h.Radio.ReplyWith(h.Downlink("0703184F8450" + "0300080001"));
            h.Send();
            // NewChannelReq ch3 867.1 MHz DrRange MaxDR 5, MinDR 5 = 0x55: channel 3 no longer allows DR0.
            h.Clock.Advance(TenMinutes);
            h.Radio.ReplyWith(h.Downlink("0703184F8455"));
            h.Send();
            Assert.AreEqual(0, h.State.DataRate);
            Assert.AreEqual(1, h.State.Channels.EnabledChannelCount);

            // DR0 fits no enabled channel: the default channels (DR0..5) come back and the uplink goes on one of them.
            h.Clock.Advance(TenMinutes);
            Assert.AreEqual(LoRaWanStatus.Ok, h.Send());
            CollectionAssert.Contains(new uint[] { 868100000, 868300000, 868500000 }, h.Radio.Transmissions[^1].Settings.FrequencyHz);
            Assert.AreEqual(4, h.State.Channels.EnabledChannelCount, "defaults 0..2 plus channel 3");
        }

        [TestMethod]
        [DataRow(RegionId.Eu868, 1)]
        [DataRow(RegionId.Us915, 2)]
        [DataRow(RegionId.Au915, 3)]
        [DataRow(RegionId.As923Group1, 4)]
        [DataRow(RegionId.In865, 5)]
        [DataRow(RegionId.Kr920, 6)]
        public void RandomMacCommandsNeverThrowNorBreakTheState(RegionId regionId, int seed)
        {
            var h = new MacHarness(regionId);
            if (h.State.Region.IsFixedChannelPlan) { Assert.IsTrue(h.State.Channels.SelectSubBand(2)); }
            var random = new Random(seed);
            // known downlink CIDs 0x02..0x0A and 0x0D with random bytes after them, so parsing gets deep
            byte[] cids = { 0x02, 0x03, 0x04, 0x05, 0x06, 0x07, 0x08, 0x09, 0x0A, 0x0D, 0x01, 0xFF };
            for (int round = 0; round < 150; round++)
            {
                int length = random.Next(1, 16);
                var commands = new byte[length];
                random.NextBytes(commands);
                for (int i = 0; i < length; i += 1 + random.Next(5))
                {
                    commands[i] = cids[random.Next(cids.Length)];
                }

                string hex = Convert.ToHexString(commands);
                byte[] downlink = random.Next(2) == 0
                    ? h.Downlink(hex)
                    : h.Downlink(fPort: 0, payloadHex: hex);
                h.Clock.Advance(TenMinutes);
                h.Radio.ReplyWith(downlink);
                var status = h.Send();
                Assert.IsTrue(status == LoRaWanStatus.Ok || status == LoRaWanStatus.TransmissionsPending
                    || status == LoRaWanStatus.TransmitDeferred, $"{status} after {hex}");

                MacState s = h.State;
                Assert.IsTrue(s.Region.IsUplinkDataRateSupported(s.DataRate, s.Channels.UplinkDwellTime), $"DR{s.DataRate} after {hex}");
                Assert.IsTrue(s.TxPowerIndex >= 0 && s.TxPowerIndex <= s.Region.MaxTxPowerIndex, $"TXPower {s.TxPowerIndex} after {hex}");
                Assert.IsTrue(s.NbTrans >= 1 && s.NbTrans <= 15, $"NbTrans {s.NbTrans} after {hex}");
                Assert.IsTrue(s.Rx1DelaySeconds >= 1 && s.Rx1DelaySeconds <= 15, $"RX1 delay {s.Rx1DelaySeconds} after {hex}");
                Assert.IsTrue(s.Region.IsValidRx1DrOffset(s.Rx1DrOffset), $"RX1DROffset {s.Rx1DrOffset} after {hex}");
                Assert.IsTrue(s.Region.IsDownlinkDataRateSupported(s.Rx2DataRate), $"RX2 DR{s.Rx2DataRate} after {hex}");
                Assert.IsTrue(s.Channels.EnabledChannelCount > 0, $"no channel left after {hex}");

                // the state still round-trips through its record
                var record = new byte[MacStateRecord.MaxLength(s)];
                int recordLength = h.Engine.SaveState(record, 0);
                Assert.AreEqual(LoRaWanStatus.Ok, MacStateRecord.Read(new MacState(s.Region), record, 0, recordLength, out _));
            }
        }
    }
}
