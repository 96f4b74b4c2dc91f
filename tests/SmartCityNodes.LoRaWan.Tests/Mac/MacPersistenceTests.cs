// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using SmartCityNodes.LoRaWan.Mac;
using SmartCityNodes.LoRaWan.Region;

namespace SmartCityNodes.LoRaWan.Tests.Mac
{
    /// <summary>
    /// Deep sleep is a reboot: a node that saves its MAC state after every wake, loses all RAM and restores it must
    /// behave exactly like one that never slept.
    /// </summary>
    [TestClass]
    public sealed class MacPersistenceTests
    {
        private const ulong JoinEui = 0x70B3D57ED0000001;
        private const ulong DevEui = 0x0004A30B001C0530;

        private sealed class Step
        {
            public long GapMilliseconds;
            public int Kind;      // 0 unconfirmed, 1 confirmed, 2 link check + device time then unconfirmed, 3 empty frame, 4 continue pending
            public int Reply;     // 0 none, 1 RX1, 2 RX2
            public string FOpts = "";
            public int FPort = -1;
            public string Payload = "";
            public bool ConfirmedDown;
            public bool Ack;
        }

        // Downlink MAC command sets (FOpts, each at most 15 bytes), all hand-encoded from the §5 layouts:
        private static readonly string[] CommandSets =
        {
            "",
            "0351070001",                 // LinkADRReq DR5 TX1 ch0..2 NbTrans 1
            "0343070002",                 // LinkADRReq DR4 TX3 ch0..2 NbTrans 2
            "0300070003",                 // LinkADRReq DR0 TX0 ch0..2 NbTrans 3 (repetitions postponed by the 1 % band)
            "0350000061" + "0340030000", // block: DR5 TX0 ChMaskCntl 6 (all on) NbTrans 1, then DR4 TX0 ChMask 0x0003 ChMaskCntl 0 NbTrans 0 (= 1)
            "0350006001" + "03400300FF", // refused block: ChMask 0x6000 (undefined channels 13, 14), then ChMaskCntl 7 (RFU in EU868)
            "0523D2AD84",                 // RXParamSetupReq RX1DROffset 2, RX2 DR3, 869.525 MHz
            "06",                         // DevStatusReq
            "0402",                       // DutyCycleReq 1/4
            "0400",                       // DutyCycleReq off
            "0703184F8450",               // NewChannelReq ch3 867.1 MHz DR0..5
            "0A03F87D84",                 // DlChannelReq ch3 868.3 MHz
            "0802",                       // RXTimingSetupReq 2 s
            "0801",                       // RXTimingSetupReq 1 s
            "021403",                     // LinkCheckAns 20 dB, 3 gateways
            "0DD202964980",               // DeviceTimeAns
            "060B04",                     // DevStatusReq then an unknown CID
        };

        private static List<Step> Scenario(int seed, int count)
        {
            var random = new Random(seed);
            var steps = new List<Step>();
            long[] gaps = { 2_000, 30_000, 200_000, 900_000, 3_600_000 };
            for (int i = 0; i < count; i++)
            {
                var step = new Step { GapMilliseconds = gaps[random.Next(gaps.Length)], Kind = random.Next(5), Reply = random.Next(10) < 7 ? 0 : 1 + random.Next(2) };
                if (step.Reply != 0)
                {
                    if (random.Next(4) == 0)
                    {
                        step.FPort = 0;
                        step.Payload = CommandSets[1 + random.Next(CommandSets.Length - 1)] + "06";
                    }
                    else
                    {
                        step.FOpts = CommandSets[random.Next(CommandSets.Length)];
                        if (random.Next(3) == 0) { step.FPort = 1 + random.Next(200); step.Payload = "C0FFEE"; }
                    }

                    step.ConfirmedDown = random.Next(5) == 0;
                    step.Ack = random.Next(2) == 0;
                }

                steps.Add(step);
            }

            return steps;
        }

        private static string Run(IReadOnlyList<Step> steps, bool rebootEveryStep)
        {
            var h = new MacHarness(abp: false);
            // small ADR limits (configuration, not state) so that ADRACKReq and every back-off step occur often
            h.Engine.AdrAckLimit = 4;
            h.Engine.AdrAckDelay = 2;
            var log = new List<string>();
            h.Radio.ReplyWith(MacHarness.JoinAccept(1, 0x13, 0x260B0001, 0, 0, 1));
            log.Add("join " + h.Engine.Join(JoinEui, DevEui, MacHarness.AppKey, h.Result));
            h.Network.ActivateByPersonalization(h.State.Session.DevAddr, h.State.Session.NwkSKey, h.State.Session.AppSKey, 0, 0, false);
            int saved = h.Radio.Transmissions.Count;
            byte[] record = new byte[MacStateRecord.MaxLength(h.State)];
            for (int i = 0; i < steps.Count; i++)
            {
                var step = steps[i];
                if (rebootEveryStep)
                {
                    // end of wake: save; deep sleep wipes RAM; the next wake boots with uptime starting again
                    int length = h.Engine.SaveState(record, 0);
                    var clock = new VirtualClock(250);
                    h.Radio.Clock = clock;
                    var state = new MacState(h.State.Region);
                    var engine = new MacEngine(state, h.Radio, clock, h.Store) { AdrAckLimit = 4, AdrAckDelay = 2 };
                    Assert.AreEqual(LoRaWanStatus.Ok, engine.RestoreState(record, 0, length, step.GapMilliseconds));
                    // A real wake draws a new seed; the jitter sequence is not state. Carried over here so that both
                    // runs choose the same channels and back-offs and their frames compare byte for byte.
                    engine.RandomSource.ContinueFrom(h.Engine.RandomSource);
                    ReplaceEngine(h, state, engine, clock);
                }
                else
                {
                    h.Clock.Advance(step.GapMilliseconds);
                }

                h.Radio.ClearReplies();
                if (step.Reply != 0)
                {
                    if (step.Reply == 2) { h.Radio.ReplyNothing(); }
                    h.Radio.ReplyWith(h.Downlink(step.FOpts, step.FPort, step.Payload, step.ConfirmedDown, step.Ack));
                }

                if (step.Kind == 2) { h.Engine.RequestLinkCheck(); h.Engine.RequestDeviceTime(); }
                LoRaWanStatus status = step.Kind == 3 ? h.Engine.Send(-1, Array.Empty<byte>(), 0, 0, false, h.Result)
                    : step.Kind == 4 ? h.Engine.ContinuePending(h.Result)
                    : h.Send("0102030405", 7, step.Kind == 1);
                var r = h.Result;
                var frames = string.Join(",", h.Radio.Transmissions.Skip(saved).Select(t => Convert.ToHexString(t.Frame) + "@" + t.Settings.FrequencyHz + "/" + t.Settings.SpreadingFactor + "/" + t.Settings.PowerDbm));
                saved = h.Radio.Transmissions.Count;
                log.Add($"{i}: {status} nb={r.NotBeforeMilliseconds} tx={r.Transmissions} end={r.TxEndMilliseconds} dl={r.DownlinkReceived}/{r.DownlinkWindow}/{r.DownlinkPort} ack={r.Acknowledged} lc={r.LinkCheckReceived} dt={r.DeviceTimeReceived} skip={r.ApplicationPayloadSkipped} [{frames}]");
            }

            return string.Join("\n", log);
        }

        private static void ReplaceEngine(MacHarness h, MacState state, MacEngine engine, VirtualClock clock)
        {
            typeof(MacHarness).GetProperty(nameof(MacHarness.State))!.SetValue(h, state);
            typeof(MacHarness).GetProperty(nameof(MacHarness.Engine))!.SetValue(h, engine);
            typeof(MacHarness).GetField("<Clock>k__BackingField", System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.NonPublic)!.SetValue(h, clock);
        }

        [TestMethod]
        [DataRow(1)]
        [DataRow(2)]
        [DataRow(3)]
        public void SaveRestoreAfterEveryStepGivesTheSameFrames(int seed)
        {
            var steps = Scenario(seed, 150);
            string straight = Run(steps, rebootEveryStep: false);
            string rebooted = Run(steps, rebootEveryStep: true);
            Assert.IsTrue(straight.Contains("TransmitDeferred"), "the scenario exercises duty-cycle deferrals");
            Assert.IsTrue(straight.Contains("dl=True"), "and downlinks");
            Assert.IsTrue(straight.Contains("TransmissionsPending"), "and postponed repetitions");
            Assert.AreEqual(straight, rebooted);
        }

        [TestMethod]
        public void RecordRoundTripsExactly()
        {
            var h = new MacHarness();
            h.Radio.ReplyWith(h.Downlink("0523D2AD84" + "0703184F8450" + "0402", confirmed: true));
            h.Send();
            for (int i = 0; i < 3; i++)
            {
                h.Clock.Advance(3_600_000);
                h.Send();
            }

            Assert.AreEqual(3u, h.State.AdrAckCounter);
            var first = new byte[MacStateRecord.MaxLength(h.State)];
            int length = h.Engine.SaveState(first, 0);
            var restored = new MacState(h.State.Region);
            Assert.AreEqual(LoRaWanStatus.Ok, MacStateRecord.Read(restored, first, 0, length, out long savedAt));
            Assert.AreEqual(h.Engine.NowMilliseconds, savedAt);
            var second = new byte[first.Length];
            Assert.AreEqual(length, MacStateRecord.Write(restored, savedAt, second, 0));
            CollectionAssert.AreEqual(first.Take(length).ToArray(), second.Take(length).ToArray());
            Assert.AreEqual(2, restored.Rx1DrOffset);
            Assert.AreEqual(867100000u, restored.Channels.GetFrequencyHz(3));
            Assert.AreEqual(2, restored.Ledger.MaxDutyCycle);
            Assert.AreEqual(1, restored.Answers.StickyCount);
            Assert.AreEqual(3u, restored.AdrAckCounter);
            Assert.AreEqual(4u, restored.Session.FCntUp);
            Assert.AreEqual(0u, restored.Session.NFCntDown);
            Assert.IsTrue(restored.Session.DownlinkReceived);
        }

        [TestMethod]
        public void CounterAccessorsReadAndRaiseTheDocumentedFields()
        {
            var h = new MacHarness();
            for (int i = 0; i < 4; i++)
            {
                h.Send();
                h.Clock.Advance(3_600_000);
            }

            var record = new byte[MacStateRecord.MaxLength(h.State)];
            int length = h.Engine.SaveState(record, 0);
            Assert.IsTrue(MacStateRecord.HasCounters(record, 0, length));
            Assert.IsTrue(MacStateRecord.IsJoined(record, 0));

            // The layout of the class comment: FCntUp u32 little-endian at 43, NFCntDown u32 at 47, DevNonce u24 at 51.
            Assert.AreEqual(4u, MacStateRecord.ReadUplinkCounter(record, 0));
            Assert.AreEqual(4u, BitConverter.ToUInt32(record, 43));
            Assert.AreEqual(BitConverter.ToUInt32(record, 47), MacStateRecord.ReadDownlinkCounter(record, 0));
            Assert.AreEqual((uint)(record[51] | (record[52] << 8) | (record[53] << 16)), MacStateRecord.ReadDevNonce(record, 0));

            // Raised counters keep a valid record: the stack reads the raised values back.
            Assert.IsTrue(MacStateRecord.RaiseCounters(record, 0, length, 100, 7));
            var restored = new MacState(h.State.Region);
            Assert.AreEqual(LoRaWanStatus.Ok, MacStateRecord.Read(restored, record, 0, length, out _));
            Assert.AreEqual(100u, restored.Session.FCntUp);
            Assert.AreEqual(7, restored.DevNonce);

            // Counters already at or above the minimums: nothing changes, not even the CRC.
            var copy = (byte[])record.Clone();
            Assert.IsFalse(MacStateRecord.RaiseCounters(record, 0, length, 100, 7));
            CollectionAssert.AreEqual(copy, record);

            // Another version or a short record has no counters to read.
            record[2] = 1;
            Assert.IsFalse(MacStateRecord.HasCounters(record, 0, length));
            Assert.IsFalse(MacStateRecord.HasCounters(copy, 0, 92));
            Assert.IsFalse(MacStateRecord.HasCounters(null!, 0, length));
        }

        [TestMethod]
        public void DamagedRecordIsRefused()
        {
            var h = new MacHarness();
            h.Send();
            var record = new byte[MacStateRecord.MaxLength(h.State)];
            int length = h.Engine.SaveState(record, 0);
            for (int i = 0; i < length; i += 7)
            {
                var copy = (byte[])record.Clone();
                copy[i] ^= 0x10;
                var state = new MacState(h.State.Region);
                Assert.AreEqual(LoRaWanStatus.StateRecordInvalid, MacStateRecord.Read(state, copy, 0, length, out _), $"byte {i}");
                Assert.IsFalse(state.Joined);
            }

            var other = new MacState(RegionParameters.Get(RegionId.Us915));
            Assert.AreEqual(LoRaWanStatus.StateRecordInvalid, MacStateRecord.Read(other, record, 0, length, out _), "another region");
            Assert.AreEqual(LoRaWanStatus.StateRecordInvalid, MacStateRecord.Read(new MacState(h.State.Region), record, 0, length - 1, out _), "short");
        }

        [TestMethod]
        // Record layout (MacStateRecord v2): fixed part 89 bytes (81 + the 8-byte RETRANSMIT_TIMEOUT not-before), then plan length (2) + plan, ledger length (2) + ledger,
        // queue (count, length, sizes, bytes), postponed header (remaining, DR, confirmed, frame length) + frame, CRC-32.
        // Each case damages one later part and then repairs the CRC, so only the part checks can catch it.
        [DataRow("ledger", DisplayName = "ledger with another version byte")]
        [DataRow("queue", DisplayName = "answer queue count 200 > capacity")]
        [DataRow("pending", DisplayName = "postponed frame length 5 with no frame bytes")]
        public void InconsistentRecordWithValidCrcChangesNothing(string part)
        {
            // the record: a fresh device (3 channels, empty queue, no DutyCycleReq limit)
            var fresh = new MacHarness();
            fresh.Send();
            var record = new byte[MacStateRecord.MaxLength(fresh.State)];
            int length = fresh.Engine.SaveState(record, 0);
            int planLength = record[89] | (record[90] << 8);
            int ledgerAt = 91 + planLength;
            int ledgerLength = record[ledgerAt] | (record[ledgerAt + 1] << 8);
            int queueAt = ledgerAt + 2 + ledgerLength;
            switch (part)
            {
                case "ledger": record[ledgerAt + 2] ^= 0xFF; break;        // first ledger byte: its version
                case "queue": record[queueAt] = 200; break;                 // entry count
                case "pending": record[length - 4 - 1] = 5; break;          // frame length byte just before the CRC
            }

            uint crc = Crc32.Compute(record, 0, length - 4);
            record[length - 4] = (byte)crc;
            record[length - 3] = (byte)(crc >> 8);
            record[length - 2] = (byte)(crc >> 16);
            record[length - 1] = (byte)(crc >> 24);

            // the device being restored differs in every part the record would overwrite first
            var h = new MacHarness();
            // LinkADRReq DR5 TX1 mask 0b011 (2 channels), RXParamSetupReq (sticky answer), DutyCycleReq MaxDCycle 2
            h.Radio.ReplyWith(h.Downlink("0351030001" + "0523D2AD84" + "0402"));
            h.Send();
            Assert.AreEqual(2, h.State.Channels.EnabledChannelCount);
            var before = new byte[MacStateRecord.MaxLength(h.State)];
            int beforeLength = MacStateRecord.Write(h.State, 0, before, 0);

            Assert.AreEqual(LoRaWanStatus.StateRecordInvalid, h.Engine.RestoreState(record, 0, length, 0));
            Assert.AreEqual(LoRaWanStatus.StateRecordInvalid, MacStateRecord.Read(h.State, record, 0, length, out _));

            var after = new byte[before.Length];
            int afterLength = MacStateRecord.Write(h.State, 0, after, 0);
            Assert.AreEqual(2, h.State.Channels.EnabledChannelCount, "channel plan untouched");
            Assert.AreEqual(2, h.State.Ledger.MaxDutyCycle, "ledger untouched");
            Assert.AreEqual(1, h.State.Answers.StickyCount, "answer queue untouched");
            Assert.AreEqual(beforeLength, afterLength);
            CollectionAssert.AreEqual(before.Take(beforeLength).ToArray(), after.Take(afterLength).ToArray(), "the whole state is as it was");
        }

        [TestMethod]
        public void RecordIsCompact()
        {
            // EU868, nothing owed: fixed part 89 (v2) + plan (2 + 127) + ledger (2 + its length) + empty queue (2)
            // + no postponed frame (4-byte header) + CRC 4
            var h = new MacHarness();
            var record = new byte[MacStateRecord.MaxLength(h.State)];
            int length = h.Engine.SaveState(record, 0);
            Assert.AreEqual(89 + 2 + 127 + 2 + h.State.Ledger.SerializedLength + 2 + 4 + 4, length);
        }
    }
}
