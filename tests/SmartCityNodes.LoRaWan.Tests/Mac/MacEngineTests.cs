// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using SmartCityNodes.LoRaWan.Frames;
using SmartCityNodes.LoRaWan.Mac;
using SmartCityNodes.LoRaWan.Region;

namespace SmartCityNodes.LoRaWan.Tests.Mac
{
    /// <summary>
    /// The class-A transaction on a scripted radio and a virtual clock, EU868 unless said otherwise
    /// (RP002-1.0.4 §2.4: default channels 868.1/868.3/868.5 MHz, RX2 869.525 MHz DR0, max EIRP 16 dBm).
    /// </summary>
    [TestClass]
    public sealed class MacEngineTests
    {
        private const long TenMinutes = 600_000;
        private static readonly uint[] DefaultChannelsHz = { 868100000, 868300000, 868500000 };

        [TestMethod]
        public void UnconfirmedUplinkOpensRx1ThenRx2AtTheSpecDelays()
        {
            var h = new MacHarness();
            h.Radio.ReplyNothing();
            h.Radio.ReplyNothing();
            Assert.AreEqual(LoRaWanStatus.Ok, h.Send("CAFE", 5));

            Assert.AreEqual(1, h.Radio.Transmissions.Count);
            var tx = h.Radio.Transmissions[0];
            var up = h.Uplink();
            Assert.AreEqual(MacHarness.DevAddr, up.DevAddr);
            Assert.AreEqual(0, up.FCnt);
            Assert.AreEqual(0x80, up.FCtrl, "ADR set, no ADRACKReq, no ACK, no FOpts");
            Assert.AreEqual(5, up.FPort);
            Assert.AreEqual("CAFE", up.Payload);
            CollectionAssert.Contains(DefaultChannelsHz, tx.Settings.FrequencyHz);
            // ABP starts at the default (lowest) data rate DR0 = SF12/125 kHz (L2 1.0.4 §4.3.1.1), TXPower 0:
            // 16 dBm EIRP - 2 dBi antenna = 14 dBm conducted.
            Assert.AreEqual(12, tx.Settings.SpreadingFactor);
            Assert.AreEqual(125000, tx.Settings.BandwidthHz);
            Assert.AreEqual(14, tx.Settings.PowerDbm);
            Assert.IsFalse(tx.Settings.InvertIq);

            Assert.AreEqual(2, h.Radio.Windows.Count);
            var rx1 = h.Radio.Windows[0];
            var rx2 = h.Radio.Windows[1];
            // RX1: TxEnd + RECEIVE_DELAY1 (1 s) ± 10 ms clock error; same channel; DR0 - RX1DROffset 0 = DR0.
            MacHarness.AssertWindowCovers(rx1, tx.EndMilliseconds + 1000);
            Assert.AreEqual(tx.Settings.FrequencyHz, rx1.Settings.FrequencyHz);
            Assert.AreEqual(12, rx1.Settings.SpreadingFactor);
            Assert.IsTrue(rx1.Settings.InvertIq);
            // symbol timeout (LoRaMac-node RegionCommonComputeRxWindowParameters, 6-symbol detection minimum):
            // max(ceil((2 x 10 ms + 1 ms TxEnd resolution + (2 x 6 - 8) x 32.768 ms) / 32.768 ms), 6) = max(ceil(4.64), 6) = 6;
            // listening starts (-10 + 11) / 2 ms - (6 - 8) x 32.768 / 2 ms = +33.268 ms after the nominal time.
            Assert.AreEqual(6, rx1.Settings.SymbolTimeout);
            Assert.AreEqual((tx.EndMilliseconds * 1000) + 1000000 + 33268, rx1.ListenMicroseconds);
            Assert.AreEqual(59 + 5, rx1.Settings.MaxLength, "EU868 DR0 M = 59 (RP002-1.0.4 §2.4.6) + MHDR + MIC");
            // RX2: TxEnd + RECEIVE_DELAY2 (2 s) ± 10 ms, 869.525 MHz DR0
            MacHarness.AssertWindowCovers(rx2, tx.EndMilliseconds + 2000);
            Assert.AreEqual(869525000u, rx2.Settings.FrequencyHz);
            Assert.AreEqual(12, rx2.Settings.SpreadingFactor);

            Assert.AreEqual(1u, h.State.Session.FCntUp);
            Assert.AreEqual(1u, h.State.AdrAckCounter);
            Assert.IsFalse(h.Result.DownlinkReceived);
        }

        [TestMethod]
        public void FrameCounterIsPersistedBeforeTheTransmission()
        {
            var h = new MacHarness();
            h.Send();
            var (record, transmissionsBefore) = h.Store.Saves[0];
            Assert.AreEqual(0, transmissionsBefore, "first save happens before anything is on air");
            var restored = new MacState(h.State.Region);
            Assert.AreEqual(LoRaWanStatus.Ok, MacStateRecord.Read(restored, record, 0, record.Length, out _));
            Assert.AreEqual(1u, restored.Session.FCntUp, "the record already reserves FCnt 0");
        }

        [TestMethod]
        public void FailingStoreMeansNoTransmission()
        {
            var h = new MacHarness();
            h.Store.Fail = true;
            Assert.AreEqual(LoRaWanStatus.PersistFailed, h.Send());
            Assert.AreEqual(0, h.Radio.Transmissions.Count);
            Assert.AreEqual(0u, h.State.Session.FCntUp);
        }

        [TestMethod]
        public void NotJoinedAndBadPortAreRefused()
        {
            var h = new MacHarness(abp: false);
            Assert.AreEqual(LoRaWanStatus.NotJoined, h.Send());
            var j = new MacHarness();
            Assert.AreEqual(LoRaWanStatus.InvalidPort, j.Send("01", 0));
            Assert.AreEqual(LoRaWanStatus.InvalidPort, j.Send("01", 224));
            Assert.AreEqual(LoRaWanStatus.InvalidArgument, j.Engine.Send(1, new byte[2], 1, 2, false, j.Result));
            Assert.AreEqual(LoRaWanStatus.InvalidArgument, j.Engine.Send(1, null!, 0, 1, false, j.Result));
            Assert.AreEqual(0, j.Radio.Transmissions.Count);
        }

        [TestMethod]
        public void DutyCycleDefersWithTheEarliestTimeInsteadOfWaiting()
        {
            var h = new MacHarness();
            h.Send("01", 1);
            var first = h.Radio.Transmissions[0];
            long txEndMilliseconds = h.Result.TxEndMilliseconds;
            long waitedBefore = h.Clock.WaitedMilliseconds;

            Assert.AreEqual(LoRaWanStatus.TransmitDeferred, h.Send("01", 1));
            Assert.AreEqual(1, h.Radio.Transmissions.Count, "nothing sent");
            Assert.AreEqual(1u, h.State.Session.FCntUp, "no counter used");
            Assert.AreEqual(waitedBefore, h.Clock.WaitedMilliseconds, "no awake waiting");
            // PHYPayload 14 bytes (MHDR 1 + FHDR 7 + FPort 1 + 1 + MIC 4) at SF12/125 kHz, CR 4/5, 8-symbol preamble,
            // explicit header, CRC, LDRO on: Tsym = 4096/125000 s = 32.768 ms; preamble (8 + 4.25) x 32.768 = 401.408 ms;
            // payload 8 + ceil((8x14 - 4x12 + 28 + 16) / (4 x (12 - 2))) x 5 = 8 + ceil(108/40) x 5 = 23 symbols = 753.664 ms;
            // ToA = 1155.072 ms. All three default channels lie in g1 (868.0-868.6 MHz, 1 %): off-time 99 x ToA
            // = 114 352.128 ms, rounded up to 114 353 ms after TxEnd.
            Assert.AreEqual(txEndMilliseconds + 114353, h.Result.NotBeforeMilliseconds);
            Assert.AreEqual(h.Result.NotBeforeMilliseconds - h.Engine.NowMilliseconds, h.Result.WaitMilliseconds);

            h.Clock.Advance(h.Result.WaitMilliseconds);
            Assert.AreEqual(LoRaWanStatus.Ok, h.Send("01", 1));
            Assert.AreEqual(2, h.Radio.Transmissions.Count);
            Assert.AreEqual(1, h.Uplink().FCnt);
            Assert.IsTrue(h.Radio.Transmissions[1].StartMilliseconds >= first.EndMilliseconds + 114352);
        }

        [TestMethod]
        public void LinkAdrReqInRx1IsAppliedAndAnsweredInTheNextUplink()
        {
            var h = new MacHarness();
            // LinkADRReq DR5, TXPower 1, ChMask 0x0007, ChMaskCntl 0, NbTrans 1 = 03 51 07 00 01
            h.Radio.ReplyWith(h.Downlink("0351070001"), snrDb: 4);
            Assert.AreEqual(LoRaWanStatus.Ok, h.Send());
            Assert.IsTrue(h.Result.DownlinkReceived);
            Assert.AreEqual(1, h.Result.DownlinkWindow);
            Assert.AreEqual(1, h.Radio.Windows.Count, "RX2 is not opened after a valid RX1 downlink");
            Assert.AreEqual(5, h.State.DataRate);
            Assert.AreEqual(1, h.State.TxPowerIndex);
            Assert.AreEqual(0u, h.State.AdrAckCounter, "any downlink resets ADR_ACK_CNT");

            h.Clock.Advance(TenMinutes);
            h.Send();
            var up = h.Uplink();
            Assert.AreEqual("0307", up.FOpts, "LinkADRAns with all three ACK bits");
            var tx = h.Radio.Transmissions[^1];
            Assert.AreEqual(7, tx.Settings.SpreadingFactor, "DR5 = SF7/125 kHz");
            Assert.AreEqual(12, tx.Settings.PowerDbm, "TXPower 1 = 16 - 2 = 14 dBm EIRP, 12 dBm conducted");

            h.Clock.Advance(TenMinutes);
            h.Send();
            Assert.AreEqual("", h.Uplink().FOpts, "an ordinary answer is sent once");
        }

        private static string Adr(int dataRate, int txPower, int chMask, int chMaskCntl, int nbTrans)
        {
            var buffer = new byte[LinkAdrReq.Size];
            new LinkAdrReq { DataRate = (byte)dataRate, TxPower = (byte)txPower, ChMask = (ushort)chMask, ChMaskCntl = (byte)chMaskCntl, NbTrans = (byte)nbTrans }.Encode(buffer, 0);
            return Convert.ToHexString(buffer);
        }

        [TestMethod]
        public void LinkAdrBlockIsAppliedAsAWhole()
        {
            var h = new MacHarness();
            // block: ChMaskCntl 6 (all defined channels on), then ChMaskCntl 0 mask 0b011 with DR3 TX2 NbTrans 2:
            // the last command's DR/power/NbTrans count; masks apply in order, so channels 0 and 1 remain.
            h.Radio.ReplyWith(h.Downlink(Adr(5, 0, 0x0000, 6, 1) + Adr(3, 2, 0x0003, 0, 2)));
            h.Send();
            Assert.AreEqual(3, h.State.DataRate);
            Assert.AreEqual(2, h.State.TxPowerIndex);
            Assert.AreEqual(2, h.State.NbTrans);
            Assert.IsTrue(h.State.Channels.IsEnabled(0));
            Assert.IsTrue(h.State.Channels.IsEnabled(1));
            Assert.IsFalse(h.State.Channels.IsEnabled(2));
            h.Clock.Advance(TenMinutes);
            h.Send();
            Assert.AreEqual("0307" + "0307", h.Uplink().FOpts, "one LinkADRAns per command of the block, same status");
            // NbTrans 2, but at DR3 the 1 % band stays closed for 99 x ToA (about 20 s), longer than the
            // 10 s the engine waits awake for a repetition: one transmission now, the repetition left pending.
            Assert.AreEqual(LoRaWanStatus.TransmissionsPending, h.Result.Status);
            Assert.AreEqual(1, h.Result.Transmissions);
        }

        [TestMethod]
        [DataRow(5, 1, 0x0001, 5, "0306", DisplayName = "ChMaskCntl 5 is RFU in EU868: channel mask NACK")]
        [DataRow(5, 1, 0x0010, 0, "0306", DisplayName = "enabling undefined channel 4: channel mask NACK")]
        [DataRow(8, 1, 0x0001, 0, "0305", DisplayName = "DR8 is LR-FHSS, not usable: data rate NACK")]
        [DataRow(5, 8, 0x0001, 0, "0303", DisplayName = "TXPower 8 is not defined in EU868 (0..7): power NACK")]
        public void RejectedBlockChangesNothing(int dataRate, int txPower, int mask, int cntl, string answer)
        {
            var h = new MacHarness();
            // first command alone would be fine (channel 0 only); the second one is bad, so the block is refused
            h.Radio.ReplyWith(h.Downlink(Adr(4, 2, 0x0001, 0, 3) + Adr(dataRate, txPower, mask, cntl, 3)));
            h.Send();
            Assert.AreEqual(0, h.State.DataRate);
            Assert.AreEqual(0, h.State.TxPowerIndex);
            Assert.AreEqual(1, h.State.NbTrans);
            Assert.AreEqual(3, h.State.Channels.EnabledChannelCount);
            h.Clock.Advance(TenMinutes);
            h.Send();
            Assert.AreEqual(answer + answer, h.Uplink().FOpts);
        }

        [TestMethod]
        public void KeepValuesOfLinkAdrReqKeepDataRateAndPower()
        {
            var h = new MacHarness();
            h.Radio.ReplyWith(h.Downlink(Adr(4, 3, 0x0007, 0, 1)));
            h.Send();
            h.Clock.Advance(TenMinutes);
            // DataRate 0xF and TXPower 0xF: keep (L2 1.0.4 §5.2); only NbTrans changes to 2
            h.Radio.ReplyWith(h.Downlink(Adr(15, 15, 0x0007, 0, 2)));
            h.Send();
            Assert.AreEqual(4, h.State.DataRate);
            Assert.AreEqual(3, h.State.TxPowerIndex);
            Assert.AreEqual(2, h.State.NbTrans);
        }

        [TestMethod]
        // L2 1.0.4 §4.3.1.1: with the ADR bit unset the device SHOULD accept the channel mask controls of a LinkADRReq
        // and SHALL answer which elements it accepted; DataRate/TXPower/NbTrans are not taken over. LinkADRAns status
        // bits (L2 1.0.4 §5.2): bit 2 PowerACK, bit 1 DataRateACK, bit 0 ChannelMaskACK.
        // DR5 TX1 mask 0b011 NbTrans 3: mask accepted (bit 0), DR and power refused: status 0b001 -> "0301".
        [DataRow(5, 1, 0x0003, 0, "0301", true, DisplayName = "mask applied, DR/power/NbTrans kept: 03 01")]
        // DR 0xF and TXPower 0xF ("keep"): the device complies with both, so all three bits: 0b111 -> "0307".
        [DataRow(15, 15, 0x0003, 0, "0307", true, DisplayName = "keep/keep with a valid mask: 03 07")]
        // mask enabling undefined channel 4 (bit 4): mask refused, nothing changes; DR/power refused: 0b000 -> "0300".
        [DataRow(5, 1, 0x0010, 0, "0300", false, DisplayName = "invalid mask with ADR off: 03 00, nothing changes")]
        public void LinkAdrReqWithAdrDisabledAppliesOnlyTheChannelMask(int dataRate, int txPower, int mask, int cntl, string answer, bool maskApplied)
        {
            var h = new MacHarness();
            h.State.AdrEnabled = false;
            h.Radio.ReplyWith(h.Downlink(Adr(dataRate, txPower, mask, cntl, 3)));
            h.Send();
            Assert.AreEqual(0, h.State.DataRate, "ABP default DR0 kept: the device controls its data rate");
            Assert.AreEqual(0, h.State.TxPowerIndex, "TXPower 0 (max) kept");
            Assert.AreEqual(1, h.State.NbTrans, "NbTrans 1 kept");
            Assert.AreEqual(maskApplied ? 2 : 3, h.State.Channels.EnabledChannelCount);
            Assert.IsTrue(h.State.Channels.IsEnabled(0));
            Assert.IsTrue(h.State.Channels.IsEnabled(1));
            Assert.AreEqual(!maskApplied, h.State.Channels.IsEnabled(2));
            h.Clock.Advance(TenMinutes);
            h.Send();
            Assert.IsFalse(h.Uplink().Adr, "FCtrl.ADR stays unset");
            Assert.AreEqual(answer, h.Uplink().FOpts);
        }

        [TestMethod]
        public void LinkAdrBlockWithAdrDisabledGetsOneAnswerPerCommand()
        {
            var h = new MacHarness();
            h.State.AdrEnabled = false;
            // ChMaskCntl 6 (all on) then mask 0b001 with DR3: masks in order leave channel 0 only; DR3 not taken.
            // L2 1.0.4 §5.2 (LinkADRReq is §5.2 in 1.0.4; §5.3 is DutyCycleReq): one LinkADRAns per command, each "0301" (mask ACK only).
            h.Radio.ReplyWith(h.Downlink(Adr(5, 0, 0x0000, 6, 1) + Adr(3, 2, 0x0001, 0, 2)));
            h.Send();
            Assert.AreEqual(1, h.State.Channels.EnabledChannelCount);
            Assert.AreEqual(0, h.State.DataRate);
            Assert.AreEqual(1, h.State.NbTrans);
            h.Clock.Advance(TenMinutes);
            h.Send();
            Assert.AreEqual("0301" + "0301", h.Uplink().FOpts);
        }

        [TestMethod]
        public void RxParamSetupAnswerIsStickyUntilADownlink()
        {
            var h = new MacHarness();
            // RXParamSetupReq RX1DROffset 2, RX2 DR3, 869.525 MHz = 05 23 D2 AD 84
            h.Radio.ReplyWith(h.Downlink("0523D2AD84"));
            h.Send();
            Assert.AreEqual(2, h.State.Rx1DrOffset);
            Assert.AreEqual(3, h.State.Rx2DataRate);

            h.Clock.Advance(TenMinutes);
            h.Send();
            Assert.AreEqual("0507", h.Uplink().FOpts);
            // RX2 now at DR3 = SF9: symbol timeout ceil((21 ms + 4 x 4.096 ms) / 4.096 ms) = ceil(9.13) = 10
            var rx2 = h.Radio.Windows[^1];
            Assert.AreEqual(9, rx2.Settings.SpreadingFactor);
            Assert.AreEqual(10, rx2.Settings.SymbolTimeout);

            h.Clock.Advance(TenMinutes);
            h.Radio.ReplyNothing();
            h.Radio.ReplyWith(h.Downlink(), snrDb: 3); // an empty downlink in RX2 ends the repetition
            h.Send();
            Assert.AreEqual("0507", h.Uplink().FOpts, "repeated while no downlink was received");
            Assert.AreEqual(2, h.Result.DownlinkWindow);

            h.Clock.Advance(TenMinutes);
            h.Send();
            Assert.AreEqual("", h.Uplink().FOpts);
        }

        [TestMethod]
        public void RxParamSetupMovesRx2AndOffsetsRx1()
        {
            var h = new MacHarness();
            // LinkADRReq DR5 TX1 ch0..2 NbTrans 1 (03 51 07 00 01), then RXParamSetupReq (§5.4):
            // DLsettings = RX1DROffset 1 << 4 | RX2 DR2 = 0x12; Frequency 869.4 MHz = 8 694 000 x 100 Hz = 0x84A8F0,
            // little-endian F0 A8 84.
            h.Radio.ReplyWith(h.Downlink("0351070001" + "0512F0A884"));
            h.Send();
            h.Clock.Advance(TenMinutes);
            h.Send();
            Assert.AreEqual("0307" + "0507", h.Uplink().FOpts);
            var tx = h.Radio.Transmissions[^1];
            Assert.AreEqual(7, tx.Settings.SpreadingFactor, "uplink DR5 = SF7");
            var rx1 = h.Radio.Windows[^2];
            var rx2 = h.Radio.Windows[^1];
            // RX1: same frequency, DR5 - offset 1 = DR4 = SF8/125 kHz (RP002-1.0.4 §2.4.7), Tsym = 2^8 / 125 kHz = 2.048 ms,
            // timeout ceil((21 + 4 x 2.048) / 2.048) = ceil(14.25) = 15 symbols
            Assert.AreEqual(tx.Settings.FrequencyHz, rx1.Settings.FrequencyHz);
            Assert.AreEqual(8, rx1.Settings.SpreadingFactor);
            Assert.AreEqual(15, rx1.Settings.SymbolTimeout);
            // RX2: 869.4 MHz at DR2 = SF10/125 kHz, Tsym 8.192 ms, timeout ceil((21 + 4 x 8.192) / 8.192) = ceil(6.56) = 7
            Assert.AreEqual(869400000u, rx2.Settings.FrequencyHz);
            Assert.AreEqual(10, rx2.Settings.SpreadingFactor);
            Assert.AreEqual(7, rx2.Settings.SymbolTimeout);
            MacHarness.AssertWindowCovers(rx1, tx.EndMilliseconds + 1000);
            MacHarness.AssertWindowCovers(rx2, tx.EndMilliseconds + 2000);
        }

        /// <summary>
        /// US915 RX2 may only move to one of the eight downlink channels 923.3 + 0.6·k MHz, k = 0..7 (RP002-1.0.4 §2.5.2;
        /// LoRaMac-node RegionUS915 RxParamSetupReq checks the same). RXParamSetupReq (§5.4) with DLsettings 0x08
        /// (RX1DROffset 0, RX2 DR8) and Frequency in 100 Hz units, little-endian:
        /// 923.9 MHz (k = 1) = 9 239 000 = 0x8CF9D8 → D8 F9 8C: accepted, answer 05 07;
        /// 924.0 MHz (between channels) = 9 240 000 = 0x8CFDC0 → C0 FD 8C: Channel ACK (bit 0) cleared, answer 05 06,
        /// nothing applied.
        /// </summary>
        [DataRow("D8F98C", "0507", 923900000u)]
        [DataRow("C0FD8C", "0506", 923300000u)]
        [DataRow("78868D", "0507", 927500000u)]
        [TestMethod]
        public void Us915RxParamSetupAcceptsOnlyDownlinkChannels(string frequencyHex, string expectedAnswer, uint expectedRx2Hz)
        {
            var h = new MacHarness(RegionId.Us915);
            h.Radio.ReplyWith(h.Downlink("0508" + frequencyHex));
            h.Send();
            h.Clock.Advance(TenMinutes);
            h.Send();
            Assert.AreEqual(expectedAnswer, h.Uplink().FOpts);
            Assert.AreEqual(expectedRx2Hz, h.Radio.Windows[^1].Settings.FrequencyHz);
        }

        [TestMethod]
        public void RxTimingSetupMovesBothWindows()
        {
            var h = new MacHarness();
            h.Radio.ReplyWith(h.Downlink("0803")); // RXTimingSetupReq Del 3
            h.Send();
            h.Clock.Advance(TenMinutes);
            h.Send();
            Assert.AreEqual("08", h.Uplink().FOpts, "RXTimingSetupAns, sticky");
            var tx = h.Radio.Transmissions[^1];
            MacHarness.AssertWindowCovers(h.Radio.Windows[^2], tx.EndMilliseconds + 3000);
            MacHarness.AssertWindowCovers(h.Radio.Windows[^1], tx.EndMilliseconds + 4000);
        }

        [TestMethod]
        public void AnswersLongerThanFOptsGoAloneOnPortZero()
        {
            var h = new MacHarness();
            h.Engine.BatteryLevel = 0; // external power
            // FPort 0 payload: six DevStatusReq (06 x 6); answers 6 x 3 = 18 bytes > 15
            h.Radio.ReplyWith(h.Downlink(fPort: 0, payloadHex: "060606060606"), snrDb: -7);
            h.Send();
            Assert.AreEqual(6, h.Result.MacCommandsProcessed);
            h.Clock.Advance(TenMinutes);
            Assert.AreEqual(LoRaWanStatus.Ok, h.Send("AABB", 2));
            Assert.IsTrue(h.Result.ApplicationPayloadSkipped);
            var up = h.Uplink();
            Assert.AreEqual("", up.FOpts);
            Assert.AreEqual(0, up.FPort);
            // DevStatusAns: battery 0, margin -7 dB as 6-bit two's complement = 64 - 7 = 57 = 0x39
            Assert.AreEqual(string.Concat(Enumerable.Repeat("060039", 6)), up.Payload, "decrypted with NwkSKey");

            h.Clock.Advance(TenMinutes);
            h.Send("AABB", 2);
            Assert.IsFalse(h.Result.ApplicationPayloadSkipped);
            Assert.AreEqual("AABB", h.Uplink().Payload);
        }

        [TestMethod]
        public void StickyAnswerDoesNotStarveTheApplicationAtSmallDataRates()
        {
            // US915 DR0: M = 19 (RP002-1.0.4 §2.5.6), so FHDR 7 + FPort 1 + 11 bytes leaves no room for FOpts.
            var h = new MacHarness(RegionId.Us915);
            h.State.Channels.SelectSubBand(2);
            h.Radio.ReplyWith(h.Downlink("0508000000")); // RXParamSetupReq RX1DROffset 0, RX2 DR8, frequency 0 (refused: 05 06)
            h.Send();
            var eleven = new string('A', 22);
            h.Clock.Advance(TenMinutes);
            h.Send(eleven, 2);
            Assert.IsTrue(h.Result.ApplicationPayloadSkipped, "the new answer goes first, alone on FPort 0");
            Assert.AreEqual(0, h.Uplink().FPort);
            Assert.AreEqual("0506", h.Uplink().Payload);
            h.Clock.Advance(TenMinutes);
            h.Send(eleven, 2);
            Assert.IsFalse(h.Result.ApplicationPayloadSkipped, "then the application goes while the sticky answer waits");
            Assert.AreEqual(eleven, h.Uplink().Payload);
            h.Clock.Advance(TenMinutes);
            h.Send("01", 2);
            Assert.AreEqual("0506", h.Uplink().FOpts, "still repeated when there is room");
        }

        [TestMethod]
        public void FifteenBytesOfAnswersStillGoInFOpts()
        {
            var h = new MacHarness();
            h.Radio.ReplyWith(h.Downlink(fPort: 0, payloadHex: "0606060606"), snrDb: 31);
            h.Send();
            h.Clock.Advance(TenMinutes);
            h.Send("AABB", 2);
            Assert.AreEqual(string.Concat(Enumerable.Repeat("06FF1F", 5)), h.Uplink().FOpts, "battery unknown 0xFF, margin 31");
            Assert.AreEqual("AABB", h.Uplink().Payload);
        }

        [TestMethod]
        public void DutyCycleNewChannelDlChannelAndTxParamSetup()
        {
            var h = new MacHarness();
            // DutyCycleReq 7; NewChannelReq ch3 867.1 MHz DR0..5; NewChannelReq ch0 (default: refused);
            // DlChannelReq ch3 868.3 MHz; TxParamSetupReq (not implemented in EU868: ignored, no answer)
            h.Radio.ReplyWith(h.Downlink(fPort: 0, payloadHex: "0407" + "0703184F8450" + "0700184F8450" + "0A03F87D84" + "093D"));
            h.Send();
            Assert.AreEqual(7, h.State.Ledger.MaxDutyCycle);
            Assert.AreEqual(867100000u, h.State.Channels.GetFrequencyHz(3));
            Assert.IsTrue(h.State.Channels.IsEnabled(3));
            Assert.AreEqual(868300000u, h.State.Channels.GetRx1FrequencyHz(3));
            Assert.AreEqual(868100000u, h.State.Channels.GetFrequencyHz(0));
            h.Clock.Advance(TenMinutes);
            h.Send();
            Assert.AreEqual("04" + "0703" + "0700" + "0A03", h.Uplink().FOpts);
            h.Clock.Advance(TenMinutes);
            h.Send();
            Assert.AreEqual("0A03", h.Uplink().FOpts, "DlChannelAns is sticky");
        }

        [TestMethod]
        public void TxParamSetupIsAnsweredWhereTheRegionHasIt()
        {
            var h = new MacHarness(RegionId.As923Group1);
            // TxParamSetupReq: downlink dwell 1, uplink dwell 1, MaxEIRP index 5 = 16 dBm -> 09 35
            h.Radio.ReplyWith(h.Downlink("0935"));
            h.Send();
            Assert.IsTrue(h.State.Channels.UplinkDwellTime);
            Assert.AreEqual(16, h.State.Channels.MaxEirpDbm);
            Assert.AreEqual(2, h.State.DataRate, "AS923 with uplink dwell time: lowest DR is DR2");
            h.Clock.Advance(TenMinutes);
            h.Send();
            Assert.AreEqual("09", h.Uplink().FOpts);
        }

        [TestMethod]
        public void UnknownOrTruncatedCommandEndsTheWalk()
        {
            var h = new MacHarness();
            // DevStatusReq, then CID 0x0B (RFU in 1.0.4), then a valid DutyCycleReq that must be ignored
            h.Radio.ReplyWith(h.Downlink("060B0407"));
            h.Send();
            Assert.AreEqual(MacParseStatus.UnknownCid, h.Result.MacParseStatus);
            Assert.AreEqual(1, h.Result.MacCommandsProcessed);
            Assert.AreEqual(0, h.State.Ledger.MaxDutyCycle);
            h.Clock.Advance(TenMinutes);
            // DevStatusReq, then a LinkADRReq cut after two payload bytes
            h.Radio.ReplyWith(h.Downlink("060351FF"));
            h.Send();
            Assert.AreEqual("06FF05", h.Uplink().FOpts, "DevStatusAns to the first downlink (SNR 5 of the scripted radio)");
            Assert.AreEqual(MacParseStatus.Truncated, h.Result.MacParseStatus);
            Assert.AreEqual(0, h.State.DataRate);
            Assert.AreEqual(0x0007, h.State.Channels.GetChannelMaskWord(0));
            h.Clock.Advance(TenMinutes);
            h.Send();
            Assert.AreEqual("06FF05", h.Uplink().FOpts, "DevStatusAns to the second downlink; the LinkADRReq was not applied");
        }

        [TestMethod]
        public void LinkCheckAndDeviceTimeRequestsAndAnswers()
        {
            var h = new MacHarness();
            Assert.IsTrue(h.Engine.RequestLinkCheck());
            Assert.IsTrue(h.Engine.RequestDeviceTime());
            Assert.IsTrue(h.Engine.RequestLinkCheck(), "asking twice queues it once");
            h.Radio.ReplyNothing();
            h.Radio.ReplyWith(h.Downlink("021403" + "0DD202964980"));
            h.Send();
            Assert.AreEqual("020D", h.Uplink().FOpts);
            Assert.IsTrue(h.Result.LinkCheckReceived);
            Assert.AreEqual(20, h.Result.LinkCheckMarginDb);
            Assert.AreEqual(3, h.Result.LinkCheckGatewayCount);
            Assert.IsTrue(h.Result.DeviceTimeReceived);
            Assert.AreEqual(1234567890u, h.Result.DeviceTimeGpsSeconds);
            Assert.AreEqual(128, h.Result.DeviceTimeFraction);
            Assert.AreEqual(h.Radio.Transmissions[0].EndMilliseconds, h.Result.TxEndMilliseconds, "the time DeviceTimeAns refers to");
            h.Clock.Advance(TenMinutes);
            h.Send();
            Assert.AreEqual("", h.Uplink().FOpts);
        }

        [TestMethod]
        public void ApplicationDownlinkAndConfirmedDownlinkAck()
        {
            var h = new MacHarness();
            h.Radio.ReplyWith(h.Downlink(fPort: 10, payloadHex: "C0FFEE", confirmed: true, fPending: true));
            h.Send();
            Assert.AreEqual(10, h.Result.DownlinkPort);
            Assert.AreEqual("C0FFEE", Convert.ToHexString(h.Result.DownlinkPayload, 0, h.Result.DownlinkPayloadLength));
            Assert.IsTrue(h.Result.FramePending);
            h.Clock.Advance(TenMinutes);
            h.Send();
            Assert.IsTrue(h.Uplink().Ack, "the uplink after a confirmed downlink carries ACK");
            h.Clock.Advance(TenMinutes);
            h.Send();
            Assert.IsFalse(h.Uplink().Ack);
        }

        [TestMethod]
        public void ReplayedOrForeignDownlinkIsIgnoredAndRx2StillOpens()
        {
            var h = new MacHarness();
            var downlink = h.Downlink("0407");
            h.Radio.ReplyWith(downlink);
            h.Send();
            Assert.IsTrue(h.Result.DownlinkReceived);
            h.Clock.Advance(TenMinutes);
            h.Radio.ReplyWith(downlink); // same FCnt again: replay
            h.Radio.ReplyNothing();
            h.Send();
            Assert.IsFalse(h.Result.DownlinkReceived);
            Assert.AreEqual(2, h.Radio.Windows.Count - 1, "RX1 (replay ignored) and RX2 were both opened");
        }

        [TestMethod]
        public void ConfirmedUplinkRepeatsNbTransTimesWithTheSameCounter()
        {
            var h = new MacHarness();
            h.Radio.ReplyWith(h.Downlink(Adr(5, 0, 0x0007, 0, 3))); // DR5, NbTrans 3
            h.Send();
            h.Clock.Advance(TenMinutes);
            int before = h.Radio.Transmissions.Count;
            int windowsBefore = h.Radio.Windows.Count;
            Assert.AreEqual(LoRaWanStatus.NoAck, h.Send("0102", 3, confirmed: true));
            Assert.AreEqual(3, h.Radio.Transmissions.Count - before);
            Assert.AreEqual(3, h.Result.Transmissions);
            var frames = h.Radio.Transmissions.Skip(before).ToList();
            Assert.IsTrue(frames.All(f => MacHarness.Decode(f.Frame).FCnt == 1 && MacHarness.Decode(f.Frame).Confirmed));
            Assert.IsTrue(frames.All(f => f.Frame.SequenceEqual(frames[0].Frame)), "identical frames");
            var windows = h.Radio.Windows.Skip(windowsBefore).ToList();
            Assert.AreEqual(6, windows.Count);
            for (int i = 1; i < 3; i++)
            {
                long rx2End = windows[(2 * i) - 1].OpenMilliseconds + h.Radio.RxTimeoutMilliseconds;
                long gap = frames[i].StartMilliseconds - rx2End;
                Assert.IsTrue(gap >= 1000, $"RETRANSMIT_TIMEOUT at least 1 s after RX2, was {gap} ms");
            }

            Assert.AreEqual(2u, h.State.Session.FCntUp);
        }

        /// <summary>
        /// At SF12 the 1 % band stays closed for about two minutes after each frame: the engine does not wait awake,
        /// it keeps the frame (persisted), says when to continue, and sends the same frame (same FCnt) later, even after
        /// a reboot.
        /// </summary>
        [TestMethod]
        public void PostponedRetriesSurviveARebootAndKeepTheFrame()
        {
            var h = new MacHarness();
            h.Radio.ReplyWith(h.Downlink(Adr(0, 0, 0x0007, 0, 3))); // DR0, NbTrans 3
            h.Send();
            h.Clock.Advance(TenMinutes);
            Assert.AreEqual(LoRaWanStatus.TransmissionsPending, h.Send("0102", 3, confirmed: true));
            Assert.AreEqual(1, h.Result.Transmissions);
            byte[] frame = h.Radio.Transmissions[^1].Frame;
            Assert.IsTrue(h.Result.WaitMilliseconds > h.Engine.MaxRetransmitWaitMilliseconds);
            long notBefore = h.Result.NotBeforeMilliseconds;
            Assert.AreEqual(2, h.State.PendingTransmissions);

            Assert.AreEqual(LoRaWanStatus.TransmitDeferred, h.Engine.ContinuePending(h.Result), "too early");
            Assert.AreEqual(notBefore, h.Result.NotBeforeMilliseconds);
            long wait = h.Result.WaitMilliseconds;

            h.Reboot(sleptMilliseconds: wait); // deep sleep until the time the engine named; RAM is gone, the record is not
            Assert.AreEqual(LoRaWanStatus.TransmissionsPending, h.Engine.ContinuePending(h.Result));
            Assert.AreEqual(1, h.Result.Transmissions, "second transmission now, the third postponed again");
            CollectionAssert.AreEqual(frame, h.Radio.Transmissions[^1].Frame, "same frame, same FCnt");
            Assert.AreEqual(1u, h.Result.FCntUp);

            h.Reboot(sleptMilliseconds: h.Result.WaitMilliseconds);
            h.Radio.ReplyWith(h.Downlink(ack: true));
            Assert.AreEqual(LoRaWanStatus.Ok, h.Engine.ContinuePending(h.Result));
            Assert.IsTrue(h.Result.Acknowledged);
            CollectionAssert.AreEqual(frame, h.Radio.Transmissions[^1].Frame);
            Assert.AreEqual(0, h.State.PendingTransmissions);
            Assert.AreEqual(LoRaWanStatus.Ok, h.Engine.ContinuePending(h.Result));
            Assert.AreEqual(0, h.Result.Transmissions, "nothing left");
            Assert.AreEqual(2u, h.State.Session.FCntUp, "no counter used by the retries");
        }

        [TestMethod]
        public void NewUplinkSupersedesPendingRepetitions()
        {
            var h = new MacHarness();
            h.Radio.ReplyWith(h.Downlink(Adr(0, 0, 0x0007, 0, 3)));
            h.Send();
            h.Clock.Advance(TenMinutes);
            Assert.AreEqual(LoRaWanStatus.TransmissionsPending, h.Send("01", 3));
            h.Clock.Advance(TenMinutes);
            Assert.AreEqual(LoRaWanStatus.TransmissionsPending, h.Send("02", 3));
            Assert.AreEqual("02", h.Uplink().Payload);
            Assert.AreEqual(2, h.State.PendingTransmissions, "the repetitions of the new uplink replace the old ones");
            CollectionAssert.AreEqual(h.Radio.Transmissions[^1].Frame, h.State.PendingFrame.Take(h.State.PendingFrameLength).ToArray());
        }

        [TestMethod]
        public void ConfirmedUplinkStopsAtTheAck()
        {
            var h = new MacHarness();
            h.Radio.ReplyWith(h.Downlink(Adr(5, 0, 0x0007, 0, 3)));
            h.Send();
            h.Clock.Advance(TenMinutes);
            h.Radio.ReplyNothing();
            h.Radio.ReplyNothing();
            h.Radio.ReplyWith(h.Downlink(ack: true));
            Assert.AreEqual(LoRaWanStatus.Ok, h.Send("0102", 3, confirmed: true));
            Assert.AreEqual(2, h.Result.Transmissions);
            Assert.IsTrue(h.Result.Acknowledged);
            Assert.AreEqual(1, h.Result.DownlinkWindow);
        }

        [TestMethod]
        public void UnconfirmedRepetitionsStopAtAnyDownlink()
        {
            var h = new MacHarness();
            h.Radio.ReplyWith(h.Downlink(Adr(5, 0, 0x0007, 0, 3)));
            h.Send();
            h.Clock.Advance(TenMinutes);
            Assert.AreEqual(LoRaWanStatus.Ok, h.Send());
            Assert.AreEqual(3, h.Result.Transmissions, "NbTrans 3, no downlink");
            h.Clock.Advance(TenMinutes);
            h.Radio.ReplyNothing();
            h.Radio.ReplyWith(h.Downlink());
            h.Send();
            Assert.AreEqual(1, h.Result.Transmissions);
        }

        /// <summary>
        /// L2 1.0.4 §4.3.1.1 and its table 9, with ADR_ACK_LIMIT 64 and ADR_ACK_DELAY 32: ADRACKReq from ADR_ACK_CNT 64;
        /// at 96 TX power back to maximum; at 128, 160, ... one DR lower each; at the lowest DR the default channels
        /// come back (and NbTrans 1). Expected by hand: from DR5/TXPower 3/channels {0,1}, the uplink with
        /// ADR_ACK_CNT n uses: n&lt;96 power 3; n&gt;=96 power 0; DR5 until 127, DR4 128..159, DR3 160..191, DR2 192..223,
        /// DR1 224..255, DR0 from 256; channel 2 back from 288, where nothing is left to restore so ADRACKReq stops.
        /// </summary>
        [TestMethod]
        public void AdrBackoffRaisesPowerThenLowersDataRateThenRestoresChannels()
        {
            var h = new MacHarness();
            h.Radio.ReplyWith(h.Downlink(Adr(5, 3, 0x0003, 0, 2)));
            h.Send();
            Assert.AreEqual(0u, h.State.AdrAckCounter);
            var log = new List<string>();
            for (int n = 0; n < 300; n++)
            {
                h.Clock.Advance(TenMinutes);
                int channels = h.State.Channels.EnabledChannelCount;
                var status = h.Send();
                Assert.IsTrue(status == LoRaWanStatus.Ok || status == LoRaWanStatus.TransmissionsPending, status.ToString());
                var tx = h.Radio.Transmissions[^1];
                var up = h.Uplink();
                int dataRate = 12 - tx.Settings.SpreadingFactor + 0; // EU868 DR0..5 = SF12..SF7
                int power = (16 - 2 - tx.Settings.PowerDbm) / 2;
                string entry = $"{(up.AdrAckReq ? 1 : 0)}/DR{dataRate}/P{power}/C{channels}";
                if (log.Count == 0 || log[^1].Split('@')[0] != entry) { log.Add($"{entry}@{n}"); }
            }

            // NbTrans 2 from the LinkADRReq: 2 transmissions per uplink until the default channels come back
            Assert.AreEqual(string.Join(" ",
                "0/DR5/P3/C2@0", "1/DR5/P3/C2@64", "1/DR5/P0/C2@96", "1/DR4/P0/C2@128", "1/DR3/P0/C2@160",
                "1/DR2/P0/C2@192", "1/DR1/P0/C2@224", "1/DR0/P0/C2@256", "0/DR0/P0/C3@288"), string.Join(" ", log));
            Assert.AreEqual(1, h.State.NbTrans);

            h.Clock.Advance(TenMinutes);
            h.Radio.ReplyWith(h.Downlink());
            h.Send();
            Assert.AreEqual(0u, h.State.AdrAckCounter, "reset by the downlink");
        }

        /// <summary>
        /// L2 1.0.4 §4.3.1.1 table 9: the last back-off row (ADR_ACK_CNT ≥ LIMIT + k·DELAY once DR and power are at
        /// their defaults) re-enables the default channels AND sets NbTrans to 1. Here DR0, TXPower 0 and all three
        /// default channels are already set, NbTrans is 3. By hand (LIMIT 64, DELAY 32): uplinks n = 0..63 no
        /// ADRACKReq; 64..95 ADRACKReq; the uplink n = 95 brings ADR_ACK_CNT to 96 = 64 + 32, the first step boundary,
        /// and the only item left is NbTrans -> 1; then nothing is left to restore, so from n = 96 no ADRACKReq.
        /// </summary>
        [TestMethod]
        public void AdrBackoffResetsNbTransEvenWhenTheDefaultChannelsAreOn()
        {
            var h = new MacHarness();
            h.Radio.ReplyWith(h.Downlink(Adr(0, 0, 0x0007, 0, 3)));
            h.Send();
            Assert.AreEqual(3, h.State.NbTrans);
            Assert.AreEqual(3, h.State.Channels.EnabledChannelCount);
            for (int n = 0; n < 100; n++)
            {
                h.Clock.Advance(TenMinutes);
                var status = h.Send();
                Assert.IsTrue(status == LoRaWanStatus.Ok || status == LoRaWanStatus.TransmissionsPending, status.ToString());
                Assert.AreEqual(n >= 64 && n < 96, h.Uplink().AdrAckReq, $"ADRACKReq of uplink {n}");
                Assert.AreEqual(n >= 95 ? 1 : 3, h.State.NbTrans, $"NbTrans after uplink {n}");
            }
        }

        [TestMethod]
        public void Us915UsesTheSubBandAndTheFixedRx1Plan()
        {
            var h = new MacHarness(RegionId.Us915);
            Assert.IsTrue(h.State.Channels.SelectSubBand(2)); // TTN: channels 8..15 and 65
            h.Send();
            var tx = h.Radio.Transmissions[0];
            // sub-band 2: 902.3 + 0.2 x (8..15) MHz = 903.9 .. 905.3 MHz; DR0 = SF10/125 kHz (RP002-1.0.4 §2.5)
            Assert.IsTrue(tx.Settings.FrequencyHz >= 903900000 && tx.Settings.FrequencyHz <= 905300000, tx.Settings.FrequencyHz.ToString());
            Assert.AreEqual(10, tx.Settings.SpreadingFactor);
            int channel = (int)((tx.Settings.FrequencyHz - 902300000) / 200000);
            // RX1: 923.3 + 0.6 x (channel mod 8) MHz at DR10 (DR0 -> DR10 with offset 0) = SF10/500 kHz
            Assert.AreEqual(923300000u + (uint)(channel % 8) * 600000, h.Radio.Windows[0].Settings.FrequencyHz);
            Assert.AreEqual(10, h.Radio.Windows[0].Settings.SpreadingFactor);
            Assert.AreEqual(500000, h.Radio.Windows[0].Settings.BandwidthHz);
            // RX2: 923.3 MHz DR8 = SF12/500 kHz
            Assert.AreEqual(923300000u, h.Radio.Windows[1].Settings.FrequencyHz);
            Assert.AreEqual(12, h.Radio.Windows[1].Settings.SpreadingFactor);
        }

        [TestMethod]
        public void Us915LinkAdrBlockSelectsASubBand()
        {
            var h = new MacHarness(RegionId.Us915);
            h.Radio.MaxPowerDbm = 20; // what an SX1276 on PA_BOOST reports (TTGO LoRa32 profile)
            // The usual network-server block for sub-band 2 (RP002-1.0.4 §2.5.5): ChMaskCntl 7 with ChMask 0x0000 (all 125 kHz
            // channels off, 500 kHz channels 64..71 from ChMask: none), then ChMaskCntl 0 with ChMask 0xFF00 (channels 8..15),
            // DR3 TXPower 2 NbTrans 1 in the last command: 03 FF 00 00 70 | 03 32 00 FF 01. The first command's DR/power are
            // "keep" (0xF) and do not matter: only the last one's count.
            h.Radio.ReplyWith(h.Downlink("03FF000070" + "0332" + "00FF" + "01"));
            h.Send();
            Assert.AreEqual(8, h.State.Channels.EnabledChannelCount);
            for (int channel = 8; channel < 16; channel++) { Assert.IsTrue(h.State.Channels.IsEnabled(channel)); }
            Assert.AreEqual(3, h.State.DataRate);
            h.Clock.Advance(TenMinutes);
            h.Send();
            Assert.AreEqual("0307" + "0307", h.Uplink().FOpts);
            var tx = h.Radio.Transmissions[^1];
            Assert.IsTrue(tx.Settings.FrequencyHz >= 903900000 && tx.Settings.FrequencyHz <= 905300000);
            Assert.AreEqual(7, tx.Settings.SpreadingFactor, "US915 DR3 = SF7/125 kHz");
            // TXPower 2: 30 dBm - 2 x 2 = 26 dBm EIRP, 24 dBm conducted, lowered to the 20 dBm the radio reports
            Assert.AreEqual(20, tx.Settings.PowerDbm);
        }

        [TestMethod]
        public void EmptyFrameCarriesOnlyMacAnswersAndOversizePayloadIsRefused()
        {
            var h = new MacHarness();
            h.Radio.ReplyWith(h.Downlink("06"));
            h.Send();
            h.Clock.Advance(TenMinutes);
            Assert.AreEqual(LoRaWanStatus.Ok, h.Engine.Send(-1, Array.Empty<byte>(), 0, 0, false, h.Result));
            var up = h.Uplink();
            Assert.AreEqual(-1, up.FPort, "no FPort, no FRMPayload");
            Assert.AreEqual("06FF05", up.FOpts);
            // EU868 DR0: M = 59, so FHDR 7 + FPort 1 + 51 bytes is the largest frame; 52 bytes are refused, nothing sent
            h.Clock.Advance(TenMinutes);
            int sent = h.Radio.Transmissions.Count;
            Assert.AreEqual(LoRaWanStatus.PayloadTooLong, h.Send(new string('0', 104), 1));
            Assert.AreEqual(sent, h.Radio.Transmissions.Count);
            Assert.AreEqual(LoRaWanStatus.Ok, h.Send(new string('0', 102), 1));
        }

        [TestMethod]
        public void RadioFaultIsAStatusAndTheCounterStaysUsed()
        {
            var h = new MacHarness();
            h.Radio.NextTransmitStatus = SmartCityNodes.Hal.Radio.RadioStatus.TxTimeout;
            Assert.AreEqual(LoRaWanStatus.RadioFault, h.Send());
            Assert.AreEqual(1u, h.State.Session.FCntUp, "FCnt 0 was reserved before the attempt and is never reused");
            h.Clock.Advance(TenMinutes);
            Assert.AreEqual(LoRaWanStatus.Ok, h.Send());
            Assert.AreEqual(1, h.Uplink().FCnt);
        }
    }
}
