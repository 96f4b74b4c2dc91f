// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using SmartCityNodes.Simulator.Channel;
using SmartCityNodes.Simulator.Network;
using SmartCityNodes.Simulator.Node;
using SmartCityNodes.Simulator.Simulation;
using SmartCityNodes.TestSupport;

namespace SmartCityNodes.Simulator.Tests
{
    [TestClass]
    public sealed class BatteryLifeTests
    {
        /// <summary>A node that only wakes every 15 minutes and goes back to sleep (no sensor, no radio, no flash).</summary>
        private sealed class FixedScheduleNode : FirmwareNode
        {
            public FixedScheduleNode(BoardEnergyProfile board, AirLink link)
                : base("fixed", "bin", new NodeIdentity("fixed", 1, 0), false, board, link, 1)
            {
            }

            protected override double SleepExtraMicroamperes => 0;

            protected override long RunApplication(long now, VirtualClock clock, out bool send, out int fPort, out byte[] payload, out string kind)
            {
                send = false;
                fPort = 1;
                payload = Array.Empty<byte>();
                kind = "";
                return now + 900_000;
            }
        }

        [TestMethod]
        public void FixedSchedule_AverageCurrentAndLifetime_MatchTheHandCalculation()
        {
            var board = new BoardEnergyProfile(); // 10 µA sleep + 0.2 µA radio sleep, 40 mA × 800 ms per wake, 17 Ah × 0.85
            var channel = new RadioChannel(new ChannelParameters(), 1);
            var server = new NetworkServer(new NetworkServerOptions(), new HexUplinkDecoder());
            var link = new AirLink("fixed", "bin", 100, 0, channel, server, new[] { new Gateway("gw", 0, 0) }, new NodeStatistics());
            var node = new FixedScheduleNode(board, link);
            const long day = 86_400_000;
            for (long t = 0; t < day; t = node.NextWakeMilliseconds)
            {
                node.Wake(t);
            }

            node.Finish(day);

            // Hand calculation for one day, 96 wakes (every 900 s):
            //   wake:  96 × 40 000 µA × 800 ms            = 3 072 000 000 µA·ms = 0.853 333 mAh
            //   sleep: (86 400 000 − 96 × 800) ms × 10.2 µA = 86 323 200 × 10.2 = 880 496 640 µA·ms = 0.244 582 mAh
            //   total 1.097 916 mAh/day → average 3 952 496 640 µA·ms / 86 400 000 ms = 45.746 µA
            //   lifetime = 17 000 mAh × 0.85 / 0.045 746 mA = 315 878 h = 36.03 years (8766 h/year)
            Assert.AreEqual(96, node.Statistics.Wakes);
            Assert.AreEqual(0.853333, node.Energy.MilliampereHours(EnergyPhase.Wake), 1e-6);
            Assert.AreEqual(0.244582, node.Energy.MilliampereHours(EnergyPhase.Sleep), 1e-6);
            double average = node.Energy.AverageMicroamperes(day);
            Assert.AreEqual(45.746, average, 0.001);
            Assert.AreEqual(36.03, EnergyLedger.ProjectedYears(average, board), 0.01);
        }
    }
}
