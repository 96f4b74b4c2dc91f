// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using SmartCityNodes.LoRaWan.DutyCycle;
using SmartCityNodes.LoRaWan.Region;

namespace SmartCityNodes.LoRaWan.Tests.DutyCycle
{
    [TestClass]
    public sealed class DutyCycleLedgerTests
    {
        private const long Hour = 3_600_000;

        private static DutyCycleLedger Ledger(RegionId id) => new DutyCycleLedger(RegionParameters.Get(id));

        // One SF7/125 kHz 23 B uplink = 61.696 ms (LoRaAirtimeTests) ending at t = 10 000 ms closes its band for
        // T·(1/dc − 1), rounded up to a whole ms:
        //   g1 1 %:   61 696 µs × 99  = 6 107 904 µs → 6108 ms  → 16 108
        //   K 0.1 %:  61 696 µs × 999 = 61 634 304 µs → 61 635 ms → 71 635
        //   g3 10 %:  61 696 µs × 9   = 555 264 µs → 556 ms → 10 556
        //   g2 0.1 %: same as K → 71 635; g 1 % and g4 1 % as g1 → 16 108
        [DataRow(868100000u, 16108L)]
        [DataRow(863500000u, 71635L)]
        [DataRow(869525000u, 10556L)]
        [DataRow(868900000u, 71635L)]
        [DataRow(867100000u, 16108L)]
        [DataRow(869850000u, 16108L)]
        [TestMethod]
        public void OffTimeRulePerBand(uint frequencyHz, long opensAtMilliseconds)
        {
            DutyCycleLedger ledger = Ledger(RegionId.Eu868);
            long earliest;
            Assert.AreEqual(TransmitPermission.Allowed, ledger.Check(frequencyHz, 61696, false, 0, 9938, out earliest));
            ledger.Record(frequencyHz, 61696, false, 10000);
            Assert.AreEqual(TransmitPermission.WaitForBand, ledger.Check(frequencyHz, 61696, false, 0, 10000, out earliest));
            Assert.AreEqual(opensAtMilliseconds, earliest);
            Assert.AreEqual(TransmitPermission.WaitForBand, ledger.Check(frequencyHz, 61696, false, 0, opensAtMilliseconds - 1, out earliest));
            Assert.AreEqual(TransmitPermission.Allowed, ledger.Check(frequencyHz, 61696, false, 0, opensAtMilliseconds, out earliest));
            Assert.AreEqual(opensAtMilliseconds, ledger.NextTransmitTimeMilliseconds(frequencyHz, 61696, false, 0, 10001));
        }

        [TestMethod]
        public void OtherBandsStayOpen()
        {
            DutyCycleLedger ledger = Ledger(RegionId.Eu868);
            ledger.Record(868100000, 61696, false, 10000);
            long earliest;
            Assert.AreEqual(TransmitPermission.Allowed, ledger.Check(867100000, 61696, false, 0, 10000, out earliest));
            Assert.AreEqual(TransmitPermission.Allowed, ledger.Check(869525000, 61696, false, 0, 10000, out earliest));
            Assert.AreEqual(10000L, earliest);
        }

        [TestMethod]
        public void FrequencyBetweenBandsIsRefused()
        {
            long earliest;
            Assert.AreEqual(TransmitPermission.FrequencyNotAllowed, Ledger(RegionId.Eu868).Check(869300000, 61696, false, 0, 0, out earliest));
            Assert.AreEqual(long.MaxValue, earliest);
        }

        [TestMethod]
        public void SinglePacketLongerThanTheHourlyBudget()
        {
            // K band: 0.1 % of 3600 s = 3.6 s; a SF12/125 kHz 255 B frame lasts longer than that
            // ((2040 − 48 + 44)/40 = 50.9 → 51; n = 8 + 255 = 263 symbols × 32.768 ms = 8618 ms + 401 ms preamble).
            long earliest;
            Assert.AreEqual(TransmitPermission.AirtimeTooLong, Ledger(RegionId.Eu868).Check(863500000, 9019392, false, 0, 0, out earliest));
            Assert.AreEqual(TransmitPermission.Allowed, Ledger(RegionId.Eu868).Check(868100000, 9019392, false, 0, 0, out earliest));
        }

        [TestMethod]
        public void DwellLimit()
        {
            // US915 DR0: 370.688 ms fits 400 ms, 411.648 ms does not (LoRaAirtimeTests).
            DutyCycleLedger ledger = Ledger(RegionId.Us915);
            long earliest;
            Assert.AreEqual(TransmitPermission.Allowed, ledger.Check(902300000, 370688, false, 400, 0, out earliest));
            Assert.AreEqual(TransmitPermission.DwellTimeExceeded, ledger.Check(902300000, 411648, false, 400, 0, out earliest));
            Assert.AreEqual(TransmitPermission.Allowed, ledger.Check(902300000, 411648, false, 0, 0, out earliest));
        }

        [TestMethod]
        public void AggregatedDutyCycleFromDutyCycleReq()
        {
            // MaxDCycle 3 → 1/8: after T = 61.696 ms, silence of 7·T = 431.872 ms → 432 ms; end 5000 → 5432.
            DutyCycleLedger ledger = Ledger(RegionId.Us915);
            Assert.IsTrue(ledger.SetMaxDutyCycle(3));
            Assert.IsFalse(ledger.SetMaxDutyCycle(16));
            Assert.AreEqual(3, ledger.MaxDutyCycle);
            ledger.Record(903900000, 61696, false, 5000);
            long earliest;
            Assert.AreEqual(TransmitPermission.WaitForAggregatedDutyCycle, ledger.Check(914900000, 61696, false, 400, 5000, out earliest));
            Assert.AreEqual(5432L, earliest);
            Assert.AreEqual(TransmitPermission.Allowed, ledger.Check(914900000, 61696, false, 400, 5432, out earliest));
            Assert.IsTrue(ledger.SetMaxDutyCycle(0));
            ledger.Record(903900000, 61696, false, 6000);
            Assert.AreEqual(TransmitPermission.Allowed, ledger.Check(914900000, 61696, false, 400, 6000, out earliest));
        }

        // LoRaWAN L2 1.0.4 §7 "Retransmissions back-off" (the same table in TR007-1.1 §4.8):
        //   Aggregated during the first hour following power-up or reset   T0 < t < T0+1      Transmit time < 36 s
        //   Aggregated during the next 10 hours                             T0+1 < t < T0+11   Transmit time < 36 s
        //   After the first 11 hours, aggregated over 24 h                  T0+11+N < t < T0+35+N, N >= 0 (N in days)
        //                                                                                      Transmit time < 8.7 s per 24 h
        // (TR007 spells the rates out: 1 % in the first hour, 0.1 % over the next 10 hours, 0.01 % after.)

        [TestMethod]
        public void JoinBackOffFirstHourThenThirtySixSecondsForTheNextTenHours()
        {
            // US915 DR0 Join-Request: 23 B at SF10/125 kHz = 370.688 ms → booked as 371 ms. Back to back from t = 0:
            // 36 000 / 371 = 97.03 → exactly 97 fit in the first hour.
            DutyCycleLedger ledger = Ledger(RegionId.Us915);
            long now = 0;
            long earliest;
            int sent = SendJoinsBackToBack(ledger, ref now, out earliest);
            Assert.AreEqual(97, sent);
            Assert.AreEqual(TransmitPermission.WaitForJoinBackOff, ledger.Check(902300000, 370688, true, 400, now, out earliest));

            // The next window opens at T0+1 h.
            Assert.AreEqual(Hour, earliest);

            // Data uplinks are not limited by the join back-off.
            Assert.AreEqual(TransmitPermission.Allowed, ledger.Check(902300000, 370688, false, 400, now, out _));

            // Hours 1 to 11 share ONE 36 s budget (not 36 s per hour): 97 more joins, then nothing until T0+11 h.
            now = Hour;
            sent = SendJoinsBackToBack(ledger, ref now, out earliest);
            Assert.AreEqual(97, sent);
            Assert.AreEqual(11 * Hour, earliest);
            Assert.AreEqual(TransmitPermission.WaitForJoinBackOff, ledger.Check(902300000, 370688, true, 400, 5 * Hour, out earliest));
            Assert.AreEqual(11 * Hour, earliest);

            // From T0+11 h: 8.7 s per 24 h → 8 700 / 371 = 23.45 → 23 joins, then the next day window at T0+35 h.
            now = 11 * Hour;
            sent = SendJoinsBackToBack(ledger, ref now, out earliest);
            Assert.AreEqual(23, sent);
            Assert.AreEqual(35 * Hour, earliest);
        }

        private static int SendJoinsBackToBack(DutyCycleLedger ledger, ref long now, out long earliest)
        {
            int sent = 0;
            while (sent < 1000 && ledger.Check(902300000, 370688, true, 400, now, out earliest) == TransmitPermission.Allowed)
            {
                ledger.Record(902300000, 370688, true, now + 371);
                now += 371;
                sent++;
            }

            ledger.Check(902300000, 370688, true, 400, now, out earliest);
            return sent;
        }

        [TestMethod]
        public void JoinBackOffAfterElevenHours()
        {
            // After 11 h: 8.7 s per 24 h. SF12/125 kHz Join-Request (AU915 DR0) = 1482.752 ms → 1483 ms booked;
            // 8700 / 1483 = 5.87 → 5 joins, the 6th waits for the next fixed window, T0+35 h.
            DutyCycleLedger ledger = Ledger(RegionId.Au915);
            ledger.ResetJoinBackOff(1000);
            long start0 = 1000 + (11 * Hour) + 1000;
            long now = start0;
            int sent = 0;
            long earliest;
            while (sent < 1000 && ledger.Check(915200000, 1482752, true, 0, now, out earliest) == TransmitPermission.Allowed)
            {
                ledger.Record(915200000, 1482752, true, now + 1483);
                now += 1483 + 60_000;
                sent++;
            }

            Assert.AreEqual(5, sent);
            Assert.AreEqual(TransmitPermission.WaitForJoinBackOff, ledger.Check(915200000, 1482752, true, 0, now, out earliest));
            Assert.AreEqual(1000 + (35 * Hour), earliest);
            Assert.AreEqual(TransmitPermission.Allowed, ledger.Check(915200000, 1482752, true, 0, earliest, out earliest));

            // Power-up or reset restarts the schedule.
            ledger.ResetJoinBackOff(now);
            Assert.AreEqual(TransmitPermission.Allowed, ledger.Check(915200000, 1482752, true, 0, now, out earliest));
            Assert.AreEqual(now, ledger.JoinEpochMilliseconds);
        }

        [TestMethod]
        public void JoinRequestCrossingAWindowBoundaryCountsInBothWindows()
        {
            // A 1483 ms Join-Request ending 500 ms into the second window: 983 ms count in the first hour, 500 ms in
            // the next 10 hours. Fill the first window to 36 000 − 983 ms first, so the crossing frame fits exactly.
            DutyCycleLedger ledger = Ledger(RegionId.Au915);
            ledger.Record(915200000, (36_000 - 983) * 1000L, true, 40_000);
            long start = Hour - 983;
            Assert.AreEqual(TransmitPermission.Allowed, ledger.Check(915200000, 1482752, true, 0, start, out _));
            ledger.Record(915200000, 1482752, true, start + 1483);

            // The second window now holds 500 ms: 35 500 ms remain. Book 34 017 ms, leaving exactly 1 483 ms: one more
            // SF12 Join-Request fits, the one after it waits for T0+11 h.
            ledger.Record(915200000, 34_017_000, true, (2 * Hour) + 34_017);
            Assert.AreEqual(TransmitPermission.Allowed, ledger.Check(915200000, 1482752, true, 0, 3 * Hour, out _));
            ledger.Record(915200000, 1482752, true, (3 * Hour) + 1483);
            Assert.AreEqual(TransmitPermission.WaitForJoinBackOff, ledger.Check(915200000, 1482752, true, 0, 4 * Hour, out long earliest));
            Assert.AreEqual(11 * Hour, earliest);
        }

        [TestMethod]
        public void HourlyBandBudgetIsStricterThanTheOffTimeRuleAlone()
        {
            // g3 (10 %): SF12 51 B = 2465.792 ms (booked 2466 ms) needs 9·T = 22 192.128 ms off → 22 193 ms.
            // The off-time rule alone gives a period of 2466 + 22 193 = 24 659 ms: the hour that starts with a frame holds
            // frames k = 0..145 (145·24 659 + 2466 ≤ 3 600 000), 146 × 2.465792 s = 360.006 s > 360 s. The hourly budget
            // closes that gap.
            DutyCycleLedger ledger = Ledger(RegionId.Eu868);
            var checker = new IndependentAirtimeChecker(true);
            long now = 0;
            for (int i = 0; i < 400; i++)
            {
                long earliest;
                TransmitPermission permission = ledger.Check(869525000, 2465792, false, 0, now, out earliest);
                if (permission != TransmitPermission.Allowed)
                {
                    Assert.AreEqual(TransmitPermission.WaitForBand, permission);
                    now = earliest;
                    continue;
                }

                checker.Add(now * 1000, 2465792, 869525000, false, 0);
                ledger.Record(869525000, 2465792, false, now + 2466);
                now += 2466;
            }

            CollectionAssert.AreEqual(new List<string>(), checker.Violations(0, 0));
            long worst = checker.WorstWindowUs(false, 3_600_000_000L);
            Assert.IsTrue(worst <= 360_000_000L && worst > 330_000_000L, "worst hour " + worst + " us: close to, never above, 360 s");
        }

        // Header 20 + join back-off 16 (window index, airtime in it, airtime carried into the next, reserved), plus per
        // EU868 band 8 (off-until) + 22 (its sliding-hour slots): 36 and 36 + 6 × 30 = 216.
        [DataRow(RegionId.Eu868, 216)]
        [DataRow(RegionId.Us915, 36)]
        [DataRow(RegionId.As923Group3, 36)]
        [TestMethod]
        public void SerializationRoundTrip(RegionId id, int length)
        {
            RegionParameters region = RegionParameters.Get(id);
            DutyCycleLedger ledger = new DutyCycleLedger(region);
            ledger.ResetJoinBackOff(500);
            ledger.SetMaxDutyCycle(2);
            var random = new Random(7);
            long now = 1000;
            uint frequency = region.IsFixedChannelPlan ? region.DefaultChannelFrequencyHz(3) : region.DefaultChannelFrequencyHz(0);
            for (int i = 0; i < 300; i++)
            {
                long airtime = random.Next(30_000, 1_500_000);
                bool join = random.Next(4) == 0;
                long earliest;
                if (ledger.Check(frequency, airtime, join, 0, now, out earliest) == TransmitPermission.Allowed)
                {
                    ledger.Record(frequency, airtime, join, now + (airtime / 1000) + 1);
                }

                now += random.Next(1, 200_000);
            }

            byte[] buffer = new byte[400];
            Assert.AreEqual(length, ledger.SerializedLength);
            Assert.AreEqual(length, ledger.WriteTo(buffer, 3));
            DutyCycleLedger restored = new DutyCycleLedger(region);
            Assert.AreEqual(length, restored.ReadFrom(buffer, 3, length));
            Assert.AreEqual(ledger.MaxDutyCycle, restored.MaxDutyCycle);
            Assert.AreEqual(ledger.JoinEpochMilliseconds, restored.JoinEpochMilliseconds);

            for (int probe = 0; probe < 500; probe++)
            {
                long at = now + (probe * 37_000L);
                long airtime = 50_000 + (probe * 4_000L);
                bool join = probe % 2 == 0;
                long a;
                long b;
                Assert.AreEqual(ledger.Check(frequency, airtime, join, 0, at, out a), restored.Check(frequency, airtime, join, 0, at, out b));
                Assert.AreEqual(a, b);
            }

            byte[] again = new byte[400];
            restored.WriteTo(again, 3);
            CollectionAssert.AreEqual(buffer, again);
        }

        [TestMethod]
        public void ReadFromRejectsForeignRecords()
        {
            byte[] buffer = new byte[400];
            int length = Ledger(RegionId.Eu868).WriteTo(buffer, 0);
            Assert.AreEqual(-1, Ledger(RegionId.Us915).ReadFrom(buffer, 0, length), "other region");
            Assert.AreEqual(-1, Ledger(RegionId.Eu868).ReadFrom(buffer, 0, length - 1), "short");
            buffer[0] = 1;
            Assert.AreEqual(-1, Ledger(RegionId.Eu868).ReadFrom(buffer, 0, length), "other version");
        }

        [TestMethod]
        public void LedgerAllocatesNothing()
        {
            DutyCycleLedger ledger = Ledger(RegionId.Eu868);
            byte[] buffer = new byte[ledger.SerializedLength];
            long earliest;
            ledger.Check(868100000, 61696, false, 0, 0, out earliest);
            long before = GC.GetAllocatedBytesForCurrentThread();
            long now = 0;
            for (int i = 0; i < 5000; i++)
            {
                uint frequency = i % 2 == 0 ? 868100000u : 869525000u;
                if (ledger.Check(frequency, 61696, i % 7 == 0, 0, now, out earliest) == TransmitPermission.Allowed)
                {
                    ledger.Record(frequency, 61696, i % 7 == 0, now + 62);
                }

                ledger.WriteTo(buffer, 0);
                ledger.ReadFrom(buffer, 0, buffer.Length);
                now += 3000;
            }

            Assert.AreEqual(0L, GC.GetAllocatedBytesForCurrentThread() - before);
        }
    }
}
