// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using SmartCityNodes.Simulator.Scenarios;

namespace SmartCityNodes.Simulator.Tests
{
    [TestClass]
    public sealed class ScenarioLoaderTests
    {
        [TestMethod]
        public void EmptyFile_IsTheDefaultScenario()
        {
            var scenario = ScenarioLoader.Parse("", "empty.yaml");
            Assert.AreEqual(3, scenario.Nodes.Count);
            Assert.AreEqual(1, scenario.Gateways.Count);
            Assert.AreEqual(7.0, scenario.Days);
        }

        [TestMethod]
        public void AFullFile_IsRead()
        {
            const string yaml = """
                seed: 42
                days: 3
                channel:
                  pathLossExponent: 3.5
                gateways:
                  - { name: north, x: 0, y: 1000 }
                nodes:
                  - name: bay-7
                    type: parking
                    x: 250
                    parking: { sessionsPerDay: 30 }
                network:
                  downlinks:
                    - { node: bay-7, atHours: 12, fPort: 10, hex: "0102" }
                """;
            var scenario = ScenarioLoader.Parse(yaml, "city.yaml");
            Assert.AreEqual(42ul, scenario.Seed);
            Assert.AreEqual(3.5, scenario.Channel.PathLossExponent);
            Assert.AreEqual("north", scenario.Gateways[0].Name);
            Assert.AreEqual(30.0, scenario.Nodes[0].Parking.SessionsPerDay);
            Assert.AreEqual("0102", scenario.Network.Downlinks[0].Hex);
        }

        [TestMethod]
        [DataRow("dayz: 3", "line 1, column 1")]
        [DataRow("days: three", "line 1, column 7")]
        [DataRow("days: 0", "days must be > 0")]
        [DataRow("nodes:\n  - { name: a, type: lamp }", "type must be one of bin, air, parking; got 'lamp'")]
        [DataRow("nodes:\n  - { name: a, type: bin }\n  - { name: a, type: air }", "name 'a' is used twice")]
        [DataRow("nodes:\n  - { type: bin }", "name is required")]
        [DataRow("nodes:\n  - { name: a, type: bin, activation: magic }", "activation must be otaa or abp")]
        [DataRow("network:\n  downlinks:\n    - { node: ghost, hex: '01' }", "no node named 'ghost'")]
        [DataRow("nodes:\n  - { name: a, type: bin }\nnetwork:\n  downlinks:\n    - { node: a, hex: '012' }", "not an even number of hex digits")]
        [DataRow("nodes:\n  - { name: a, type: bin }\nnetwork:\n  downlinks:\n    - { node: a, fPort: 0, hex: '01' }", "fPort must be 1..223")]
        public void BadScenarios_GiveAClearMessage(string yaml, string expected)
        {
            var exception = Assert.ThrowsExactly<ScenarioException>(() => ScenarioLoader.Parse(yaml, "bad.yaml"));
            StringAssert.StartsWith(exception.Message, "bad.yaml");
            StringAssert.Contains(exception.Message, expected);
        }

        [TestMethod]
        public void MissingFile_SaysSo()
        {
            var exception = Assert.ThrowsExactly<ScenarioException>(() => ScenarioLoader.LoadFile("/nonexistent/x.yaml"));
            StringAssert.Contains(exception.Message, "file not found");
        }

        [TestMethod]
        public void ShippedScenarioFiles_AllLoad()
        {
            string folder = Path.Combine(AppContext.BaseDirectory, "scenarios");
            var files = Directory.GetFiles(folder, "*.yaml");
            Assert.IsTrue(files.Length >= 4, "default + one storm per image");
            foreach (string file in files)
            {
                ScenarioLoader.LoadFile(file);
            }
        }
    }
}
