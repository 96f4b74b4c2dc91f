// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using SmartCityNodes.Simulator.Common;
using SmartCityNodes.Simulator.Fleet;

namespace SmartCityNodes.Simulator.Tests
{
    [TestClass]
    public sealed class AlohaTests
    {
        [TestMethod]
        [DataRow(0.05)]
        [DataRow(0.25)]
        [DataRow(0.5)]
        public void PoissonTraffic_SurvivesAsPureAlohaPredicts(double load)
        {
            // Pure ALOHA (Abramson 1970): a frame of length T survives when no other starts within ±T, probability
            // e^(−2G) for Poisson arrivals of G frames per T. 200 000 frames of 100 ms, seed fixed.
            const int frames = 200_000;
            const long airtime = 100_000;
            var random = new SequentialRandom(42, 7);
            var group = new Transmission[frames];
            double t = 0;
            for (int i = 0; i < frames; i++)
            {
                t += random.NextExponential(airtime / load);
                group[i] = new Transmission { StartMicroseconds = (long)t, EndMicroseconds = (long)t + airtime, RssiDbm = -100, Node = i, PassesChannel = true };
            }

            int alive = AlohaCollisions.Resolve(group, frames, -1, new bool[frames]);
            Assert.AreEqual(Math.Exp(-2 * load), alive / (double)frames, 0.005, $"G = {load}");
        }

        [TestMethod]
        public void Capture_KeepsTheStrongerFrameOnly()
        {
            var group = new[]
            {
                new Transmission { StartMicroseconds = 0, EndMicroseconds = 100, RssiDbm = -90 },
                new Transmission { StartMicroseconds = 50, EndMicroseconds = 150, RssiDbm = -100 },
                new Transmission { StartMicroseconds = 1000, EndMicroseconds = 1100, RssiDbm = -120 },
            };
            var survived = new bool[3];
            Assert.AreEqual(2, AlohaCollisions.Resolve(group, 3, 6, survived));
            CollectionAssert.AreEqual(new[] { true, false, true }, survived);
            Assert.AreEqual(1, AlohaCollisions.Resolve(group, 3, -1, survived), "without capture both overlapping frames are lost");
        }

        [TestMethod]
        public void TouchingButNotOverlapping_IsNoCollision()
        {
            var group = new[]
            {
                new Transmission { StartMicroseconds = 0, EndMicroseconds = 100 },
                new Transmission { StartMicroseconds = 100, EndMicroseconds = 200 },
            };
            Assert.AreEqual(2, AlohaCollisions.Resolve(group, 2, -1, new bool[2]));
        }
    }
}
