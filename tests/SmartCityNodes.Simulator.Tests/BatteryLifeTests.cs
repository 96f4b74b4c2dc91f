// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using SmartCityNodes.Runtime.Energy;
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
            public FixedScheduleNode(SimulatedBoard board, AirLink link)
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
            var board = new SimulatedBoard(); // runtime profile LowPowerEsp32Sx1262, Saft LS 33600, 50 ms compute per wake
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

            // Hand calculation for one day, 96 wakes (every 900 s), from the board profile (docs/runtime-energy.md):
            //   always-on = TPS7A02 25 nA + SX1262 sleep 1 200 nA = 1 225 nA; deep-sleep floor = 1 225 + ESP32 10 000 = 11 225 nA
            //   boot:    96 × (45 000 000 + 1 225) nA × 0.5 s  = 2 160 058 800 nA·s = 0.600 016 mAh
            //   compute: 96 × (50 000 000 + 1 225) nA × 0.05 s =   240 005 880 nA·s = 0.066 668 mAh
            //   sleep:   96 × (900 − 0.55) s × 11 225 nA       =   969 247 320 nA·s = 0.269 235 mAh
            //   total 0.935 920 mAh/day → average 935.920 µAh / 24 h = 38.997 µA
            //   lifetime = 17 000 000 µAh / (38.997 µA × 8 766 h + 1 %/year self-discharge 170 000 µAh) = 33.21 years
            Assert.AreEqual(96, node.Statistics.Wakes);
            Assert.AreEqual(0.600016, node.Energy.MilliampereHours(EnergyPhase.Boot), 2e-6);
            Assert.AreEqual(0.066668, node.Energy.MilliampereHours(EnergyPhase.Compute), 2e-6);
            Assert.AreEqual(0.269235, node.Energy.MilliampereHours(EnergyPhase.DeepSleep), 2e-6);
            double average = node.Energy.AverageMicroamperes(day);
            Assert.AreEqual(38.997, average, 0.001);
            Assert.AreEqual(33.21, node.Energy.ProjectedYears(average), 0.01);
        }
    }
}
