// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using SmartCityNodes.LoRaWan.DutyCycle;
using SmartCityNodes.LoRaWan.Frames;
using SmartCityNodes.LoRaWan.Region;

namespace SmartCityNodes.LoRaWan.Tests.DutyCycle
{
    /// <summary>
    /// Property tests: long seeded random schedules of uplinks and joins (random data rates, payloads, channels,
    /// DutyCycleReq changes, TxParamSetupReq changes and reboots through the persisted records) driven through
    /// ChannelPlan + DutyCycleLedger exactly as the MAC uses them. The <see cref="IndependentAirtimeChecker"/>
    /// must find zero duty-cycle, off-time, dwell, aggregated or join back-off violations.
    /// </summary>
    [TestClass]
    public sealed class RandomScheduleTests
    {
        [DataRow(RegionId.Eu868, 1)]
        [DataRow(RegionId.Eu868, 2)]
        [DataRow(RegionId.Eu868, 3)]
        [DataRow(RegionId.Us915, 4)]
        [DataRow(RegionId.Us915, 5)]
        [DataRow(RegionId.Au915, 6)]
        [DataRow(RegionId.As923Group1, 7)]
        [DataRow(RegionId.Kr920, 8)]
        [DataRow(RegionId.In865, 9)]
        [TestMethod]
        public void NoViolationsOverLongRandomSchedules(RegionId id, int seed)
        {
            RegionParameters region = RegionParameters.Get(id);
            var random = new Random(seed);
            var plan = new ChannelPlan(region);
            var ledger = new DutyCycleLedger(region);
            bool euBands = region.DutyCycleBandCount > 0;
            var checker = new IndependentAirtimeChecker(euBands);
            bool f;
            bool r;

            if (id == RegionId.Eu868)
            {
                // Channels in every EU868 sub-band: g 867.1/865.5, K 863.5, g2 868.9, g3 869.525, g4 869.85.
                uint[] extra = { 867100000, 865500000, 863500000, 868900000, 869525000, 869850000 };
                for (int i = 0; i < extra.Length; i++)
                {
                    Assert.IsTrue(plan.NewChannel(3 + i, extra[i], 0, 5, out f, out r));
                    Assert.IsTrue(f && r);
                }
            }
            else if (region.IsFixedChannelPlan && seed % 2 == 0)
            {
                plan.SelectSubBand(2);
            }

            long now = random.Next(0, 10_000);
            int joinAttempt = 0;
            int waits = 0;
            int dwellRefusals = 0;
            byte[] ledgerRecord = new byte[ledger.SerializedLength];
            byte[] planRecord = new byte[ChannelPlan.MaxSerializedLength];

            for (int step = 0; step < 12_000; step++)
            {
                double dice = random.NextDouble();
                if (dice < 0.002)
                {
                    Assert.IsTrue(ledger.SetMaxDutyCycle(random.Next(0, 5)));
                }
                else if (dice < 0.004 && region.SupportsTxParamSetup)
                {
                    plan.ApplyTxParamSetup((byte)(random.Next(0, 2) << 4 | random.Next(0, 16)));
                }
                else if (dice < 0.008)
                {
                    // Every wake is a reboot: persist both records and continue with fresh objects.
                    int ledgerLength = ledger.WriteTo(ledgerRecord, 0);
                    int planLength = plan.WriteTo(planRecord, 0);
                    ledger = new DutyCycleLedger(region);
                    plan = new ChannelPlan(region);
                    Assert.AreEqual(ledgerLength, ledger.ReadFrom(ledgerRecord, 0, ledgerLength));
                    Assert.AreEqual(planLength, plan.ReadFrom(planRecord, 0, planLength));
                }

                bool join = random.NextDouble() < 0.15;
                int dataRate;
                int length;
                int channel;
                long earliest;
                ChannelSelectStatus status;
                uint seedForChannel = (uint)random.Next();
                if (join)
                {
                    length = FrameLayout.JoinRequestLength;
                    status = plan.SelectJoinChannel(joinAttempt, seedForChannel, ledger, now, out channel, out dataRate, out earliest);
                }
                else
                {
                    int minimum = region.MinUplinkDataRate(plan.UplinkDwellTime);
                    int maximum = region.IsFixedChannelPlan ? region.MaxUplinkDataRate : region.DefaultChannelMaxDataRate;
                    dataRate = random.Next(minimum, maximum + 1);

                    // Mostly legal sizes; a quarter oversized so that the dwell-time guard is exercised too.
                    int maxMac = region.MaxMacPayloadLength(dataRate, false);
                    int oversize = random.Next(4) == 0 ? 40 : 0;
                    length = Math.Min(255, random.Next(13, maxMac + 5 + 1 + oversize));
                    status = plan.SelectUplinkChannel(dataRate, length, seedForChannel, ledger, now, out channel, out earliest);
                }

                switch (status)
                {
                    case ChannelSelectStatus.Ok:
                        long airtime = region.UplinkTimeOnAirMicroseconds(dataRate, length);
                        uint frequency = plan.GetFrequencyHz(channel);
                        checker.Add(now * 1000, airtime, frequency, join, ledger.MaxDutyCycle, plan.UplinkDwellTimeLimitMilliseconds);
                        long end = now + ((airtime + 999) / 1000);
                        ledger.Record(frequency, airtime, join, end);
                        now = end + random.Next(0, 3000);
                        if (join)
                        {
                            joinAttempt++;
                        }

                        break;
                    case ChannelSelectStatus.WaitForDutyCycle:
                        waits++;
                        Assert.IsTrue(earliest > now);
                        if (random.Next(2) == 0)
                        {
                            // The promised time must be true: the same request succeeds exactly then.
                            now = earliest;
                            ChannelSelectStatus again = join
                                ? plan.SelectJoinChannel(joinAttempt, seedForChannel, ledger, now, out channel, out dataRate, out earliest)
                                : plan.SelectUplinkChannel(dataRate, length, seedForChannel, ledger, now, out channel, out earliest);
                            Assert.AreEqual(ChannelSelectStatus.Ok, again, "step " + step);
                        }
                        else
                        {
                            now += random.Next(1, 120_000);
                        }

                        break;
                    case ChannelSelectStatus.DwellTimeExceeded:
                        dwellRefusals++;
                        Assert.IsTrue(plan.UplinkDwellTime);
                        Assert.IsTrue(region.UplinkTimeOnAirMicroseconds(dataRate, length) > 400_000);
                        break;
                    default:
                        Assert.Fail("unexpected " + status + " at step " + step);
                        break;
                }
            }

            List<string> violations = checker.Violations(ledger.JoinEpochMilliseconds * 1000, id == RegionId.Us915 ? 400 : 0);
            Assert.AreEqual(0, violations.Count, string.Join(Environment.NewLine, violations.Take(10)));
            Assert.IsTrue(checker.Count > 3000, "transmissions: " + checker.Count);
            Assert.IsTrue(checker.JoinCount > 50, "joins: " + checker.JoinCount);
            Assert.IsTrue(waits > 100, "the limits must actually bite: waits " + waits);
            if (id == RegionId.Us915)
            {
                Assert.IsTrue(dwellRefusals > 100, "dwell refusals " + dwellRefusals);
            }
        }

        [DataRow(21, 869525000u)]
        [DataRow(22, 869525000u)]
        [DataRow(23, 863500000u)]
        [DataRow(24, 868100000u)]
        [TestMethod]
        public void SaturatedBandNeverExceedsItsHour(int seed, uint frequencyHz)
        {
            // One EU868 band driven flat out (always sending at the promised earliest time) with random frame
            // lengths: the windows are full all the time, so every edge of the sliding-hour bookkeeping is tried.
            RegionParameters region = RegionParameters.Get(RegionId.Eu868);
            var random = new Random(seed);
            var ledger = new DutyCycleLedger(region);
            var checker = new IndependentAirtimeChecker(true);
            long now = 0;
            for (int i = 0; i < 6000; i++)
            {
                int dataRate = random.Next(0, 6);
                long airtime = region.UplinkTimeOnAirMicroseconds(dataRate, random.Next(13, 65));
                long earliest;
                TransmitPermission permission = ledger.Check(frequencyHz, airtime, false, 0, now, out earliest);
                if (permission != TransmitPermission.Allowed)
                {
                    Assert.AreEqual(TransmitPermission.WaitForBand, permission);
                    now = earliest;
                    Assert.AreEqual(TransmitPermission.Allowed, ledger.Check(frequencyHz, airtime, false, 0, now, out earliest));
                }

                checker.Add(now * 1000, airtime, frequencyHz, false, 0);
                long end = now + ((airtime + 999) / 1000);
                ledger.Record(frequencyHz, airtime, false, end);
                now = end + random.Next(0, 50);
            }

            List<string> violations = checker.Violations(0, 0);
            Assert.AreEqual(0, violations.Count, string.Join(Environment.NewLine, violations.Take(5)));
        }

        /// <summary>
        /// A greedy joiner that never gets a Join-Accept, for three days, in every region: it asks for a join channel,
        /// sends the moment it is allowed, and retries after JOIN_ACCEPT_DELAY2 + a random 0..2 s. The join airtime is
        /// summed per LoRaWAN L2 1.0.4 §7 window (table quoted in DutyCycleLedgerTests): hour 0 at most 36 s, hours 1 to
        /// 11 at most 36 s in total, each following day at most 8.7 s. Each full window must also be mostly used
        /// (≥ 80 %): a back-off that is merely strict would pass the first check and fail this one.
        /// </summary>
        [DataRow(RegionId.Eu868, 11)]
        [DataRow(RegionId.Us915, 12)]
        [DataRow(RegionId.Au915, 13)]
        [DataRow(RegionId.As923Group1, 14)]
        [DataRow(RegionId.As923Group2, 15)]
        [DataRow(RegionId.As923Group3, 16)]
        [DataRow(RegionId.As923Group4, 17)]
        [DataRow(RegionId.Kr920, 18)]
        [DataRow(RegionId.In865, 19)]
        [TestMethod]
        public void GreedyJoinerForThreeDaysKeepsEveryBackOffWindow(RegionId id, int seed)
        {
            const long HourUs = 3_600_000_000L;
            RegionParameters region = RegionParameters.Get(id);
            var random = new Random(seed);
            var plan = new ChannelPlan(region);
            var ledger = new DutyCycleLedger(region);
            var checker = new IndependentAirtimeChecker(id == RegionId.Eu868);
            int dwellLimit = plan.UplinkDwellTimeLimitMilliseconds;
            long now = 0;
            int attempt = 0;
            while (now < 72L * 3_600_000)
            {
                ChannelSelectStatus status = plan.SelectJoinChannel(attempt, (uint)random.Next(), ledger, now, out int channel, out int dataRate, out long earliest);
                if (status == ChannelSelectStatus.Ok)
                {
                    long airtime = region.UplinkTimeOnAirMicroseconds(dataRate, FrameLayout.JoinRequestLength);
                    checker.Add(now * 1000, airtime, plan.GetFrequencyHz(channel), true, 0, dwellLimit);
                    long end = now + ((airtime + 999) / 1000);
                    ledger.Record(plan.GetFrequencyHz(channel), airtime, true, end);
                    attempt++;
                    now = end + RegionDefaults.JoinAcceptDelay2Milliseconds + random.Next(0, 2000);
                }
                else
                {
                    Assert.AreEqual(ChannelSelectStatus.WaitForDutyCycle, status);
                    now = earliest;
                }
            }

            List<string> violations = checker.Violations(0, dwellLimit);
            Assert.AreEqual(0, violations.Count, string.Join(Environment.NewLine, violations.Take(5)));

            long hour0 = checker.JoinAirtimeUs(0, HourUs);
            long hours1To11 = checker.JoinAirtimeUs(HourUs, 11 * HourUs);
            long day0 = checker.JoinAirtimeUs(11 * HourUs, 35 * HourUs);
            long day1 = checker.JoinAirtimeUs(35 * HourUs, 59 * HourUs);
            string summary = $"{id}: hour 0 {hour0} us, hours 1-11 {hours1To11} us, day 0 {day0} us, day 1 {day1} us";
            Assert.IsTrue(hour0 <= 36_000_000 && hour0 >= 28_800_000, summary);
            Assert.IsTrue(hours1To11 <= 36_000_000 && hours1To11 >= 28_800_000, summary);
            Assert.IsTrue(day0 <= 8_700_000 && day0 >= 6_960_000, summary);
            Assert.IsTrue(day1 <= 8_700_000 && day1 >= 6_960_000, summary);
        }
    }
}
