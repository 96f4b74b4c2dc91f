// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using SmartCityNodes.LoRaWan.DutyCycle;
using SmartCityNodes.LoRaWan.Region;

namespace SmartCityNodes.LoRaWan.Tests.Region
{
    [TestClass]
    public sealed class ChannelPlanTests
    {
        private static ChannelPlan Plan(RegionId id) => new ChannelPlan(RegionParameters.Get(id));

        private static byte[] Hex(string hex) => Convert.FromHexString(hex.Replace(" ", string.Empty));

        [TestMethod]
        public void EuDefaultsAreTheThreeDefaultChannels()
        {
            ChannelPlan plan = Plan(RegionId.Eu868);
            Assert.AreEqual(3, plan.EnabledChannelCount);
            Assert.AreEqual(868300000u, plan.GetFrequencyHz(1));
            Assert.AreEqual(868300000u, plan.GetRx1FrequencyHz(1));
            Assert.IsFalse(plan.IsDefined(3));
            Assert.AreEqual(0b111, plan.GetChannelMaskWord(0));
            Assert.AreEqual(16, plan.MaxEirpDbm);
            Assert.AreEqual(0, plan.UplinkDwellTimeLimitMilliseconds);
        }

        [TestMethod]
        public void UsDefaultsEnableAll72Channels()
        {
            ChannelPlan plan = Plan(RegionId.Us915);
            Assert.AreEqual(72, plan.EnabledChannelCount);
            Assert.AreEqual(400, plan.UplinkDwellTimeLimitMilliseconds);
        }

        // TTN sub-band 2 = channels 8..15 and 65 (RP002-1.0.4 §2.5.2: 8 blocks of 8 × 125 kHz + 1 × 500 kHz).
        [DataRow(RegionId.Us915, 2, 0xFF00, 0x0002)]
        [DataRow(RegionId.Us915, 1, 0x00FF, 0x0001)]
        [DataRow(RegionId.Au915, 2, 0xFF00, 0x0002)]
        [TestMethod]
        public void SubBandSelection(RegionId id, int subBand, int word0, int word4)
        {
            ChannelPlan plan = Plan(id);
            Assert.IsTrue(plan.SelectSubBand(subBand));
            Assert.AreEqual(9, plan.EnabledChannelCount);
            Assert.AreEqual(word0, plan.GetChannelMaskWord(0));
            Assert.AreEqual(0, plan.GetChannelMaskWord(1));
            Assert.AreEqual(word4, plan.GetChannelMaskWord(4));
        }

        [TestMethod]
        public void SubBandSelectionRejectedWhereMeaningless()
        {
            Assert.IsFalse(Plan(RegionId.Eu868).SelectSubBand(2));
            Assert.IsFalse(Plan(RegionId.Us915).SelectSubBand(0));
            Assert.IsFalse(Plan(RegionId.Us915).SelectSubBand(9));
        }

        // RX1 channel = uplink channel mod 8 at 923.3 + 0.6·n MHz (RP002-1.0.4 §2.5.7, §2.8.7).
        [DataRow(0, 923300000u)]
        [DataRow(9, 923900000u)]
        [DataRow(15, 927500000u)]
        [DataRow(65, 923900000u)]
        [DataRow(71, 927500000u)]
        [TestMethod]
        public void UsRx1Frequencies(int channel, uint frequencyHz)
        {
            Assert.AreEqual(frequencyHz, Plan(RegionId.Us915).GetRx1FrequencyHz(channel));
        }

        [TestMethod]
        public void EuCFListType0DefinesChannels3To7()
        {
            // TTN EU868 CFList: 867.1, 867.3, 867.5, 867.7, 867.9 MHz in 100 Hz units, 24-bit little-endian:
            // 8671000 = 0x844F18 → 18 4F 84; 8673000 = 0x8456E8; 8675000 = 0x845EB8; 8677000 = 0x846688; 8679000 = 0x846E58; type 0.
            ChannelPlan plan = Plan(RegionId.Eu868);
            byte[] cfList = Hex("184F84 E85684 B85E84 886684 586E84 00");
            Assert.AreEqual(CFListResult.Applied, plan.ApplyCFList(cfList, 0));
            Assert.AreEqual(8, plan.EnabledChannelCount);
            Assert.AreEqual(867100000u, plan.GetFrequencyHz(3));
            Assert.AreEqual(867900000u, plan.GetFrequencyHz(7));
            Assert.AreEqual(0, plan.GetMinDataRate(7));
            Assert.AreEqual(5, plan.GetMaxDataRate(7));
            Assert.AreEqual(0xFF, plan.GetChannelMaskWord(0));
        }

        [TestMethod]
        public void AsCFListStartsAfterTwoDefaultChannels()
        {
            // AS923 §2.10.4: CFList channels 2..6. 922.0 MHz = 9220000 = 0x8CAFA0 → A0 AF 8C; zero frequency leaves a channel undefined.
            ChannelPlan plan = Plan(RegionId.As923Group1);
            byte[] cfList = Hex("A0AF8C 000000 000000 000000 000000 00");
            Assert.AreEqual(CFListResult.Applied, plan.ApplyCFList(cfList, 0));
            Assert.AreEqual(922000000u, plan.GetFrequencyHz(2));
            Assert.IsFalse(plan.IsDefined(3));
            Assert.AreEqual(3, plan.EnabledChannelCount);
        }

        [TestMethod]
        public void CFListOutOfBandFrequencyIsIgnored()
        {
            // 880.0 MHz = 8800000 = 0x864700 → 00 47 86: outside 863..870 MHz, channel 3 stays undefined.
            ChannelPlan plan = Plan(RegionId.Eu868);
            Assert.AreEqual(CFListResult.Applied, plan.ApplyCFList(Hex("004786 000000 000000 000000 000000 00"), 0));
            Assert.IsFalse(plan.IsDefined(3));
        }

        [TestMethod]
        public void UsCFListType1SetsTheMask()
        {
            // RP002-1.0.4 §2.5.4: ChMask0..4 (2 B LE each), RFU 5 B, CFListType 1. Sub-band 2: ChMask0 = 0xFF00, ChMask4 = 0x0002.
            ChannelPlan plan = Plan(RegionId.Us915);
            Assert.AreEqual(CFListResult.Applied, plan.ApplyCFList(Hex("00FF 0000 0000 0000 0200 0000000000 01"), 0));
            Assert.AreEqual(9, plan.EnabledChannelCount);
            Assert.IsTrue(plan.IsEnabled(8));
            Assert.IsTrue(plan.IsEnabled(65));
            Assert.IsFalse(plan.IsEnabled(0));
        }

        [TestMethod]
        public void CFListWrongTypeOrEmptyOrShort()
        {
            Assert.AreEqual(CFListResult.UnsupportedType, Plan(RegionId.Eu868).ApplyCFList(Hex("00FF 0000 0000 0000 0200 0000000000 01"), 0));
            Assert.AreEqual(CFListResult.UnsupportedType, Plan(RegionId.Us915).ApplyCFList(Hex("184F84 E85684 B85E84 886684 586E84 00"), 0));
            ChannelPlan us = Plan(RegionId.Us915);
            Assert.AreEqual(CFListResult.EmptyChannelMask, us.ApplyCFList(new byte[16] { 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1 }, 0));
            Assert.AreEqual(72, us.EnabledChannelCount);
            Assert.AreEqual(CFListResult.InvalidLength, us.ApplyCFList(new byte[15], 0));
        }

        // LinkADRReq ChMaskCntl on EU-like plans (RP002-1.0.4 §2.4.5): 0 = mask for channels 0..15, 6 = all defined on, others RFU.
        [DataRow(0, 0x0003, true, 2)]
        [DataRow(0, 0x0008, false, 3)]
        [DataRow(6, 0x0000, true, 3)]
        [DataRow(1, 0x0001, false, 3)]
        [DataRow(5, 0x0001, false, 3)]
        [DataRow(7, 0x0001, false, 3)]
        [TestMethod]
        public void EuLinkAdrChannelMask(int control, int mask, bool ack, int enabledAfterCommit)
        {
            ChannelPlan plan = Plan(RegionId.Eu868);
            plan.BeginLinkAdrBlock();
            Assert.AreEqual(ack, plan.ApplyLinkAdrChannelMask(control, mask));
            plan.CommitLinkAdrChannelMask();
            Assert.AreEqual(enabledAfterCommit, plan.EnabledChannelCount);
        }

        [TestMethod]
        public void EuEmptyMaskIsDetected()
        {
            ChannelPlan plan = Plan(RegionId.Eu868);
            plan.BeginLinkAdrBlock();
            Assert.IsTrue(plan.ApplyLinkAdrChannelMask(0, 0));
            Assert.IsFalse(plan.PendingMaskHasEnabledChannel());
            Assert.AreEqual(3, plan.EnabledChannelCount);
        }

        [TestMethod]
        public void UsLinkAdrBlockForSubBand2()
        {
            // A typical network-server block: ChMaskCntl 7 (all 125 kHz off) with ChMask 0x0002 (channel 65),
            // then ChMaskCntl 0 with ChMask 0xFF00 (channels 8..15). RP002-1.0.4 §2.5.5.
            ChannelPlan plan = Plan(RegionId.Us915);
            plan.BeginLinkAdrBlock();
            Assert.IsTrue(plan.ApplyLinkAdrChannelMask(7, 0x0002));
            Assert.IsTrue(plan.ApplyLinkAdrChannelMask(0, 0xFF00));
            Assert.IsTrue(plan.PendingMaskHasEnabledChannel());
            Assert.IsTrue(plan.PendingMaskAllowsDataRate(3));
            Assert.IsTrue(plan.PendingMaskAllowsDataRate(4));
            Assert.AreEqual(72, plan.EnabledChannelCount, "nothing changes before commit");
            plan.CommitLinkAdrChannelMask();
            Assert.AreEqual(9, plan.EnabledChannelCount);
            Assert.IsTrue(plan.IsEnabled(15));
            Assert.IsTrue(plan.IsEnabled(65));
            Assert.IsFalse(plan.IsEnabled(64));
        }

        // ChMaskCntl 5: ChMask bits 0..7 switch blocks of 8 × 125 kHz + the matching 500 kHz channel (§2.5.5, errata: bit 8 RFU).
        [DataRow(0x0002, 9)]
        [DataRow(0x0003, 18)]
        [DataRow(0x00FF, 72)]
        [DataRow(0x0100, 0)]
        [TestMethod]
        public void UsChMaskCntl5Blocks(int mask, int enabled)
        {
            ChannelPlan plan = Plan(RegionId.Us915);
            plan.BeginLinkAdrBlock();
            Assert.IsTrue(plan.ApplyLinkAdrChannelMask(5, mask));
            Assert.AreEqual(enabled > 0, plan.PendingMaskHasEnabledChannel());
            plan.CommitLinkAdrChannelMask();
            Assert.AreEqual(enabled, plan.EnabledChannelCount);
        }

        [TestMethod]
        public void UsChMaskCntl6And4()
        {
            ChannelPlan plan = Plan(RegionId.Us915);
            plan.SelectSubBand(2);
            plan.BeginLinkAdrBlock();
            Assert.IsTrue(plan.ApplyLinkAdrChannelMask(6, 0x0000));
            plan.CommitLinkAdrChannelMask();
            Assert.AreEqual(64, plan.EnabledChannelCount, "all 125 kHz on, all 500 kHz off");
            plan.BeginLinkAdrBlock();
            Assert.IsTrue(plan.ApplyLinkAdrChannelMask(4, 0x0081));
            plan.CommitLinkAdrChannelMask();
            Assert.IsTrue(plan.IsEnabled(64));
            Assert.IsTrue(plan.IsEnabled(71));
            Assert.AreEqual(66, plan.EnabledChannelCount);
        }

        [TestMethod]
        public void UsOnlyWideChannelsRejectNarrowDataRates()
        {
            ChannelPlan plan = Plan(RegionId.Us915);
            plan.BeginLinkAdrBlock();
            Assert.IsTrue(plan.ApplyLinkAdrChannelMask(7, 0x00FF));
            Assert.IsFalse(plan.PendingMaskAllowsDataRate(0));
            Assert.IsTrue(plan.PendingMaskAllowsDataRate(4));
            Assert.IsFalse(plan.PendingMaskAllowsDataRate(8), "DR8 is a downlink data rate");
        }

        [TestMethod]
        public void NewChannelRules()
        {
            ChannelPlan plan = Plan(RegionId.Eu868);
            bool frequencyOk;
            bool rangeOk;

            Assert.IsTrue(plan.NewChannel(3, 867100000, 0, 5, out frequencyOk, out rangeOk));
            Assert.IsTrue(frequencyOk && rangeOk);
            Assert.IsTrue(plan.IsEnabled(3));

            Assert.IsTrue(plan.NewChannel(0, 867100000, 0, 5, out frequencyOk, out rangeOk));
            Assert.IsFalse(frequencyOk || rangeOk, "default channels cannot be changed");

            Assert.IsTrue(plan.NewChannel(4, 880000000, 0, 5, out frequencyOk, out rangeOk));
            Assert.IsFalse(frequencyOk);
            Assert.IsTrue(rangeOk);
            Assert.IsFalse(plan.IsDefined(4), "nothing applied when one bit is NACK");

            Assert.IsTrue(plan.NewChannel(4, 867300000, 5, 2, out frequencyOk, out rangeOk));
            Assert.IsTrue(frequencyOk);
            Assert.IsFalse(rangeOk);

            Assert.IsTrue(plan.NewChannel(4, 867300000, 0, 12, out frequencyOk, out rangeOk));
            Assert.IsFalse(rangeOk, "DR12 is RFU in EU868");

            Assert.IsTrue(plan.NewChannel(4, 867300000, 0, 9, out frequencyOk, out rangeOk));
            Assert.IsFalse(rangeOk, "DR9 is LR-FHSS, which this device cannot use");

            Assert.IsTrue(plan.NewChannel(4, 867300000, 7, 7, out frequencyOk, out rangeOk));
            Assert.IsTrue(rangeOk, "an FSK channel (DR7) may be defined");
            Assert.IsTrue(plan.NewChannel(4, 0, 0, 0, out frequencyOk, out rangeOk));

            Assert.IsTrue(plan.NewChannel(3, 0, 0, 0, out frequencyOk, out rangeOk));
            Assert.IsTrue(frequencyOk && rangeOk);
            Assert.IsFalse(plan.IsDefined(3), "frequency 0 deletes");

            Assert.IsTrue(plan.NewChannel(16, 867100000, 0, 5, out frequencyOk, out rangeOk));
            Assert.IsFalse(frequencyOk || rangeOk);

            Assert.IsFalse(Plan(RegionId.Us915).NewChannel(3, 903000000, 0, 3, out frequencyOk, out rangeOk), "US915 has no NewChannelReq");
        }

        [TestMethod]
        public void DlChannelRules()
        {
            ChannelPlan plan = Plan(RegionId.Eu868);
            bool frequencyOk;
            bool exists;
            Assert.IsTrue(plan.DlChannel(0, 869525000, out frequencyOk, out exists));
            Assert.IsTrue(frequencyOk && exists);
            Assert.AreEqual(869525000u, plan.GetRx1FrequencyHz(0));
            Assert.AreEqual(868100000u, plan.GetFrequencyHz(0));

            Assert.IsTrue(plan.DlChannel(5, 869525000, out frequencyOk, out exists));
            Assert.IsTrue(frequencyOk);
            Assert.IsFalse(exists);

            Assert.IsTrue(plan.DlChannel(1, 900000000, out frequencyOk, out exists));
            Assert.IsFalse(frequencyOk);
            Assert.AreEqual(868300000u, plan.GetRx1FrequencyHz(1));

            Assert.IsFalse(Plan(RegionId.Au915).DlChannel(0, 923300000, out frequencyOk, out exists));
        }

        [TestMethod]
        public void TxParamSetupInAs923()
        {
            ChannelPlan plan = Plan(RegionId.As923Group1);
            Assert.IsTrue(plan.UplinkDwellTime);
            Assert.AreEqual(11, plan.MaxUplinkFrmPayloadLength(2), "dwell: DR2 N = 11");

            // EIRP_DwellTime = 0b0000_1101: no dwell either way, MaxEIRP code 13 = 30 dBm (L2 1.0.4 §5.8).
            Assert.IsTrue(plan.ApplyTxParamSetup(0b0000_1101));
            Assert.IsFalse(plan.UplinkDwellTime);
            Assert.IsFalse(plan.DownlinkDwellTime);
            Assert.AreEqual(30, plan.MaxEirpDbm);
            Assert.AreEqual(0, plan.UplinkDwellTimeLimitMilliseconds);
            Assert.AreEqual(115, plan.MaxUplinkFrmPayloadLength(2));
            Assert.AreEqual(0, plan.GetRx1DataRate(0, 0));

            // 0b0011_0101: downlink dwell (bit 5), uplink dwell (bit 4), code 5 = 16 dBm.
            Assert.IsTrue(plan.ApplyTxParamSetup(0b0011_0101));
            Assert.IsTrue(plan.UplinkDwellTime);
            Assert.IsTrue(plan.DownlinkDwellTime);
            Assert.AreEqual(16, plan.MaxEirpDbm);
            Assert.AreEqual(400, plan.UplinkDwellTimeLimitMilliseconds);
            Assert.AreEqual(2, plan.GetRx1DataRate(0, 0));

            ChannelPlan eu = Plan(RegionId.Eu868);
            Assert.IsFalse(eu.ApplyTxParamSetup(0b0011_0101));
            Assert.IsFalse(eu.UplinkDwellTime);
        }

        [TestMethod]
        public void UsJoinWithSubBand2AlternatesNarrowAndWide()
        {
            ChannelPlan plan = Plan(RegionId.Us915);
            plan.SelectSubBand(2);
            for (int attempt = 0; attempt < 20; attempt++)
            {
                int channel;
                int dataRate;
                long earliest;
                Assert.AreEqual(ChannelSelectStatus.Ok, plan.SelectJoinChannel(attempt, (uint)(attempt * 7919 + 1), null, 0, out channel, out dataRate, out earliest));
                if (attempt % 2 == 0)
                {
                    Assert.IsTrue(channel >= 8 && channel <= 15, "125 kHz channel of sub-band 2");
                    Assert.AreEqual(0, dataRate);
                }
                else
                {
                    Assert.AreEqual(65, channel);
                    Assert.AreEqual(4, dataRate);
                }
            }
        }

        [TestMethod]
        public void UsJoinWithAllChannelsProbesEveryBlockThenA500kHzChannel()
        {
            ChannelPlan plan = Plan(RegionId.Us915);
            var blocks = new HashSet<int>();
            for (int attempt = 0; attempt < 9; attempt++)
            {
                int channel;
                int dataRate;
                long earliest;
                Assert.AreEqual(ChannelSelectStatus.Ok, plan.SelectJoinChannel(attempt, (uint)(attempt + 12345), null, 0, out channel, out dataRate, out earliest));
                if (attempt < 8)
                {
                    Assert.IsTrue(channel < 64);
                    Assert.AreEqual(0, dataRate);
                    blocks.Add(channel / 8);
                }
                else
                {
                    Assert.IsTrue(channel >= 64);
                    Assert.AreEqual(4, dataRate);
                }
            }

            Assert.AreEqual(8, blocks.Count, "one attempt in each of the 8 sub-bands per pass");
        }

        [TestMethod]
        public void AuJoinUsesDr2AndDr6()
        {
            ChannelPlan plan = Plan(RegionId.Au915);
            plan.SelectSubBand(2);
            int channel;
            int dataRate;
            long earliest;
            plan.SelectJoinChannel(0, 99, null, 0, out channel, out dataRate, out earliest);
            Assert.AreEqual(2, dataRate);
            plan.SelectJoinChannel(1, 99, null, 0, out channel, out dataRate, out earliest);
            Assert.AreEqual(6, dataRate);
            Assert.AreEqual(65, channel);
        }

        [DataRow(RegionId.Eu868, new[] { 5, 5, 4, 4, 3, 3, 2, 2, 1, 1, 0, 0, 5, 5 })]
        [DataRow(RegionId.As923Group1, new[] { 5, 5, 4, 4, 3, 3, 2, 2, 5, 5 })]
        [TestMethod]
        public void EuLikeJoinDataRateSequence(RegionId id, int[] expected)
        {
            ChannelPlan plan = Plan(id);
            for (int attempt = 0; attempt < expected.Length; attempt++)
            {
                int channel;
                int dataRate;
                long earliest;
                Assert.AreEqual(ChannelSelectStatus.Ok, plan.SelectJoinChannel(attempt, (uint)(attempt * 31 + 5), null, 0, out channel, out dataRate, out earliest));
                Assert.AreEqual(expected[attempt], dataRate, "attempt " + attempt);
                Assert.IsTrue(channel < plan.Region.DefaultChannelCount, "joins use the default channels");
            }
        }

        [TestMethod]
        public void UplinkSelectionIsRandomAmongEnabledChannels()
        {
            ChannelPlan plan = Plan(RegionId.Us915);
            plan.SelectSubBand(2);
            var seen = new HashSet<int>();
            for (uint random = 1; random < 400; random++)
            {
                int channel;
                long earliest;
                Assert.AreEqual(ChannelSelectStatus.Ok, plan.SelectUplinkChannel(3, 20, random, null, 0, out channel, out earliest));
                seen.Add(channel);
            }

            CollectionAssert.AreEquivalent(new[] { 8, 9, 10, 11, 12, 13, 14, 15 }, seen.ToArray(), "DR3 only on 125 kHz channels");
        }

        [TestMethod]
        public void UplinkSelectionReportsWhenTheBandOpens()
        {
            // All three EU868 default channels are in g1 (1 %): after one SF7/23 B uplink of 61.696 ms ending at
            // t = 10 000 ms the band is closed for 61.696 ms × 99 = 6107.904 ms → 6108 ms (rounded up) → until 16 108 ms.
            ChannelPlan plan = Plan(RegionId.Eu868);
            var ledger = new DutyCycleLedger(plan.Region);
            ledger.Record(868100000, 61696, false, 10000);
            int channel;
            long earliest;
            Assert.AreEqual(ChannelSelectStatus.WaitForDutyCycle, plan.SelectUplinkChannel(5, 23, 7, ledger, 10000, out channel, out earliest));
            Assert.AreEqual(-1, channel);
            Assert.AreEqual(16108L, earliest);
            Assert.AreEqual(ChannelSelectStatus.Ok, plan.SelectUplinkChannel(5, 23, 7, ledger, 16108, out channel, out earliest));

            // A channel in another band (g, 867.1 MHz) is free at once.
            bool f;
            bool r;
            plan.NewChannel(3, 867100000, 0, 5, out f, out r);
            Assert.AreEqual(ChannelSelectStatus.Ok, plan.SelectUplinkChannel(5, 23, 7, ledger, 10000, out channel, out earliest));
            Assert.AreEqual(3, channel);
        }

        [TestMethod]
        public void UplinkSelectionRefusesDwellViolations()
        {
            // US915 DR0 (SF10/125 kHz): 24 B = 370.688 ms fits 400 ms, 25 B = 411.648 ms does not (see LoRaAirtimeTests).
            ChannelPlan plan = Plan(RegionId.Us915);
            int channel;
            long earliest;
            Assert.AreEqual(ChannelSelectStatus.Ok, plan.SelectUplinkChannel(0, 24, 1, null, 0, out channel, out earliest));
            Assert.AreEqual(ChannelSelectStatus.DwellTimeExceeded, plan.SelectUplinkChannel(0, 25, 1, null, 0, out channel, out earliest));
            Assert.AreEqual(ChannelSelectStatus.InvalidDataRate, plan.SelectUplinkChannel(8, 10, 1, null, 0, out channel, out earliest));
        }

        [DataRow(RegionId.Eu868, 127)]
        [DataRow(RegionId.Us915, 15)]
        [DataRow(RegionId.As923Group2, 127)]
        [TestMethod]
        public void SerializationRoundTrip(RegionId id, int expectedLength)
        {
            ChannelPlan plan = Plan(id);
            bool f;
            bool r;
            if (plan.Region.IsFixedChannelPlan)
            {
                plan.SelectSubBand(3);
            }
            else
            {
                plan.NewChannel(5, plan.Region.DefaultChannelFrequencyHz(0) - 1000000, 1, 4, out f, out r);
                Assert.IsTrue(f && r);
                plan.DlChannel(5, plan.Region.DefaultChannelFrequencyHz(1), out f, out r);
                plan.ApplyTxParamSetup(0x0B);
                plan.JoinStartDataRate = 3;
            }

            byte[] buffer = new byte[ChannelPlan.MaxSerializedLength + 4];
            int written = plan.WriteTo(buffer, 2);
            Assert.AreEqual(expectedLength, written);
            Assert.AreEqual(expectedLength, plan.SerializedLength);

            ChannelPlan restored = Plan(id);
            Assert.AreEqual(written, restored.ReadFrom(buffer, 2, written));
            for (int channel = 0; channel < plan.ChannelCount; channel++)
            {
                Assert.AreEqual(plan.GetFrequencyHz(channel), restored.GetFrequencyHz(channel));
                Assert.AreEqual(plan.GetRx1FrequencyHz(channel), restored.GetRx1FrequencyHz(channel));
                Assert.AreEqual(plan.IsEnabled(channel), restored.IsEnabled(channel));
                Assert.AreEqual(plan.GetMinDataRate(channel), restored.GetMinDataRate(channel));
                Assert.AreEqual(plan.GetMaxDataRate(channel), restored.GetMaxDataRate(channel));
            }

            Assert.AreEqual(plan.UplinkDwellTime, restored.UplinkDwellTime);
            Assert.AreEqual(plan.MaxEirpDbm, restored.MaxEirpDbm);
            Assert.AreEqual(plan.JoinStartDataRate, restored.JoinStartDataRate);

            byte[] again = new byte[buffer.Length];
            restored.WriteTo(again, 2);
            CollectionAssert.AreEqual(buffer, again);
        }

        [TestMethod]
        public void ReadFromRejectsForeignRecords()
        {
            byte[] buffer = new byte[ChannelPlan.MaxSerializedLength];
            int written = Plan(RegionId.Eu868).WriteTo(buffer, 0);
            Assert.AreEqual(-1, Plan(RegionId.Kr920).ReadFrom(buffer, 0, written), "other region");
            Assert.AreEqual(-1, Plan(RegionId.Eu868).ReadFrom(buffer, 0, written - 1), "short");
            buffer[0] = 99;
            Assert.AreEqual(-1, Plan(RegionId.Eu868).ReadFrom(buffer, 0, written), "other version");
        }

        [TestMethod]
        public void SelectionAndCommandsAllocateNothing()
        {
            ChannelPlan plan = Plan(RegionId.Eu868);
            var ledger = new DutyCycleLedger(plan.Region);
            byte[] record = new byte[ChannelPlan.MaxSerializedLength];
            int channel;
            int dataRate;
            long earliest;
            bool f;
            bool r;
            plan.SelectUplinkChannel(5, 20, 1, ledger, 0, out channel, out earliest);
            long before = GC.GetAllocatedBytesForCurrentThread();
            for (int i = 0; i < 2000; i++)
            {
                plan.SelectUplinkChannel(i % 6, 20, (uint)i, ledger, i * 1000L, out channel, out earliest);
                plan.SelectJoinChannel(i, (uint)i, ledger, i * 1000L, out channel, out dataRate, out earliest);
                plan.BeginLinkAdrBlock();
                plan.ApplyLinkAdrChannelMask(6, 0);
                plan.CommitLinkAdrChannelMask();
                plan.NewChannel(3 + (i % 13), 867100000, 0, 5, out f, out r);
                plan.WriteTo(record, 0);
                plan.ReadFrom(record, 0, record.Length);
            }

            Assert.AreEqual(0L, GC.GetAllocatedBytesForCurrentThread() - before);
        }
    }
}
