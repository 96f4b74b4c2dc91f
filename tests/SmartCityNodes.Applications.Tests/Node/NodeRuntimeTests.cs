// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using SmartCityNodes.Hal.Power;
using SmartCityNodes.Runtime.Configuration;
using SmartCityNodes.Runtime.Node;
using SmartCityNodes.TestSupport.Storage;

namespace SmartCityNodes.Applications.Tests.Node
{
    /// <summary>
    /// A BinNode built from NodeRuntime + BinNodeApplication on the host (A02YYUW chip model, scripted radio, simulated
    /// flash, resetting watchdog; a fresh object graph at every wake). Expected bytes are worked by hand from
    /// docs/payloads/binnode.md and status.md; CRCs with an independent bit-by-bit CRC-32; times from the schedule rules.
    /// </summary>
    [TestClass]
    public sealed class NodeRuntimeTests
    {
        // docs/payloads/binnode.md with BinNodeParameters defaults (depth 1000 mm, mounting offset 100 mm), ranger at
        // 600 mm and no temperature sensor: fill = (100 + 1000 − 600) / 1000 = 50 % = 0x32; distance 600 = 0x0258;
        // temperature fault 0xFF; battery (3600 − 2000) / 10 = 160 = 0xA0; no event; fault bit 1 (temperature) = 0x02.
        private const string ReportAt600Millimetres = "10320258FFA00002";

        private static uint ConfigurationCrc(NodeConfiguration configuration)
        {
            var record = new byte[512];
            int length = ConfigurationRecord.Write(configuration, record, 0);
            return ReferenceCrc32.Compute(record, 0, length);
        }

        private static string Status(byte resetCause, uint crc)
        {
            // status.md: 0x18 start-up, device 1 (bin), firmware 1.0.0, reset cause, CRC u32 big-endian, battery 0xA0.
            return "1801010000" + resetCause.ToString("X2") + crc.ToString("X8") + "A0";
        }

        private static HostNode JoinedNode()
        {
            var node = new HostNode();
            node.Provision(HostNode.ProvisionedConfiguration());
            node.Radio.ReplyWith(node.Server.NextJoinAccept());
            node.RunUntil(60 * 1000);
            return node;
        }

        // Joined, two reports, then the next report's RX1 carries a SetReportInterval(seconds); runs 3 h. Returns the
        // uplinks from that report on.
        private static List<SeenUplink> UplinksAfterConfigDownlink(HostNode node, uint seconds)
        {
            node.RunUntil(2 * 900 * 1000);
            int before = node.Uplinks.Count;
            node.Radio.ReplyWith(node.Server.Downlink(RemoteConfigWire.Port, RemoteConfigWire.SetReportInterval(seconds)));
            node.RunUntil(3 * 3600 * 1000);
            return node.Uplinks.Skip(before).ToList();
        }

        private static void AssertGaps(List<SeenUplink> reports, int first, long gapMilliseconds)
        {
            for (int i = first; i < reports.Count; i++)
            {
                Assert.AreEqual(gapMilliseconds, reports[i].StartMilliseconds - reports[i - 1].StartMilliseconds, $"gap before report {i}");
            }
        }

        [TestMethod]
        public void AnUnprovisionedNodeNeverTransmitsAndSleepsAnHour()
        {
            var node = new HostNode();
            node.Wake();
            node.Wake();

            Assert.AreEqual(0, node.Radio.Transmissions.Count);
            Assert.AreEqual(0, node.Ranger!.FramesSent, "no measurement");
            Assert.AreEqual(NodeSleepKind.Deep, node.LastDecision!.Kind);
            Assert.AreEqual(3_600_000_000L, node.LastDecision.SleepMicroseconds, "NodeRuntimeSettings.UnprovisionedSleepMilliseconds");
            Assert.AreEqual(WakeFaults.ConfigurationDefaults | WakeFaults.Unprovisioned, node.Runtime.Faults);
        }

        [TestMethod]
        public void ARadioThatDoesNotStartSendsNothingButTheNodeMeasuresAndSleeps()
        {
            var node = new HostNode();
            node.Provision(HostNode.ProvisionedConfiguration());
            node.Radio.InitializeStatus = SmartCityNodes.Hal.Radio.RadioStatus.WrongChip;
            node.RunUntil(2 * 3600 * 1000);

            Assert.AreEqual(0, node.Radio.Transmissions.Count);
            Assert.IsTrue((node.Runtime.Faults & WakeFaults.MacNotStarted) != 0);
            Assert.AreEqual(NodeSleepKind.Deep, node.LastDecision!.Kind);
            Assert.IsTrue(node.Tilt.Reads >= 8, $"measurements: {node.Tilt.Reads} (every 900 s for 2 h)");
        }

        [TestMethod]
        public void ReferenceCrc32MatchesTheCheckValue()
        {
            // CRC-32/ISO-HDLC check value of "123456789" (reveng catalogue): 0xCBF43926.
            byte[] check = "123456789"u8.ToArray();
            Assert.AreEqual(0xCBF43926u, ReferenceCrc32.Compute(check, 0, check.Length));
        }

        [TestMethod]
        public void PowerOnBootJoinsSendsTheStartupStatusWithTheConfigurationCrcAndReportsEvery900Seconds()
        {
            var node = JoinedNode();
            node.RunUntil(4 * 3600 * 1000);

            Assert.AreEqual(0x00, node.Radio.Transmissions[0].Frame[0], "the first frame on air is the Join-Request");
            var status = node.On(10);
            Assert.AreEqual(1, status.Count, "one start-up message per reset");
            Assert.AreEqual(Status(1, ConfigurationCrc(HostNode.ProvisionedConfiguration())), status[0].PayloadHex);

            var reports = node.On(1);
            Assert.IsTrue(reports.Count >= 15, $"reports: {reports.Count}");
            foreach (var report in reports)
            {
                Assert.AreEqual(ReportAt600Millimetres, report.PayloadHex);
            }

            // Report interval 900 s: every measurement after the first is planned at the previous one + 900 000 ms and
            // the node wakes on it (boot time included), so the uplinks leave exactly 900 000 ms apart.
            AssertGaps(reports, 2, 900_000);

            var counters = node.Uplinks.Select(u => u.FCnt).ToList();
            CollectionAssert.AreEqual(Enumerable.Range(0, counters.Count).Select(i => (uint)i).ToList(), counters, "FCntUp 0, 1, 2, ...");
            Assert.AreEqual(NodeSleepKind.Deep, node.LastDecision!.Kind);
            Assert.AreEqual(0, node.Resets);
        }

        [TestMethod]
        public void RemoteConfigDownlinkChangesTheReportIntervalAndIsAcknowledgedInTheNextUplink()
        {
            var after = UplinksAfterConfigDownlink(JoinedNode(), 600);
            Assert.AreEqual(1, after[0].FPort, "the report that heard the downlink");
            var changed = HostNode.ProvisionedConfiguration();
            changed.ReportIntervalSeconds = 600;
            Assert.AreEqual(RemoteConfigWire.Port, after[1].FPort, "the acknowledgement is the next uplink");
            Assert.AreEqual(RemoteConfigWire.Ack(0, 0xFF, ConfigurationCrc(changed)), after[1].PayloadHex, "Ok (0), no failing command (FF), new CRC");

            var reports = after.Where(u => u.FPort == 1).ToList();
            Assert.IsTrue(reports.Count >= 10);
            AssertGaps(reports, 1, 600_000); // the next measurement is moved to the last one + 600 s at once

            Assert.AreEqual(1, after.Count(u => u.FPort == RemoteConfigWire.Port), "acknowledged once");
        }

        [TestMethod]
        public void BadRemoteConfigChangesNothingAndIsAnsweredWithItsError()
        {
            // 30 s is below the report interval's 60 s minimum (docs/payloads/remote-config.md): value-out-of-range (5) at
            // command index 0; the acknowledgement carries the unchanged CRC.
            var node = JoinedNode();
            var after = UplinksAfterConfigDownlink(node, 30);
            Assert.AreEqual(RemoteConfigWire.Port, after[1].FPort);
            uint unchanged = ConfigurationCrc(HostNode.ProvisionedConfiguration());
            Assert.AreEqual(RemoteConfigWire.Ack(5, 0, unchanged), after[1].PayloadHex);
            AssertGaps(node.On(1), 2, 900_000);

            var store = new ConfigurationStore(node.Flash, 2, 3, null);
            Assert.AreEqual(ConfigStatus.Ok, store.Load());
            Assert.AreEqual(900u, store.Active.ReportIntervalSeconds);
            Assert.AreEqual(unchanged, store.Crc);
        }

        [TestMethod]
        [DataRow(1, 16)]
        [DataRow(2, 1)]
        [DataRow(3, 16)]
        public void FCntUpIsNeverReusedAcrossWakesWithRandomPowerCuts(int seed, int reservationBlock)
        {
            var node = new HostNode();
            node.Settings.UplinkReservationBlock = reservationBlock;
            node.Provision(HostNode.ProvisionedConfiguration());
            node.Radio.ReplyWith(node.Server.NextJoinAccept());
            node.RunUntil(60 * 1000);
            var random = new Random(seed);
            var models = new[] { TornWriteModel.ErasedTail, TornWriteModel.OldTail, TornWriteModel.TruncatedFile };
            for (int wake = 0; wake < 150; wake++)
            {
                if (random.Next(3) == 0)
                {
                    node.Flash.ArmPowerCut(random.Next(0, 1200), models[random.Next(models.Length)]);
                }

                node.Wake();
                node.Flash.Disarm();
            }

            Assert.IsTrue(node.PowerCuts >= 10, $"power cuts: {node.PowerCuts}");
            var counters = node.Uplinks.Select(u => u.FCnt).ToList();
            for (int i = 1; i < counters.Count; i++)
            {
                Assert.IsTrue(counters[i] > counters[i - 1], $"FCntUp {counters[i]} after {counters[i - 1]} (uplink {i})\n" + string.Join("\n", node.Log));
            }

            Assert.IsTrue(node.On(1).Count >= 20, $"reports: {node.On(1).Count}");
            Assert.IsTrue(node.On(10).Count >= node.PowerCuts / 2, "start-up messages after the power cuts");
        }

        [TestMethod]
        public void WatchdogCutsAHungSensorStepAndTheNodeSleepsOn()
        {
            var node = JoinedNode();
            node.RunUntil(900 * 1000 + 1);
            int reportsBefore = node.On(1).Count;

            // The tilt switch read stalls 10 min: the Measure step's watchdog (5 s bound + 2 s margin) resets the node.
            node.Tilt.HangMilliseconds = 600_000;
            node.Wake();
            while (node.Resets == 0)
            {
                node.Wake();
            }

            Assert.AreEqual(1, node.Watchdog.Expiries);
            node.Tilt.HangMilliseconds = 0;
            long resetAt = node.Clock.UptimeMilliseconds;
            node.RunUntil(resetAt + (3 * 3600 * 1000));

            Assert.AreEqual(1, node.Resets, "one reset");
            Assert.AreEqual(NodeSleepKind.Deep, node.LastDecision!.Kind, "the node sleeps on");
            var status = node.On(10);
            Assert.AreEqual(2, status.Count);
            Assert.AreEqual(Status(5, ConfigurationCrc(HostNode.ProvisionedConfiguration())), status[1].PayloadHex, "reset cause 5 = watchdog");
            Assert.IsTrue(node.On(1).Count >= reportsBefore + 10, "reports resume");
        }
    }
}
