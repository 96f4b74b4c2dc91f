// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using SmartCityNodes.Boards;
using SmartCityNodes.Drivers.Radio.Sx127x;
using SmartCityNodes.Hal.Radio;
using SmartCityNodes.LoRaWan.Mac;
using SmartCityNodes.LoRaWan.Node;
using SmartCityNodes.LoRaWan.Region;
using SmartCityNodes.LoRaWan.Tests.Mac;

namespace SmartCityNodes.LoRaWan.Tests.Node
{
    /// <summary>
    /// The application-facing node: start-up (cold and resumed), the statuses only it returns and the state each
    /// leaves, the validating setters, the "not before" times, and what a deferred Send costs on the real SX1276
    /// driver over the register-level chip model.
    /// </summary>
    [TestClass]
    public sealed class LoRaWanNodeTests
    {
        private const ulong DevEui = 0x0004A30B001C0530;
        private const ulong JoinEui = 0x70B3D57ED0000001;

        private static OtaaIdentity Otaa() => new OtaaIdentity(DevEui, JoinEui, MacHarness.AppKey);

        private static AbpIdentity Abp(uint devAddr = MacHarness.DevAddr) => new AbpIdentity(devAddr, MacHarness.NwkSKey, MacHarness.AppSKey);

        private sealed class Wake
        {
            public VirtualClock Clock = null!;
            public ScriptedRadio Radio = null!;
            public LoRaWanNode Node = null!;
        }

        /// <summary>A deep-sleep wake: new clock (uptime restarts), new radio object, new node; only the store is shared.</summary>
        private static Wake NewWake(MemoryMacStateStore store, AbpIdentity? abp = null, RegionId region = RegionId.Eu868)
        {
            var wake = new Wake { Clock = new VirtualClock(300) };
            wake.Radio = new ScriptedRadio(wake.Clock);
            wake.Node = abp != null
                ? new LoRaWanNode(abp, region, wake.Radio, wake.Clock, store)
                : new LoRaWanNode(Otaa(), region, wake.Radio, wake.Clock, store);
            return wake;
        }

        private static string Snapshot(LoRaWanNode node) => MacStatusTests.Snapshot(node.Engine.State);

        [TestMethod]
        public void EveryCallBeforeAStartIsNotStartedAndTouchesNothing()
        {
            var store = new MemoryMacStateStore();
            var w = NewWake(store, Abp());
            var payload = new byte[] { 1 };
            Assert.AreEqual(LoRaWanStatus.NotStarted, w.Node.Send(1, payload, 0, 1));
            Assert.AreEqual(LoRaWanStatus.NotStarted, w.Node.Result.Status);
            Assert.AreEqual(LoRaWanStatus.NotStarted, w.Node.Join());
            Assert.AreEqual(LoRaWanStatus.NotStarted, w.Node.ContinuePending());
            Assert.AreEqual(LoRaWanStatus.NotStarted, w.Node.SetAdr(false));
            Assert.AreEqual(LoRaWanStatus.NotStarted, w.Node.SetDataRate(3));
            Assert.AreEqual(LoRaWanStatus.NotStarted, w.Node.SetTxPower(1));
            Assert.AreEqual(LoRaWanStatus.NotStarted, w.Node.SelectSubBand(2));
            Assert.AreEqual(LoRaWanStatus.NotStarted, w.Node.RequestLinkCheck());
            Assert.AreEqual(LoRaWanStatus.NotStarted, w.Node.RequestDeviceTime());
            Assert.AreEqual(long.MaxValue, w.Node.NextUplinkAllowedMilliseconds(1));
            Assert.AreEqual(long.MaxValue, w.Node.NextJoinAllowedMilliseconds());
            Assert.IsFalse(w.Node.IsJoined);
            Assert.AreEqual(0, store.SaveCount);
            Assert.AreEqual(0, w.Radio.Transmissions.Count);
        }

        [TestMethod]
        [DataRow(15, DisplayName = "AppKey of 15 bytes")]
        [DataRow(17, DisplayName = "AppKey of 17 bytes")]
        [DataRow(0, DisplayName = "empty AppKey")]
        public void KeyInvalidStartsNothing(int keyLength)
        {
            var store = new MemoryMacStateStore();
            var clock = new VirtualClock(300);
            var radio = new ScriptedRadio(clock);
            var node = new LoRaWanNode(new OtaaIdentity(DevEui, JoinEui, new byte[keyLength]), RegionId.Eu868, radio, clock, store);
            Assert.AreEqual(LoRaWanStatus.KeyInvalid, node.ColdStart());
            Assert.AreEqual(LoRaWanStatus.KeyInvalid, node.Resume(0));
            Assert.IsFalse(node.IsStarted);
            Assert.AreEqual(0, store.SaveCount);

            var abp = new LoRaWanNode(new AbpIdentity(1, new byte[16], new byte[keyLength]), RegionId.Eu868, radio, clock, store);
            Assert.AreEqual(LoRaWanStatus.KeyInvalid, abp.ColdStart());
            Assert.AreEqual(0, store.SaveCount);
        }

        [TestMethod]
        public void RadioThatDoesNotInitialiseIsRadioFaultAndChangesNothing()
        {
            var store = new MemoryMacStateStore();
            var w = NewWake(store);
            w.Radio.InitializeStatus = RadioStatus.WrongChip;
            Assert.AreEqual(LoRaWanStatus.RadioFault, w.Node.ColdStart());
            Assert.IsFalse(w.Node.IsStarted);
            Assert.AreEqual(0, store.SaveCount);
        }

        [TestMethod]
        public void ResumeWithoutARecordOrWithADamagedOneIsStateRecordInvalid()
        {
            var store = new MemoryMacStateStore();
            var w = NewWake(store, Abp());
            Assert.AreEqual(LoRaWanStatus.StateRecordInvalid, w.Node.Resume(1000), "nothing stored yet");
            Assert.IsFalse(w.Node.IsStarted);

            Assert.AreEqual(LoRaWanStatus.Ok, w.Node.ColdStart());
            var record = new byte[store.Length];
            Assert.AreEqual(record.Length, store.Load(record, 0, record.Length));
            record[20] ^= 0x01; // one bit of the session keys: the CRC-32 no longer matches
            var damaged = new MemoryMacStateStore();
            damaged.Save(record, 0, record.Length);
            int saves = damaged.SaveCount;

            var next = NewWake(damaged, Abp());
            Assert.AreEqual(LoRaWanStatus.StateRecordInvalid, next.Node.Resume(1000));
            Assert.AreEqual(LoRaWanStatus.StateRecordInvalid, next.Node.ColdStart(), "a damaged record is not silently replaced: counters could be reused");
            Assert.IsFalse(next.Node.IsStarted);
            Assert.AreEqual(saves, damaged.SaveCount);
        }

        [TestMethod]
        public void ColdStartOfAFreshOtaaDeviceSavesAFactoryStateWithTheJoinEpochNow()
        {
            var store = new MemoryMacStateStore();
            var w = NewWake(store);
            Assert.AreEqual(LoRaWanStatus.Ok, w.Node.ColdStart());
            Assert.IsTrue(w.Node.IsStarted);
            Assert.IsFalse(w.Node.IsJoined);
            Assert.AreEqual(0, w.Node.NextDevNonce);
            Assert.AreEqual(1, store.SaveCount);
            Assert.AreEqual(300, w.Node.Engine.State.Ledger.JoinEpochMilliseconds, "the join back-off counts from this power-up (L2 1.0.4 §7)");
            Assert.AreEqual(LoRaWanStatus.NotJoined, w.Node.Send(1, new byte[] { 1 }, 0, 1));
            Assert.AreEqual(0, w.Radio.Transmissions.Count);
        }

        [TestMethod]
        public void ColdStartKeepsTheDevNonceCounterAndSessionButDropsRepetitionsAndRestartsTheJoinEpoch()
        {
            var store = new MemoryMacStateStore();
            var w = NewWake(store);
            w.Node.ColdStart();
            Assert.AreEqual(LoRaWanStatus.NoJoinAccept, w.Node.Join());
            Assert.AreEqual(1, w.Node.NextDevNonce);
            w.Radio.ReplyWith(MacHarness.JoinAccept(1, 0x13, 0x260B0001, 0, 0, 1));
            w.Clock.Advance(3_600_000);
            Assert.AreEqual(LoRaWanStatus.Ok, w.Node.Join());
            Assert.AreEqual(2, w.Node.NextDevNonce);

            // NbTrans 3 at DR0 leaves repetitions pending (the 1 % band closes for minutes after 1.3 s at SF12).
            w.Node.Engine.State.NbTrans = 3;
            w.Node.Engine.State.DataRate = 0;
            w.Clock.Advance(3_600_000);
            Assert.AreEqual(LoRaWanStatus.TransmissionsPending, w.Node.Send(1, new byte[] { 1 }, 0, 1));
            Assert.AreEqual(2, w.Node.PendingTransmissions);

            // Battery swap: power-up again.
            var again = NewWake(store);
            Assert.AreEqual(LoRaWanStatus.Ok, again.Node.ColdStart());
            Assert.IsTrue(again.Node.IsJoined, "the session survives a reset");
            Assert.AreEqual(0x260B0001u, again.Node.DevAddr);
            Assert.AreEqual(1u, again.Node.NextFCntUp);
            Assert.AreEqual(2, again.Node.NextDevNonce, "DevNonces 0 and 1 are never reused");
            Assert.AreEqual(0, again.Node.PendingTransmissions, "repetitions owed before the reset are dropped");
            Assert.AreEqual(again.Node.NowMilliseconds, again.Node.Engine.State.Ledger.JoinEpochMilliseconds);
            var check = NewWake(store);
            Assert.AreEqual(LoRaWanStatus.Ok, check.Node.Resume(0));
            Assert.AreEqual(0, check.Node.PendingTransmissions, "and the store says so too");
        }

        [TestMethod]
        public void AbpColdStartKeepsItsCountersAndRestartsThemOnlyForAnotherIdentity()
        {
            var store = new MemoryMacStateStore();
            var w = NewWake(store, Abp());
            Assert.AreEqual(LoRaWanStatus.Ok, w.Node.ColdStart());
            Assert.IsTrue(w.Node.IsJoined);
            Assert.AreEqual(0u, w.Node.NextFCntUp);
            Assert.AreEqual(LoRaWanStatus.Ok, w.Node.Send(1, new byte[] { 1 }, 0, 1));
            Assert.AreEqual(1u, w.Node.NextFCntUp);

            var again = NewWake(store, Abp());
            Assert.AreEqual(LoRaWanStatus.Ok, again.Node.ColdStart());
            Assert.AreEqual(1u, again.Node.NextFCntUp, "the same identity continues its counter");

            var other = NewWake(store, Abp(0x26011BDB));
            Assert.AreEqual(LoRaWanStatus.Ok, other.Node.ColdStart());
            Assert.AreEqual(0x26011BDBu, other.Node.DevAddr);
            Assert.AreEqual(0u, other.Node.NextFCntUp, "a re-provisioned device starts its own session");
            Assert.AreEqual(LoRaWanStatus.InvalidArgument, other.Node.Join(), "an ABP node does not join");
        }

        [TestMethod]
        public void NoJoinAcceptSaysWhenTheNextAttemptMayGo()
        {
            var store = new MemoryMacStateStore();
            var w = NewWake(store);
            w.Node.ColdStart();
            Assert.AreEqual(LoRaWanStatus.NoJoinAccept, w.Node.Join());
            long notBefore = w.Node.Result.NotBeforeMilliseconds;
            Assert.AreEqual(w.Node.NextJoinAllowedMilliseconds(), notBefore);
            Assert.AreEqual(notBefore - w.Node.NowMilliseconds, w.Node.Result.WaitMilliseconds);
            Assert.IsTrue(notBefore >= w.Node.NowMilliseconds);

            // Sleep exactly that long (through the store): the next attempt is allowed then, not before.
            var next = NewWake(store);
            Assert.AreEqual(LoRaWanStatus.Ok, next.Node.Resume(w.Node.Result.WaitMilliseconds));
            Assert.AreEqual(next.Node.NowMilliseconds, next.Node.NextJoinAllowedMilliseconds());
            Assert.AreEqual(LoRaWanStatus.NoJoinAccept, next.Node.Join());
            Assert.AreEqual(2, next.Node.NextDevNonce);
        }

        [TestMethod]
        public void NextUplinkAllowedIsTheNotBeforeOfADeferredSend()
        {
            var store = new MemoryMacStateStore();
            var w = NewWake(store, Abp());
            w.Node.ColdStart();
            Assert.AreEqual(w.Node.NowMilliseconds, w.Node.NextUplinkAllowedMilliseconds(1));
            Assert.AreEqual(LoRaWanStatus.Ok, w.Node.Send(1, new byte[] { 1 }, 0, 1));
            long predicted = w.Node.NextUplinkAllowedMilliseconds(1);
            Assert.IsTrue(predicted > w.Node.NowMilliseconds);
            Assert.AreEqual(LoRaWanStatus.TransmitDeferred, w.Node.Send(1, new byte[] { 2 }, 0, 1));
            Assert.AreEqual(predicted, w.Node.Result.NotBeforeMilliseconds);
        }

        [TestMethod]
        public void AWakeThatOnlyDefersSavesItsTimeSoTheNextWakeIsNotDeferredAgain()
        {
            // Wake A sends; wake B, 2 s later, is deferred with "sleep W"; wake C after exactly W may send. Had B not saved
            // its MAC time, C would count W from A's save (2 s short) and be deferred again, for ever in turn.
            var store = new MemoryMacStateStore();
            var a = NewWake(store, Abp());
            a.Node.ColdStart();
            Assert.AreEqual(LoRaWanStatus.Ok, a.Node.Send(1, new byte[] { 1 }, 0, 1));
            var b = NewWake(store, Abp());
            b.Node.Resume(2000);
            int saves = store.SaveCount;
            string state = Snapshot(b.Node);
            Assert.AreEqual(LoRaWanStatus.TransmitDeferred, b.Node.Send(1, new byte[] { 2 }, 0, 1));
            Assert.AreEqual(saves + 1, store.SaveCount, "the deferral saved the record");
            Assert.AreEqual(state, Snapshot(b.Node), "and changed no state");
            var c = NewWake(store, Abp());
            c.Node.Resume(b.Node.Result.WaitMilliseconds);
            Assert.AreEqual(LoRaWanStatus.Ok, c.Node.Send(1, new byte[] { 3 }, 0, 1));
            Assert.AreEqual(1, MacHarness.Decode(c.Radio.Transmissions[0].Frame).FCnt);
        }

        [TestMethod]
        public void SettersValidateAndChangeNothingWhenRefused()
        {
            var store = new MemoryMacStateStore();
            var w = NewWake(store, Abp());
            w.Radio.MinPowerDbm = 2; // SX1276 PA_BOOST (DS SX1276 §5.4.2: +2..+20 dBm)
            w.Radio.MaxPowerDbm = 20;
            w.Node.ColdStart();
            int saves = store.SaveCount;
            string before = Snapshot(w.Node);

            Assert.AreEqual(LoRaWanStatus.SettingControlledByAdr, w.Node.SetDataRate(2), "ADR on: the network sets the data rate");
            Assert.AreEqual(LoRaWanStatus.SettingControlledByAdr, w.Node.SetTxPower(1));
            Assert.AreEqual(before, Snapshot(w.Node));
            Assert.AreEqual(saves, store.SaveCount);

            Assert.AreEqual(LoRaWanStatus.Ok, w.Node.SetAdr(false));
            Assert.IsFalse(w.Node.AdrEnabled);
            saves = store.SaveCount;
            before = Snapshot(w.Node);
            // EU868 (RP002-1.0.4 §2.4.3): DR6 is SF7/250 kHz and DR7 FSK, neither on the three default channels
            // (DR0..5); 16 is no data rate. TXPower indexes 0..7; index 7 = 16 - 14 = 2 dBm EIRP = 0 dBm conducted
            // behind a 2 dBi antenna, below the SX1276's 2 dBm.
            Assert.AreEqual(LoRaWanStatus.DataRateNotAllowed, w.Node.SetDataRate(6));
            Assert.AreEqual(LoRaWanStatus.DataRateNotAllowed, w.Node.SetDataRate(7));
            Assert.AreEqual(LoRaWanStatus.DataRateNotAllowed, w.Node.SetDataRate(16));
            Assert.AreEqual(LoRaWanStatus.DataRateNotAllowed, w.Node.SetDataRate(-1));
            Assert.AreEqual(LoRaWanStatus.TxPowerNotAllowed, w.Node.SetTxPower(8));
            Assert.AreEqual(LoRaWanStatus.TxPowerNotAllowed, w.Node.SetTxPower(7));
            Assert.AreEqual(LoRaWanStatus.TxPowerNotAllowed, w.Node.SetTxPower(-1));
            Assert.AreEqual(LoRaWanStatus.InvalidArgument, w.Node.SelectSubBand(2), "EU868 has no sub-bands");
            Assert.AreEqual(before, Snapshot(w.Node));
            Assert.AreEqual(saves, store.SaveCount);

            store.FailSaves = true;
            Assert.AreEqual(LoRaWanStatus.PersistFailed, w.Node.SetDataRate(2));
            Assert.AreEqual(LoRaWanStatus.PersistFailed, w.Node.SetTxPower(6));
            Assert.AreEqual(LoRaWanStatus.PersistFailed, w.Node.SetAdr(true));
            Assert.AreEqual(before, Snapshot(w.Node), "a setting that could not be saved is not applied");
            store.FailSaves = false;

            // Accepted: DR2 = SF10/125 kHz; TXPower 6 = 16 - 12 = 4 dBm EIRP = 2 dBm conducted. Saved at once.
            Assert.AreEqual(LoRaWanStatus.Ok, w.Node.SetDataRate(2));
            Assert.AreEqual(LoRaWanStatus.Ok, w.Node.SetTxPower(6));
            var next = NewWake(store, Abp());
            next.Radio.MinPowerDbm = 2;
            Assert.AreEqual(LoRaWanStatus.Ok, next.Node.Resume(60_000));
            Assert.AreEqual(2, next.Node.DataRate);
            Assert.AreEqual(6, next.Node.TxPowerIndex);
            Assert.AreEqual(LoRaWanStatus.Ok, next.Node.Send(1, new byte[] { 1 }, 0, 1));
            Assert.AreEqual(10, next.Radio.Transmissions[0].Settings.SpreadingFactor);
            Assert.AreEqual(2, next.Radio.Transmissions[0].Settings.PowerDbm);
            Assert.IsFalse(MacHarness.Decode(next.Radio.Transmissions[0].Frame).Adr, "FCtrl.ADR off");
        }

        [TestMethod]
        public void SubBandSelectionIsSavedAndUsed()
        {
            var store = new MemoryMacStateStore();
            var w = NewWake(store, Abp(), RegionId.Us915);
            w.Node.ColdStart();
            Assert.AreEqual(LoRaWanStatus.InvalidArgument, w.Node.SelectSubBand(9));
            Assert.AreEqual(LoRaWanStatus.InvalidArgument, w.Node.SelectSubBand(0));
            Assert.AreEqual(LoRaWanStatus.Ok, w.Node.SelectSubBand(2));
            var next = NewWake(store, Abp(), RegionId.Us915);
            next.Node.Resume(1000);
            Assert.AreEqual(LoRaWanStatus.Ok, next.Node.Send(1, new byte[] { 1 }, 0, 1));
            // Sub-band 2 = channels 8..15: 902.3 + 0.2 x ch MHz = 903.9..905.3 MHz (RP002-1.0.4 §2.5.2), or 65 (904.6 MHz, DR4 only).
            uint frequency = next.Radio.Transmissions[0].Settings.FrequencyHz;
            Assert.IsTrue(frequency >= 903900000 && frequency <= 905300000, frequency.ToString());
        }

        [TestMethod]
        public void LinkCheckAndDeviceTimeRequestsAnswerInTheResultAndAFullQueueIsRefused()
        {
            var h = new MacHarness();
            var store = new MemoryMacStateStore();
            var w = NewWake(store, Abp());
            w.Node.ColdStart();
            Assert.AreEqual(LoRaWanStatus.Ok, w.Node.RequestLinkCheck());
            Assert.AreEqual(LoRaWanStatus.Ok, w.Node.RequestDeviceTime());
            // LinkCheckAns margin 20 dB, 3 gateways (02 14 03); DeviceTimeAns 1234567890 s = 0x499602D2, fraction 0x80 (0D D2 02 96 49 80).
            w.Radio.ReplyWith(h.Downlink("021403" + "0DD202964980"));
            Assert.AreEqual(LoRaWanStatus.Ok, w.Node.Send(1, new byte[] { 1 }, 0, 1));
            Assert.AreEqual("020D", MacHarness.Decode(w.Radio.Transmissions[0].Frame).FOpts, "LinkCheckReq (CID 0x02) then DeviceTimeReq (0x0D), in the order asked (L2 1.0.4 §5 table 4)");
            var r = w.Node.Result;
            Assert.IsTrue(r.LinkCheckReceived);
            Assert.AreEqual(20, r.LinkCheckMarginDb);
            Assert.AreEqual(3, r.LinkCheckGatewayCount);
            Assert.IsTrue(r.DeviceTimeReceived);
            Assert.AreEqual(1234567890u, r.DeviceTimeGpsSeconds);
            Assert.AreEqual(0x80, r.DeviceTimeFraction);

            // Fill the answer queue (128 bytes) with 1-byte entries: no room for another request.
            var answers = w.Node.Engine.State.Answers;
            var dutyCycleAns = new byte[] { 0x04 };
            while (answers.Add(dutyCycleAns, 0, 1, false)) { }
            string before = Snapshot(w.Node);
            Assert.AreEqual(LoRaWanStatus.RequestQueueFull, w.Node.RequestLinkCheck());
            Assert.AreEqual(LoRaWanStatus.RequestQueueFull, w.Node.RequestDeviceTime());
            Assert.AreEqual(before, Snapshot(w.Node));
        }

        [TestMethod]
        public void ADeferredSendCostsNoRadioTimeOnTheSx1276()
        {
            // The real SX1276 driver on the register-level chip model (TTGO LoRa32 V2.1 profile), EU868, ABP.
            var store = new MemoryMacStateStore();
            var identity = Abp();

            // Wake 1: cold start and one uplink. Its channel choice draws the wake's one seed from the radio: 32 RSSI
            // reads 1 ms apart in continuous RX, i.e. 32 ms = 32,000 us of receive time, plus the two receive windows.
            var clock = new VirtualClock(300);
            var chip = new Sx1276Simulator(clock);
            var radio = new Sx1276(chip, chip.Reset, chip.Dio0, chip.Dio1, clock, TtgoLoRa32V21.CreateRadioProfile());
            var node = new LoRaWanNode(identity, RegionId.Eu868, radio, clock, store);
            Assert.AreEqual(LoRaWanStatus.Ok, node.ColdStart());
            Assert.AreEqual(LoRaWanStatus.Ok, node.Send(1, new byte[] { 0x42 }, 0, 1));
            Assert.AreEqual(1, chip.Transmissions);
            Assert.IsTrue(radio.ReceiveTimeMicroseconds >= 32_000, radio.ReceiveTimeMicroseconds.ToString());

            // Wake 2, two seconds later: the 1 % band is still closed (about 100 x the 46 ms frame). Resume and Send
            // answer "not before" without turning the transmitter or the receiver on.
            clock = new VirtualClock(300);
            chip = new Sx1276Simulator(clock);
            radio = new Sx1276(chip, chip.Reset, chip.Dio0, chip.Dio1, clock, TtgoLoRa32V21.CreateRadioProfile());
            node = new LoRaWanNode(identity, RegionId.Eu868, radio, clock, store);
            Assert.AreEqual(LoRaWanStatus.Ok, node.Resume(2000));
            Assert.AreEqual(LoRaWanStatus.TransmitDeferred, node.Send(1, new byte[] { 0x43 }, 0, 1));
            Assert.IsTrue(node.Result.WaitMilliseconds > 0);
            Assert.AreEqual(0, radio.TransmitTimeMicroseconds, "driver: TX time");
            Assert.AreEqual(0, radio.ReceiveTimeMicroseconds, "driver: RX time");
            Assert.AreEqual(0, chip.AirMicroseconds, "chip model: time in TX");
            Assert.AreEqual(0, chip.ReceiveMicroseconds, "chip model: time in RX");
            Assert.AreEqual(0, chip.Transmissions);
        }

        [TestMethod]
        public void SendAndADeferredSendThroughTheNodeAllocateNothing()
        {
            var store = new MemoryMacStateStore();
            var w = NewWake(store, Abp());
            w.Radio.Recording = false;
            w.Node.ColdStart();
            var payload = new byte[] { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10 };
            for (int i = 0; i < 5; i++) { w.Clock.Advance(3_600_000); w.Node.Send(1, payload, 0, payload.Length); }
            long before = GC.GetAllocatedBytesForCurrentThread();
            for (int i = 0; i < 40; i++)
            {
                w.Clock.Advance(3_600_000);
                if (w.Node.Send(1, payload, 0, payload.Length) != LoRaWanStatus.Ok) { Assert.Fail(w.Node.Result.Status.ToString()); }
                if (w.Node.Send(1, payload, 0, payload.Length) != LoRaWanStatus.TransmitDeferred) { Assert.Fail("second Send not deferred"); }
                w.Node.NextUplinkAllowedMilliseconds(payload.Length);
            }

            Assert.AreEqual(0L, GC.GetAllocatedBytesForCurrentThread() - before);
            Assert.AreEqual(45u, w.Node.NextFCntUp);
        }

        [TestMethod]
        [DataRow(RegionId.Eu868)]
        [DataRow(RegionId.Us915)]
        [DataRow(RegionId.Au915)]
        [DataRow(RegionId.As923Group1)]
        [DataRow(RegionId.Kr920)]
        [DataRow(RegionId.In865)]
        public void TheMemoryStoreHoldsTheLargestRecordOfEveryRegion(RegionId region)
        {
            int largest = MacStateRecord.MaxLength(new MacState(RegionParameters.Get(region)));
            Assert.IsTrue(largest <= MemoryMacStateStore.DefaultCapacity, $"{largest} bytes");
        }
    }
}
