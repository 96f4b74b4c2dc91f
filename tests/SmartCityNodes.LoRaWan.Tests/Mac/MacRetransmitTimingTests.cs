// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using SmartCityNodes.LoRaWan.Mac;
using SmartCityNodes.LoRaWan.Region;

namespace SmartCityNodes.LoRaWan.Tests.Mac
{
    /// <summary>
    /// RETRANSMIT_TIMEOUT (LoRaWAN L2 1.0.4 §4.3.1.3, RP002-1.0.4 §2 default 2 ± 1 s): while a confirmed uplink's ACK is
    /// outstanding, neither a repetition nor a new frame may go before TxEnd + RECEIVE_DELAY2 + RETRANSMIT_TIMEOUT. With
    /// RECEIVE_DELAY1 = 1 s (RP002-1.0.4 default), RECEIVE_DELAY2 = 2 s, so the earliest next start is TxEnd + 3 s and the
    /// latest RETRANSMIT_TIMEOUT ends TxEnd + 5 s — whenever the receive windows returned.
    /// </summary>
    [TestClass]
    public sealed class MacRetransmitTimingTests
    {
        private const long TenMinutes = 600_000;

        /// <summary>RECEIVE_DELAY2 (2 s) + the shortest RETRANSMIT_TIMEOUT (1 s).</summary>
        private const long EarliestAfterTxEnd = 2000 + 1000;

        /// <summary>RECEIVE_DELAY2 (2 s) + the longest RETRANSMIT_TIMEOUT (3 s).</summary>
        private const long LatestAfterTxEnd = 2000 + 3000;

        /// <summary>
        /// US915 (no duty cycle, RP002-1.0.4 §2.5), so only RETRANSMIT_TIMEOUT spaces the frames (in EU868 the 1 % band
        /// keeps the channels closed for 99 × the time on air, which would hide it).
        /// </summary>
        private static MacHarness WithNbTrans(int nbTrans)
        {
            var h = new MacHarness(RegionId.Us915);
            h.State.NbTrans = nbTrans;
            return h;
        }

        [TestMethod]
        public void RetryAfterAnRx1DownlinkWithoutAckWaitsFromRx2NotFromTheWindowsReturn()
        {
            // RX1 brings a downlink without ACK: the windows return about 1 s after TxEnd, but the retry may still only go
            // RETRANSMIT_TIMEOUT after TxEnd + RECEIVE_DELAY2 (the engine used to count from the return: TxEnd + 2.04 s).
            MacHarness h = WithNbTrans(2);
            int before = h.Radio.Transmissions.Count;
            h.Radio.ReplyWith(h.Downlink());
            h.Radio.ReplyNothing();
            h.Radio.ReplyNothing();

            Assert.AreEqual(LoRaWanStatus.NoAck, h.Send("0102", 3, confirmed: true));

            var first = h.Radio.Transmissions[before];
            var retry = h.Radio.Transmissions[before + 1];
            Assert.AreEqual(1, h.Radio.Windows.Count(w => w.Delivered && w.OpenMilliseconds > first.EndMilliseconds), "the RX1 downlink came");
            long gap = retry.StartMilliseconds - first.EndMilliseconds;
            Assert.IsTrue(gap >= EarliestAfterTxEnd && gap <= LatestAfterTxEnd, $"retry {gap} ms after TxEnd, spec 3000..5000");
        }

        [TestMethod]
        public void RetryAfterEmptyWindowsAlsoCountsFromTxEnd()
        {
            MacHarness h = WithNbTrans(3);
            int before = h.Radio.Transmissions.Count;

            Assert.AreEqual(LoRaWanStatus.NoAck, h.Send("0102", 3, confirmed: true));

            for (int i = before + 1; i < h.Radio.Transmissions.Count; i++)
            {
                long gap = h.Radio.Transmissions[i].StartMilliseconds - h.Radio.Transmissions[i - 1].EndMilliseconds;
                Assert.IsTrue(gap >= EarliestAfterTxEnd && gap <= LatestAfterTxEnd, $"repetition {gap} ms after TxEnd");
            }
        }

        [TestMethod]
        public void AfterNoAckANewFrameIsDeferredUntilRetransmitTimeoutEnds()
        {
            // The engine used to let an immediate Send go at TxEnd + 2.08 s with "not before" 0.
            MacHarness h = WithNbTrans(1);
            Assert.AreEqual(LoRaWanStatus.NoAck, h.Send("0102", 3, confirmed: true));
            long txEnd = h.Result.TxEndMilliseconds;
            long notBefore = h.Result.NotBeforeMilliseconds;
            Assert.IsTrue(notBefore - txEnd >= EarliestAfterTxEnd && notBefore - txEnd <= LatestAfterTxEnd, $"not before TxEnd + {notBefore - txEnd} ms");
            uint counter = h.State.Session.FCntUp;
            int transmissions = h.Radio.Transmissions.Count;

            Assert.AreEqual(LoRaWanStatus.TransmitDeferred, h.Send("03", 3));
            Assert.AreEqual(notBefore, h.Result.NotBeforeMilliseconds);
            Assert.AreEqual(notBefore - h.Engine.NowMilliseconds, h.Result.WaitMilliseconds);
            Assert.AreEqual(transmissions, h.Radio.Transmissions.Count, "nothing sent");
            Assert.AreEqual(counter, h.State.Session.FCntUp, "no counter spent");

            h.Clock.Advance(notBefore - h.Engine.NowMilliseconds);
            Assert.AreEqual(LoRaWanStatus.Ok, h.Send("03", 3));
            long offset = h.Engine.NowMilliseconds - h.Clock.UptimeMilliseconds; // MAC time = uptime + offset
            Assert.IsTrue(h.Radio.Transmissions[^1].StartMilliseconds + offset - txEnd >= EarliestAfterTxEnd);
        }

        [TestMethod]
        public void TheNotBeforeSurvivesADeepSleep()
        {
            MacHarness h = WithNbTrans(1);
            Assert.AreEqual(LoRaWanStatus.NoAck, h.Send("0102", 3, confirmed: true));
            long notBefore = h.Result.NotBeforeMilliseconds;

            h.Reboot(sleptMilliseconds: 100); // RAM is gone; the record keeps the not-before in MAC time

            Assert.AreEqual(LoRaWanStatus.TransmitDeferred, h.Send("03", 3));
            Assert.AreEqual(notBefore, h.Result.NotBeforeMilliseconds);
        }

        [TestMethod]
        public void AnAcknowledgedUplinkLeavesNoWait()
        {
            MacHarness h = WithNbTrans(1);
            h.Radio.ReplyWith(h.Downlink(ack: true));
            Assert.AreEqual(LoRaWanStatus.Ok, h.Send("0102", 3, confirmed: true));
            Assert.AreEqual(0, h.State.RetransmitNotBeforeMilliseconds);

            Assert.AreEqual(LoRaWanStatus.Ok, h.Send("03", 3), "right away: US915 has no duty cycle and no ACK is outstanding");
        }
    }
}
