// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using SmartCityNodes.Simulator.Scenarios;
using SmartCityNodes.Simulator.Simulation;

namespace SmartCityNodes.Simulator.Tests
{
    [TestClass]
    public sealed class WorldTests
    {
        private static World Run(ulong seed, double days = 2)
        {
            var scenario = Scenario.Default();
            scenario.Seed = seed;
            scenario.Days = days;
            var world = new World(scenario);
            world.Run();
            return world;
        }

        [TestMethod]
        public void DefaultWorld_EveryNodeJoinsReportsAndRestoresItsStateEveryWake()
        {
            var world = Run(1);
            foreach (var node in world.Nodes)
            {
                Assert.AreEqual(1, node.Statistics.Joins, node.Name);
                Assert.IsTrue(node.Statistics.Reports > 0, node.Name);
                Assert.AreEqual(0, node.Statistics.MacStateRestoreFailures, node.Name);
                Assert.AreEqual(0, node.Statistics.AppStateRestoreFailures, node.Name);
            }

            foreach (var device in world.Server.Devices)
            {
                Assert.IsTrue(device.UplinksAccepted > 0, device.Name);
                Assert.AreEqual(0, device.Rejected, $"{device.Name}: no MIC or counter rejection in a clean run");
            }
        }

        [TestMethod]
        public void SameSeed_SameRun_OtherSeed_OtherRun()
        {
            string Fingerprint(World w) => string.Join("|", w.Links.SelectMany(l => l.Uplinks).Select(u => $"{u.Node}{u.TimeHours:0.######}{u.FCnt}{u.Verdict}{u.Decoded}"));
            Assert.AreEqual(Fingerprint(Run(5, 1)), Fingerprint(Run(5, 1)));
            Assert.AreNotEqual(Fingerprint(Run(5, 1)), Fingerprint(Run(6, 1)));
        }

        [TestMethod]
        public void ParkingNode_ReportsEachSessionOfItsBay()
        {
            var world = Run(3, 3);
            var node = world.Nodes.Single(n => n.Type == "parking");
            node.Statistics.ReportsByKind.TryGetValue("Event:Arrived", out long arrived);
            // About 20 sessions a day over 3 days; a session shorter than the 20 s confirmation would be missed (none are: ≥ 3 min).
            Assert.IsTrue(arrived >= 45 && arrived <= 75, $"arrivals reported: {arrived}");
        }
    }
}
