// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using SmartCityNodes.Runtime;
using SmartCityNodes.Runtime.Configuration;
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
        private const long CycleMilliseconds = 900_000;

        /// <summary>
        /// An application on a fixed 15-minute grid: each measurement takes 100 ms with its sensor drawing 1 mA, the
        /// sensor draws 5 µA between measurements, nothing is ever reported.
        /// </summary>
        private sealed class GridApplication : INodeApplication
        {
            private readonly VirtualClock _clock;
            private long _next;

            public GridApplication(VirtualClock clock) => _clock = clock;

            public byte DeviceKind => 1;
            public int StateCapacityBytes => 8;
            public long NextMeasurementDueMilliseconds => _next;
            public bool ReportIsEvent => false;
            public int MeasurementMicroamps => 1000;
            public int SensorStandbyMicroamps => 5;
            public bool SensorWarmingUp => false;
            public bool NeedsLightSleep => false;

            public ConfigStatus Validate(byte version, byte[] buffer, int offset, int length) => ConfigStatus.Ok;
            public ConfigStatus ApplyThreshold(byte thresholdId, int value, NodeConfiguration candidate) => ConfigStatus.UnknownField;
            public void Configure(NodeConfiguration configuration)
            {
            }

            public int Measure(long nowMilliseconds)
            {
                // On the grid: the first due time after now, whatever the wake's own delays.
                _next = ((nowMilliseconds / CycleMilliseconds) + 1) * CycleMilliseconds;
                _clock.Advance(100);
                return 0;
            }

            public bool ShouldReport(long nowMilliseconds, out int reason)
            {
                reason = 0;
                return false;
            }

            public int EncodeReport(byte[] buffer, int offset, int batteryMillivolts, out int fPort)
            {
                fPort = 1;
                return 0;
            }

            public int EncodeStatus(byte[] buffer, int offset, NodeStatus status, out int fPort)
            {
                fPort = 10;
                buffer[offset] = 0x18;
                return 1;
            }

            public bool HandleDownlink(int fPort, byte[] payload, int offset, int length) => false;

            public int WriteState(byte[] buffer, int offset)
            {
                LittleEndianWrite(buffer, offset, _next);
                return 8;
            }

            public bool ReadState(byte[] buffer, int offset, int length)
            {
                if (length != 8)
                {
                    return false;
                }

                _next = BitConverter.ToInt64(buffer, offset);
                return true;
            }

            private static void LittleEndianWrite(byte[] buffer, int offset, long value) => BitConverter.GetBytes(value).CopyTo(buffer, offset);
        }

        private sealed class GridNode : RuntimeNode
        {
            public GridNode(SimulatedBoard board, AirLink link)
                : base("grid", "bin", new NodeIdentity("grid", 1, 0), false, board, link, 1)
            {
            }

            protected override INodeApplication CreateApplication(VirtualClock clock) => new GridApplication(clock);

            protected override void PrepareEnvironment(long now)
            {
            }

            protected override string DescribeReport() => "Grid";

            protected override double ChartValue() => 0;
        }

        [TestMethod]
        public void FixedSchedule_AverageCurrentAndLifetime_MatchTheHandCalculation()
        {
            var board = new SimulatedBoard(); // profile LowPowerEsp32Sx1262, 19 Ah Li-SOCl2 D cell, 50 ms managed code per boot
            var channel = new RadioChannel(new ChannelParameters(), 1);
            var server = new NetworkServer(new NetworkServerOptions(), new HexUplinkDecoder());
            var link = new AirLink("grid", "bin", 100, 0, channel, server, new[] { new Gateway("gw", 0, 0) }, new NodeStatistics());
            server.RegisterAbp("grid", "bin", new NodeIdentity("grid", 1, 0).DevAddr, new NodeIdentity("grid", 1, 0).NwkSKey, new NodeIdentity("grid", 1, 0).AppSKey);
            var node = new GridNode(board, link);
            node.Provision(configuration => configuration.HeartbeatIntervalSeconds = ConfigurationLimits.MaxHeartbeatIntervalSeconds);

            // Day 1 holds the power-on boot and its start-up status uplink; the window is the 96 wakes after it.
            var before = new long[EnergyLedger.PhaseCount];
            long sentBefore = 0;
            int wakes = 0;
            for (long t = 0; t < 3 * 86_400_000L; t = node.NextWakeMilliseconds)
            {
                node.Wake(t);
                wakes++;
                if (wakes == 100)
                {
                    for (int phase = 0; phase < EnergyLedger.PhaseCount; phase++)
                    {
                        before[phase] = node.Energy.Ledger.PhaseNanoampHours((EnergyPhase)phase);
                    }

                    sentBefore = link.Sent;
                }

                if (wakes == 196)
                {
                    break;
                }
            }

            double Window(EnergyPhase phase) => (node.Energy.Ledger.PhaseNanoampHours(phase) - before[(int)phase]) / 1e6;

            // Hand calculation of one 900 s cycle from the board profile (docs/runtime-energy.md), in nA·s:
            //   always-on = TPS7A02 25 nA + SX1262 sleep 1 200 nA = 1 225 nA
            //   boot:        (45 000 000 + 1 225) nA × 0.5 s                 = 22 500 612.5
            //   compute:     (50 000 000 + 1 225) nA × 0.05 s (the boot's managed code) = 2 500 061.25
            //   measurement: (30 000 000 + 1 225 CPU idle + 1 000 000 sensor) nA × 0.1 s = 3 100 122.5
            //   flash write: (50 000 000 + 1 225) nA × 0.03 s (one end-of-wake save) = 1 500 036.75
            //   deep sleep:  (10 000 + 1 225) nA × (900 − 0.5 boot − 0.05 − 0.1) s = 11 225 × 899.35 = 10 095 203.75
            //   sensor idle: 5 000 nA × (900 − 0.1) s (measurement end to the next measurement) = 4 499 500
            //   cycle total 44 195 536.75 nA·s → average 44 195 536.75 / 900 = 49 106.15 nA = 49.106 µA
            // 96 cycles (1 mAh = 3.6e9 nA·s): boot 0.600016, compute 0.066668, measurement 0.082670, flash 0.040001,
            // deep sleep 0.269205, sensor idle 0.119987 mAh.
            Assert.AreEqual(sentBefore, link.Sent, "no uplink in the window");
            Assert.AreEqual(0.600016, Window(EnergyPhase.Boot), 2e-6);
            Assert.AreEqual(0.066668, Window(EnergyPhase.Compute), 2e-6);
            Assert.AreEqual(0.082670, Window(EnergyPhase.Measurement), 2e-6);
            Assert.AreEqual(0.040001, Window(EnergyPhase.FlashWrite), 2e-6);
            Assert.AreEqual(0.269205, Window(EnergyPhase.DeepSleep), 2e-6);
            Assert.AreEqual(0.119987, Window(EnergyPhase.SensorIdle), 2e-6);
            Assert.AreEqual(0, Window(EnergyPhase.LightSleep) + Window(EnergyPhase.Transmit) + Window(EnergyPhase.Receive) + Window(EnergyPhase.ReceiveWait) + Window(EnergyPhase.SensorWarmUp));

            double total = Enum.GetValues<EnergyPhase>().Sum(Window);
            double averageMicroamperes = total * 1000 / 24;
            Assert.AreEqual(49.106, averageMicroamperes, 0.001);

            // Lifetime: 19 000 000 µAh / (49.106 µA × 8 766 h + 1 %/year self-discharge 190 000 µAh) = 19e6 / 620 464.6 = 30.62 years.
            Assert.AreEqual(30.62, node.Energy.ProjectedYears(averageMicroamperes), 0.01);
        }
    }
}
