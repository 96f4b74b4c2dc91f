// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using SmartCityNodes.LoRaWan.Frames;
using SmartCityNodes.LoRaWan.Mac;
using SmartCityNodes.LoRaWan.Region;

namespace SmartCityNodes.LoRaWan.Tests.Mac
{
    /// <summary>OTAA (L2 1.0.4 §6.2) through the engine: DevNonce counter, join-accept windows, JoinNonce freshness, CFList.</summary>
    [TestClass]
    public sealed class MacJoinTests
    {
        private const ulong JoinEui = 0x70B3D57ED0000001;
        private const ulong DevEui = 0x0004A30B001C0530;
        private const uint NetId = 0x000013;
        private const uint JoinedDevAddr = 0x260B1234;

        // CFList type 0: 867.1, 867.3, 867.5, 867.7, 867.9 MHz as 24-bit LE in 100 Hz units: 8 671 000 = 0x844F18,
        // then +2000 each: 0x8456E8, 0x845EB8, 0x846688, 0x846E58 (0x844F18 + 0x7D0 = 0x8456E8, ...); then CFListType 0.
        private static readonly byte[] CFList = Convert.FromHexString("184F84" + "E85684" + "B85E84" + "886684" + "586E84" + "00");

        [TestMethod]
        public void JoinUsesRx1AtFiveAndRx2AtSixSecondsAndStartsTheSession()
        {
            var h = new MacHarness(abp: false);
            h.Radio.ReplyNothing();
            h.Radio.ReplyWith(MacHarness.JoinAccept(joinNonce: 1, NetId, JoinedDevAddr, rx1DrOffset: 1, rx2DataRate: 3, rxDelay: 0, CFList));
            var result = h.Result;
            Assert.AreEqual(LoRaWanStatus.Ok, h.Engine.Join(JoinEui, DevEui, MacHarness.AppKey, result));
            Assert.IsTrue(result.Joined);
            Assert.AreEqual(2, result.DownlinkWindow);

            var tx = h.Radio.Transmissions[0];
            Assert.AreEqual(23, tx.Frame.Length);
            Assert.AreEqual(0x00, tx.Frame[0], "MHDR Join-Request");
            Assert.AreEqual(JoinEui, BitConverter.ToUInt64(tx.Frame, 1));
            Assert.AreEqual(DevEui, BitConverter.ToUInt64(tx.Frame, 9));
            Assert.AreEqual(0, BitConverter.ToUInt16(tx.Frame, 17), "first DevNonce is 0");
            // EU868 join: a default channel, DR5 first (SF7), TXPower 0
            CollectionAssert.Contains(new uint[] { 868100000, 868300000, 868500000 }, tx.Settings.FrequencyHz);
            Assert.AreEqual(7, tx.Settings.SpreadingFactor);
            // JOIN_ACCEPT_DELAY1 5 s and JOIN_ACCEPT_DELAY2 6 s (RP002-1.0.4 default settings), ± 10 ms
            MacHarness.AssertWindowCovers(h.Radio.Windows[0], tx.EndMilliseconds + 5000);
            Assert.AreEqual(tx.Settings.FrequencyHz, h.Radio.Windows[0].Settings.FrequencyHz);
            MacHarness.AssertWindowCovers(h.Radio.Windows[1], tx.EndMilliseconds + 6000);
            Assert.AreEqual(869525000u, h.Radio.Windows[1].Settings.FrequencyHz);
            Assert.AreEqual(12, h.Radio.Windows[1].Settings.SpreadingFactor, "RX2 default DR0");

            var state = h.State;
            Assert.IsTrue(state.Joined);
            Assert.AreEqual(JoinedDevAddr, state.Session.DevAddr);
            CollectionAssert.AreEqual(MacHarness.DeriveKey(0x01, 1, NetId, 0), state.Session.NwkSKey);
            CollectionAssert.AreEqual(MacHarness.DeriveKey(0x02, 1, NetId, 0), state.Session.AppSKey);
            Assert.AreEqual(1, state.DevNonce);
            Assert.AreEqual(1u, state.LastJoinNonce);
            Assert.AreEqual(1, state.Rx1DrOffset);
            Assert.AreEqual(3, state.Rx2DataRate);
            Assert.AreEqual(1, state.Rx1DelaySeconds, "RxDelay 0 means 1 s");
            Assert.AreEqual(5, state.DataRate, "first uplink at the join's data rate");
            Assert.AreEqual(867100000u, state.Channels.GetFrequencyHz(3));
            Assert.AreEqual(867900000u, state.Channels.GetFrequencyHz(7));
            Assert.AreEqual(8, state.Channels.EnabledChannelCount);
            Assert.AreEqual(0u, state.Session.FCntUp);

            var (record, before) = h.Store.Saves[0];
            Assert.AreEqual(0, before);
            var restored = new MacState(state.Region);
            MacStateRecord.Read(restored, record, 0, record.Length, out _);
            Assert.AreEqual(1, restored.DevNonce, "DevNonce persisted incremented before the Join-Request went out");
        }

        [TestMethod]
        public void DevNonceIsNeverReusedAndAReplayedJoinAcceptIsRejected()
        {
            var h = new MacHarness(abp: false);
            var accept = MacHarness.JoinAccept(joinNonce: 5, NetId, JoinedDevAddr, 0, 0, 1);
            h.Radio.ReplyWith(accept);
            Assert.AreEqual(LoRaWanStatus.Ok, h.Engine.Join(JoinEui, DevEui, MacHarness.AppKey, h.Result));

            h.Clock.Advance(3_600_000);
            h.Radio.ReplyWith(accept); // the same Join-Accept replayed: JoinNonce 5 is not newer
            h.Radio.ReplyNothing();
            Assert.AreEqual(LoRaWanStatus.NoJoinAccept, h.Engine.Join(JoinEui, DevEui, MacHarness.AppKey, h.Result));
            h.Clock.Advance(3_600_000);
            h.Radio.ReplyWith(MacHarness.JoinAccept(joinNonce: 6, NetId, JoinedDevAddr + 1, 0, 0, 1));
            Assert.AreEqual(LoRaWanStatus.Ok, h.Engine.Join(JoinEui, DevEui, MacHarness.AppKey, h.Result));
            Assert.AreEqual(JoinedDevAddr + 1, h.State.Session.DevAddr);

            var nonces = h.Radio.Transmissions.Select(t => BitConverter.ToUInt16(t.Frame, 17)).ToArray();
            CollectionAssert.AreEqual(new ushort[] { 0, 1, 2 }, nonces);
            Assert.AreEqual(3, h.State.DevNonce);
        }

        [TestMethod]
        public void JoinRequestsRespectTheJoinBackOff()
        {
            // L2 1.0.4 §7: at most 36 s of join airtime per hour in the first 11 hours. SF12 Join-Requests
            // (about 1.5 s each) soon exhaust it; the engine then answers TransmitDeferred with a time instead of sending.
            var h = new MacHarness(abp: false);
            h.State.Channels.JoinStartDataRate = 0;
            h.State.Ledger.ResetJoinBackOff(h.Engine.NowMilliseconds);
            int sent = 0;
            int deferred = 0;
            for (int i = 0; i < 200; i++)
            {
                h.Radio.ClearReplies();
                var status = h.Engine.Join(JoinEui, DevEui, MacHarness.AppKey, h.Result);
                if (status == LoRaWanStatus.TransmitDeferred)
                {
                    deferred++;
                    Assert.IsTrue(h.Result.WaitMilliseconds > 0);
                    h.Clock.Advance(h.Result.WaitMilliseconds);
                }
                else
                {
                    Assert.AreEqual(LoRaWanStatus.NoJoinAccept, status);
                    sent++;
                }
            }

            Assert.IsTrue(deferred > 0);
            Assert.AreEqual(sent, h.Radio.Transmissions.Count);
            // check the hourly budget over every sliding hour of the first 11 hours after the epoch
            var ledgerEpoch = h.Radio.Transmissions[0].StartMilliseconds;
            foreach (var t in h.Radio.Transmissions)
            {
                long windowStart = t.StartMilliseconds;
                if (windowStart > ledgerEpoch + 10 * 3_600_000) { break; }
                double sum = h.Radio.Transmissions.Where(u => u.StartMilliseconds >= windowStart && u.StartMilliseconds < windowStart + 3_600_000)
                    .Sum(u => JoinAirtimeMilliseconds(u.Settings.SpreadingFactor));
                Assert.IsTrue(sum <= 36_000 + 0.001, $"{sum} ms of join airtime in the hour from {windowStart}");
            }
        }

        /// <summary>
        /// Join-Request (23 bytes) airtime at 125 kHz, CR 4/5, preamble 8, explicit header, CRC, hand formula:
        /// n = 8 + max(ceil((8·23 − 4·SF + 28 + 16) / (4·(SF − 2·DE)))·5, 0), T = (12.25 + n)·2^SF/125 kHz.
        /// </summary>
        private static double JoinAirtimeMilliseconds(int sf)
        {
            int de = sf >= 11 ? 1 : 0;
            double tsym = Math.Pow(2, sf) / 125.0;
            int n = 8 + Math.Max((int)Math.Ceiling((8.0 * 23 - 4 * sf + 28 + 16) / (4.0 * (sf - 2 * de))) * 5, 0);
            return (12.25 + n) * tsym;
        }

        [TestMethod]
        public void LastDevNonceIsUsedOnceThenJoiningStops()
        {
            var h = new MacHarness(abp: false);
            h.State.DevNonce = 0xFFFF;
            Assert.AreEqual(LoRaWanStatus.NoJoinAccept, h.Engine.Join(JoinEui, DevEui, MacHarness.AppKey, h.Result));
            Assert.AreEqual(0xFFFF, BitConverter.ToUInt16(h.Radio.Transmissions[0].Frame, 17));
            h.Clock.Advance(3_600_000);
            Assert.AreEqual(LoRaWanStatus.DevNonceExhausted, h.Engine.Join(JoinEui, DevEui, MacHarness.AppKey, h.Result));
            Assert.AreEqual(1, h.Radio.Transmissions.Count, "DevNonce 0xFFFF is never sent twice (L2 1.0.4 §6.2.2)");
        }

        [TestMethod]
        public void Us915JoinKeepsTheSubBand()
        {
            var h = new MacHarness(RegionId.Us915, abp: false);
            h.State.Channels.SelectSubBand(2);
            h.Radio.ReplyWith(MacHarness.JoinAccept(1, NetId, JoinedDevAddr, 0, 8, 1));
            Assert.AreEqual(LoRaWanStatus.Ok, h.Engine.Join(JoinEui, DevEui, MacHarness.AppKey, h.Result));
            Assert.AreEqual(9, h.State.Channels.EnabledChannelCount, "channels 8..15 and 65 stay the only ones");
        }
    }
}
