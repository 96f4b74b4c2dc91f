// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using SmartCityNodes.Applications.AirNode;
using SmartCityNodes.Applications.ParkingNode;
using SmartCityNodes.Drivers.Sensors.Environment;
using SmartCityNodes.Drivers.Sensors.Pms5003;
using SmartCityNodes.Drivers.Sensors.Qmc5883l;
using SmartCityNodes.LoRaWan.Frames;
using SmartCityNodes.Runtime.Node;
using SmartCityNodes.TestSupport.Node;

namespace SmartCityNodes.Applications.Tests.Node
{
    /// <summary>
    /// AirNode and ParkingNode adapters driven by the runtime for hours of simulated time (ABP node, sensor chip models on
    /// the node's clock): the start-up message names the device kind (status.md: 2 air, 3 parking), reports carry the
    /// application's headers (0x10 periodic/heartbeat on FPort 1, 0x11 event on FPort 2), and no step faults.
    /// </summary>
    [TestClass]
    public sealed class NodeApplicationAdapterTests
    {
        private static List<(int Port, byte[] Payload)> Run(SteadyStateNode node, long untilMilliseconds)
        {
            while (node.Clock.UptimeMilliseconds < untilMilliseconds)
            {
                node.NextWake();
                Assert.AreEqual(WakeFaults.None, node.Runtime.Faults, node.Runtime.LastException?.ToString());
            }

            var crypto = new FrameCrypto();
            var seen = new List<(int, byte[])>();
            foreach (var tx in node.Radio.Transmissions)
            {
                byte[] frame = tx.Frame;
                int portAt = 8 + (frame[5] & 0x0F);
                uint fCnt = (uint)(frame[6] | (frame[7] << 8));
                byte[] payload = frame.AsSpan(portAt + 1, frame.Length - portAt - 5).ToArray();
                crypto.CryptPayload(SteadyStateNode.ApplicationSessionKey, Direction.Uplink, SteadyStateNode.DevAddr, fCnt, payload, 0, payload.Length);
                seen.Add((frame[portAt], payload));
            }

            return seen;
        }

        [TestMethod]
        public void ParkingNodeCalibratesReportsAndSendsItsStartupMessage()
        {
            var node = new SteadyStateNode(clock =>
            {
                var chip = new Qmc5883lModel(clock) { XCounts = 1200, YCounts = 2400, ZCounts = -3600 };
                return new ParkingNodeApplication(new ParkingMeasurement(new Qmc5883l(chip, clock, null)), new ParkingNodeParameters());
            }, true);
            var uplinks = Run(node, 13 * 3600 * 1000);

            var status = uplinks.Where(u => u.Port == 10).ToList();
            Assert.AreEqual(1, status.Count, string.Join("\n", node.Radio.Transmissions.Zip(uplinks, (t, u) => $"{t.StartMilliseconds} {u.Port} {Convert.ToHexString(u.Payload)}")));
            Assert.AreEqual(0x18, status[0].Payload[0]);
            Assert.AreEqual(3, status[0].Payload[1], "device kind parking");
            Assert.AreEqual(1, status[0].Payload[5], "reset cause power-on");
            var reports = uplinks.Where(u => u.Port == 1 || u.Port == 2).ToList();
            // No car comes: the first report after calibration, then the parking heartbeat every 10 800 s
            // (ParkingNodeParameters default, 3 h): 5 reports within 13 h. Those keep the runtime's 6 h silence guard quiet.
            Assert.AreEqual(5, reports.Count, "reports");
            foreach (var report in reports)
            {
                Assert.AreEqual(report.Port == 2 ? 0x11 : 0x10, report.Payload[0], $"header on FPort {report.Port}");
            }
        }

        [TestMethod]
        public void AirNodeRunsItsParticulateCycleAndReports()
        {
            var node = new SteadyStateNode(clock =>
            {
                var model = new Pms5003Model(clock);
                var environment = new SimulatedEnvironmentSensor(EnvironmentQuantities.Bme680, EnvironmentPowerProfiles.Bme680ForcedWithGas);
                return new AirNodeApplication(new AirMeasurement(environment, new Pms5003(model, clock)), new AirNodeParameters());
            }, true);
            var uplinks = Run(node, 6 * 3600 * 1000);

            var status = uplinks.Where(u => u.Port == 10).ToList();
            Assert.AreEqual(1, status.Count);
            Assert.AreEqual(2, status[0].Payload[1], "device kind air");
            var reports = uplinks.Where(u => u.Port == 1 || u.Port == 2).ToList();
            Assert.IsTrue(reports.Count >= 5, $"reports: {reports.Count}");
            foreach (var report in reports)
            {
                Assert.AreEqual(report.Port == 2 ? 0x11 : 0x10, report.Payload[0], $"header on FPort {report.Port}");
            }
        }
    }
}
