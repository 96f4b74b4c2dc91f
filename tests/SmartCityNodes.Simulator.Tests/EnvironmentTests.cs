// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using SmartCityNodes.Simulator.Common;
using SmartCityNodes.Simulator.Scenarios;

namespace SmartCityNodes.Simulator.Tests
{
    [TestClass]
    public sealed class EnvironmentTests
    {
        [TestMethod]
        public void Parking_Over100Days_GivesAboutTheTargetSessionsPerDay()
        {
            var environment = new ParkingEnvironment(new ParkingScenario { SessionsPerDay = 20 }, 3, "bay");
            environment.DeltaMilligauss(100 * Units.MillisecondsPerDay);
            int sessions = environment.Sessions.Count(s => s.Start < 100 * Units.MillisecondsPerDay);
            Assert.AreEqual(20.0, sessions / 100.0, 3.0, "served sessions per day within ±3 of the target");
        }

        [TestMethod]
        public void Environments_AreReproducibleForASeed()
        {
            var a = new AirEnvironment(new AirScenario(), 9, "air-1");
            var b = new AirEnvironment(new AirScenario(), 9, "air-1");
            var c = new AirEnvironment(new AirScenario(), 10, "air-1");
            long t = 37 * Units.MillisecondsPerHour;
            Assert.AreEqual(a.Pm25(t), b.Pm25(t));
            Assert.AreNotEqual(a.Pm25(t), c.Pm25(t));
        }

        [TestMethod]
        public void BinFill_DropsAtThePickupHour()
        {
            var bin = new BinEnvironment(new BinScenario { PickupIntervalHours = 72, PickupHour = 7 }, 1, "bin");
            long pickup = (72 + 7) * Units.MillisecondsPerHour;
            Assert.IsTrue(bin.FillPercent(pickup - 1000) > 40);
            Assert.IsTrue(bin.FillPercent(pickup + 1000) < 1);
        }

        [TestMethod]
        public void TiltStorm_Chatters()
        {
            var bin = new BinEnvironment(new BinScenario { ChatterEpisodesPerDay = 4, TiltsPerYear = 0 }, 1, "bin");
            int changes = 0;
            bool last = false;
            for (long t = 0; t < Units.MillisecondsPerDay; t += 1000)
            {
                bool level = bin.Tilted(t);
                changes += level != last ? 1 : 0;
                last = level;
            }

            Assert.IsTrue(changes > 400, $"four 10-minute episodes toggling every 3 s: {changes} changes");
        }
    }
}
