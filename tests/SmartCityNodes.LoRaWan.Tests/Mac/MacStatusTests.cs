// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using SmartCityNodes.Hal.Radio;
using SmartCityNodes.LoRaWan.Frames;
using SmartCityNodes.LoRaWan.Mac;
using SmartCityNodes.LoRaWan.Region;

namespace SmartCityNodes.LoRaWan.Tests.Mac
{
    /// <summary>
    /// Every status MacEngine.Send, Join and ContinuePending return, with exactly the state each leaves: the whole state
    /// record (written at a fixed MAC time, so it compares session, counters, DevNonce, ADR, channels, ledger, answers
    /// and postponed frames), the saves the store received, what the radio sent and what it refused. The contract is
    /// LoRaWanStatus's: nothing changes unless the status's own description says a counter was spent.
    /// </summary>
    [TestClass]
    public sealed class MacStatusTests
    {
        private const ulong JoinEui = 0x70B3D57ED0000001;
        private const ulong DevEui = 0x0004A30B001C0530;

        private sealed class Before
        {
            public string State = "";
            public int Saves;
            public int Transmissions;
            public uint FCntUp;
            public int DevNonce;
        }

        /// <summary>The record at MAC time 0: every persisted field, and nothing that depends on the clock.</summary>
        internal static string Snapshot(MacState state)
        {
            var buffer = new byte[MacStateRecord.MaxLength(state)];
            int length = MacStateRecord.Write(state, 0, buffer, 0);
            return Convert.ToHexString(buffer, 0, length);
        }

        private static Before Take(MacHarness h) => new Before
        {
            State = Snapshot(h.State),
            Saves = h.Store.Saves.Count,
            Transmissions = h.Radio.Transmissions.Count,
            FCntUp = h.State.Session.FCntUp,
            DevNonce = h.State.DevNonce,
        };

        private static void AssertNothingChanged(MacHarness h, Before before)
        {
            Assert.AreEqual(before.State, Snapshot(h.State), "state record");
            Assert.AreEqual(before.Saves, h.Store.Saves.Count, "no save");
            Assert.AreEqual(before.Transmissions, h.Radio.Transmissions.Count, "nothing sent");
            Assert.AreEqual(0, h.Radio.RefusedTransmissions, "nothing refused by the radio");
            Assert.AreEqual(0, h.Result.Transmissions);
        }

        private static uint SavedFCntUp(MacHarness h)
        {
            var restored = new MacState(h.State.Region);
            var record = h.Store.Saves[^1].Record;
            Assert.AreEqual(LoRaWanStatus.Ok, MacStateRecord.Read(restored, record, 0, record.Length, out _));
            return restored.Session.FCntUp;
        }

        [TestMethod]
        public void SendOkSpendsOneCounterAndSavesBeforeAndAfter()
        {
            var h = new MacHarness();
            Assert.AreEqual(LoRaWanStatus.Ok, h.Send());
            Assert.AreEqual(1u, h.State.Session.FCntUp);
            Assert.AreEqual(1, h.Radio.Transmissions.Count);
            Assert.AreEqual(2, h.Store.Saves.Count, "before TX (counter advanced) and at the end");
            Assert.AreEqual(0, h.Store.Saves[0].TransmissionsBefore);
            Assert.AreEqual(1u, SavedFCntUp(h));
        }

        [TestMethod]
        [DataRow("no session", LoRaWanStatus.NotJoined)]
        [DataRow("FCntUp at 2^32 - 1", LoRaWanStatus.CounterExhausted)]
        [DataRow("FPort 0 (MAC commands only)", LoRaWanStatus.InvalidPort)]
        [DataRow("FPort 224 (compliance port)", LoRaWanStatus.InvalidPort)]
        [DataRow("FPort -2", LoRaWanStatus.InvalidPort)]
        [DataRow("payload shorter than offset + length", LoRaWanStatus.InvalidArgument)]
        [DataRow("243 bytes at EU868 DR5", LoRaWanStatus.PayloadTooLong)]
        [DataRow("FSK data rate", LoRaWanStatus.NoChannelAvailable)]
        [DataRow("radio tunes 902..928 MHz only", LoRaWanStatus.RadioCannotTransmit)]
        [DataRow("radio minimum 17 dBm", LoRaWanStatus.RadioCannotTransmit)]
        [DataRow("store refuses the record", LoRaWanStatus.PersistFailed)]
        public void SendStatusesThatChangeNothing(string situation, LoRaWanStatus expected)
        {
            var h = new MacHarness(abp: situation != "no session");
            byte[] payload = { 1 };
            int fPort = 1;
            int offset = 0;
            int length = 1;
            switch (situation)
            {
                case "FCntUp at 2^32 - 1":
                    h.Engine.ActivateByPersonalization(MacHarness.DevAddr, MacHarness.NwkSKey, MacHarness.AppSKey, uint.MaxValue, 0);
                    break;
                case "FPort 0 (MAC commands only)": fPort = 0; break;
                case "FPort 224 (compliance port)": fPort = 224; break;
                case "FPort -2": fPort = -2; break;
                case "payload shorter than offset + length": payload = new byte[2]; offset = 1; length = 3; break;
                case "243 bytes at EU868 DR5":
                    // M = 250 at DR5 (RP002-1.0.4 §2.4.6): FHDR 7 + FPort 1 + 243 = 251 > 250.
                    payload = new byte[243]; length = 243;
                    break;
                case "FSK data rate":
                    // EU868 DR7 is FSK (RP002-1.0.4 §2.4.3); the default channels allow DR0..5 only.
                    h.State.DataRate = 7;
                    break;
                case "radio tunes 902..928 MHz only":
                    // A 915 MHz front end asked to use EU868 channels.
                    h.Radio.MinFrequencyHz = 902000000;
                    h.Radio.MaxFrequencyHz = 928000000;
                    break;
                case "radio minimum 17 dBm":
                    // EU868 max EIRP 16 dBm (RP002-1.0.4 §2.4.3) - 2 dBi = 14 dBm conducted at most; a radio that cannot go
                    // below 17 dBm would break the regional limit.
                    h.Radio.MinPowerDbm = 17;
                    break;
                case "store refuses the record": h.Store.Fail = true; break;
            }

            var before = Take(h);
            Assert.AreEqual(expected, h.Engine.Send(fPort, payload, offset, length, false, h.Result));
            AssertNothingChanged(h, before);
        }

        [TestMethod]
        public void SendTransmitDeferredChangesNothingAndNeverAsksTheRadio()
        {
            var h = new MacHarness();
            h.Send();
            int randomCalls = h.Radio.RandomCalls;
            long receiveMicroseconds = h.Radio.ReceiveTimeMicroseconds;
            var before = Take(h);
            Assert.AreEqual(LoRaWanStatus.TransmitDeferred, h.Send());
            AssertNothingChanged(h, before);
            Assert.IsTrue(h.Result.NotBeforeMilliseconds > h.Engine.NowMilliseconds);
            Assert.AreEqual(h.Result.NotBeforeMilliseconds - h.Engine.NowMilliseconds, h.Result.WaitMilliseconds);
            Assert.AreEqual(randomCalls, h.Radio.RandomCalls, "no seed drawn for a deferral");
            Assert.AreEqual(receiveMicroseconds, h.Radio.ReceiveTimeMicroseconds);
        }

        [TestMethod]
        public void OverPowerIsLoweredToTheRadiosMaximumAndEverySendSpendsExactlyOneCounter()
        {
            // Issue 8's case: US915 allows 30 dBm EIRP (RP002-1.0.4 §2.5.3), i.e. 28 dBm conducted with a 2 dBi antenna;
            // the TTGO LoRa32's SX1276 on PA_BOOST reports 20 dBm. The radio refuses anything above that
            // (InvalidPower), so a MAC that asked for 28 would spend a counter per Send and send nothing.
            var h = new MacHarness(RegionId.Us915);
            h.State.Channels.SelectSubBand(2);
            h.Radio.MinPowerDbm = 2;
            h.Radio.MaxPowerDbm = 20;
            for (int i = 0; i < 3; i++)
            {
                h.Clock.Advance(60_000);
                Assert.AreEqual(LoRaWanStatus.Ok, h.Send(), $"uplink {i}");
                Assert.AreEqual((uint)i, h.Result.FCntUp);
                Assert.AreEqual(20, h.Radio.Transmissions[^1].Settings.PowerDbm);
                Assert.AreEqual(i, h.Uplink().FCnt);
            }

            Assert.AreEqual(0, h.Radio.RefusedTransmissions);
            Assert.AreEqual(3u, h.State.Session.FCntUp, "three counters for three frames on air");
        }

        [TestMethod]
        public void LatePersistFailedSaysTheUplinkWentOutAndTheStoreHoldsTheSpentCounter()
        {
            var h = new MacHarness();
            h.Store.FailAfterSaves = 1; // the save before TX succeeds, the one at the end fails
            Assert.AreEqual(LoRaWanStatus.PersistFailed, h.Send());
            Assert.AreEqual(1, h.Result.Transmissions, "the uplink went out");
            Assert.AreEqual(1, h.Radio.Transmissions.Count);
            Assert.AreEqual(1u, h.State.Session.FCntUp);
            Assert.AreEqual(1, h.Store.Saves.Count);
            Assert.AreEqual(1u, SavedFCntUp(h), "after a reboot FCnt 0 is not reused");
        }

        [TestMethod]
        public void RadioFaultKeepsTheCounterSpentAndSaysNothingWentOut()
        {
            var h = new MacHarness();
            h.Radio.NextTransmitStatus = RadioStatus.TxTimeout;
            Assert.AreEqual(LoRaWanStatus.RadioFault, h.Send());
            Assert.AreEqual(0, h.Result.Transmissions);
            Assert.AreEqual(1u, h.State.Session.FCntUp, "a timed-out frame may have left the antenna: FCnt 0 stays used");
            Assert.AreEqual(1u, SavedFCntUp(h));
            h.Clock.Advance(60_000);
            Assert.AreEqual(LoRaWanStatus.Ok, h.Send());
            Assert.AreEqual(1, h.Uplink().FCnt);
        }

        [TestMethod]
        public void NoAckSpendsTheCounterAndSaysHowOftenItWentOut()
        {
            var h = new MacHarness();
            Assert.AreEqual(LoRaWanStatus.NoAck, h.Send(confirmed: true));
            Assert.AreEqual(1, h.Result.Transmissions);
            Assert.AreEqual(1u, h.State.Session.FCntUp);
            Assert.AreEqual(1u, SavedFCntUp(h));
        }

        [TestMethod]
        public void TransmissionsPendingSpendsTheCounterAndPersistsTheRepetitions()
        {
            // DR0 (SF12, 1.3 s on air) closes the 1 % band for ~2 min: NbTrans 3 cannot finish within the 10 s awake wait.
            var h = new MacHarness();
            h.State.DataRate = 0;
            h.State.NbTrans = 3;
            Assert.AreEqual(LoRaWanStatus.TransmissionsPending, h.Send());
            Assert.AreEqual(1, h.Result.Transmissions);
            Assert.AreEqual(1u, h.State.Session.FCntUp);
            Assert.AreEqual(2, h.State.PendingTransmissions);
            Assert.IsTrue(h.Result.NotBeforeMilliseconds > h.Engine.NowMilliseconds);
            var restored = new MacState(h.State.Region);
            var record = h.Store.Saves[^1].Record;
            MacStateRecord.Read(restored, record, 0, record.Length, out _);
            Assert.AreEqual(2, restored.PendingTransmissions, "the repetitions survive a deep sleep");

            // ContinuePending before the time: TransmitDeferred, nothing changes.
            var before = Take(h);
            h.Result.Transmissions = 0;
            Assert.AreEqual(LoRaWanStatus.TransmitDeferred, h.Engine.ContinuePending(h.Result));
            AssertNothingChanged(h, before);
        }

        [TestMethod]
        public void ARepetitionTheRadioCannotSendIsARadioFaultOnTheSpentCounter()
        {
            // Repetitions left pending (as above); by the time they may go, the radio can no longer tune to any channel.
            var h = new MacHarness();
            h.State.DataRate = 0;
            h.State.NbTrans = 3;
            Assert.AreEqual(LoRaWanStatus.TransmissionsPending, h.Send());
            h.Clock.Advance(h.Result.WaitMilliseconds);
            h.Radio.MaxFrequencyHz = 860000000;
            Assert.AreEqual(LoRaWanStatus.RadioFault, h.Engine.ContinuePending(h.Result));
            Assert.AreEqual(0, h.Result.Transmissions, "nothing more went out");
            Assert.AreEqual(0, h.Radio.RefusedTransmissions, "the radio was not asked");
            Assert.AreEqual(1u, h.State.Session.FCntUp, "no new counter: the repetitions belong to FCnt 0");
            Assert.AreEqual(0, h.State.PendingTransmissions, "the repetitions are dropped");
        }

        [TestMethod]
        public void ContinuePendingWithNothingPendingIsOkAndChangesNothing()
        {
            var h = new MacHarness();
            var before = Take(h);
            Assert.AreEqual(LoRaWanStatus.Ok, h.Engine.ContinuePending(h.Result));
            AssertNothingChanged(h, before);
        }

        [TestMethod]
        public void JoinStatusesThatChangeNothing()
        {
            // DevNonceExhausted, an early PersistFailed, an AppKey of the wrong length, a radio that cannot tune
            // the join channels, and the join back-off: no DevNonce spent, nothing sent, nothing saved.
            var h = new MacHarness(abp: false);
            h.State.DevNonce = 0x10000;
            var before = Take(h);
            Assert.AreEqual(LoRaWanStatus.DevNonceExhausted, h.Engine.Join(JoinEui, DevEui, MacHarness.AppKey, h.Result));
            AssertNothingChanged(h, before);

            h = new MacHarness(abp: false);
            h.Store.Fail = true;
            before = Take(h);
            Assert.AreEqual(LoRaWanStatus.PersistFailed, h.Engine.Join(JoinEui, DevEui, MacHarness.AppKey, h.Result));
            AssertNothingChanged(h, before);

            h = new MacHarness(abp: false);
            before = Take(h);
            Assert.AreEqual(LoRaWanStatus.InvalidArgument, h.Engine.Join(JoinEui, DevEui, new byte[15], h.Result));
            AssertNothingChanged(h, before);

            h = new MacHarness(abp: false);
            h.Radio.MaxFrequencyHz = 860000000;
            before = Take(h);
            Assert.AreEqual(LoRaWanStatus.RadioCannotTransmit, h.Engine.Join(JoinEui, DevEui, MacHarness.AppKey, h.Result));
            AssertNothingChanged(h, before);

            // Join back-off: SF12 Join-Requests (about 1.5 s each) use up the first hour's 36 s (L2 1.0.4 §7).
            h = new MacHarness(abp: false);
            h.State.Channels.JoinStartDataRate = 0;
            h.State.Ledger.ResetJoinBackOff(h.Engine.NowMilliseconds);
            LoRaWanStatus status;
            do
            {
                h.Clock.Advance(200_000);
                before = Take(h);
                status = h.Engine.Join(JoinEui, DevEui, MacHarness.AppKey, h.Result);
            }
            while (status == LoRaWanStatus.NoJoinAccept);
            Assert.AreEqual(LoRaWanStatus.TransmitDeferred, status);
            AssertNothingChanged(h, before);
        }

        [TestMethod]
        public void NoJoinAcceptAndRadioFaultSpendTheDevNonce()
        {
            var h = new MacHarness(abp: false);
            Assert.AreEqual(LoRaWanStatus.NoJoinAccept, h.Engine.Join(JoinEui, DevEui, MacHarness.AppKey, h.Result));
            Assert.AreEqual(1, h.State.DevNonce);
            Assert.AreEqual(1, h.State.JoinAttempts);
            Assert.AreEqual(1, h.Result.Transmissions);

            h.Clock.Advance(3_600_000);
            h.Radio.NextTransmitStatus = RadioStatus.HardwareFault;
            Assert.AreEqual(LoRaWanStatus.RadioFault, h.Engine.Join(JoinEui, DevEui, MacHarness.AppKey, h.Result));
            Assert.AreEqual(2, h.State.DevNonce, "DevNonce 1 may have gone out: never reused (L2 1.0.4 §6.2.5)");
            var restored = new MacState(h.State.Region);
            var record = h.Store.Saves[^1].Record;
            MacStateRecord.Read(restored, record, 0, record.Length, out _);
            Assert.AreEqual(2, restored.DevNonce);
        }

        [TestMethod]
        public void TheRadioIsAskedForOneSeedPerEngineAndNotOnAWakeThatOnlyDefers()
        {
            var h = new MacHarness();
            Assert.AreEqual(LoRaWanStatus.Ok, h.Send());
            Assert.AreEqual(1, h.Radio.RandomCalls, "one seed for the first channel choice");
            for (int i = 0; i < 5; i++)
            {
                h.Clock.Advance(600_000);
                h.Send();
            }

            Assert.AreEqual(1, h.Radio.RandomCalls, "later draws come from the software generator");

            // A new engine (a wake) right after the last uplink: the 1 % band is closed for ~99 x its airtime.
            h.Reboot(0);
            Assert.AreEqual(LoRaWanStatus.TransmitDeferred, h.Engine.Send(1, new byte[] { 1 }, 0, 1, false, h.Result));
            Assert.AreEqual(1, h.Radio.RandomCalls, "a wake that only defers draws no seed");
            h.Clock.Advance(h.Result.WaitMilliseconds);
            Assert.AreEqual(LoRaWanStatus.Ok, h.Engine.Send(1, new byte[] { 1 }, 0, 1, false, h.Result));
            Assert.AreEqual(2, h.Radio.RandomCalls, "the new engine seeds once, when it first transmits");
        }
    }
}
