// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using SmartCityNodes.Simulator.Network;

namespace SmartCityNodes.Simulator.Tests
{
    [TestClass]
    public sealed class AdrEngineTests
    {
        // margin = SNRmax − required(DR) − 10 dB; steps = floor(margin / 3); up: DR first (to DR5), then power index.
        [TestMethod]
        [DataRow(0, 0, 5.0, 5, 0)]    // 5 + 20 − 10 = 15 → 5 steps → DR0→DR5
        [DataRow(0, 0, 10.0, 5, 1)]   // 10 + 20 − 10 = 20 → 6 steps → DR5 and one power step
        [DataRow(5, 3, -10.0, 5, 0)]  // −10 + 7.5 − 10 = −12.5 → −5 steps → power back to index 0, DR kept
        [DataRow(2, 0, -12.0, 2, 0)]  // −12 + 15 − 10 = −7 → −3 steps, power already maximal: no change
        [DataRow(3, 0, -2.0, 3, 0)]   // −2 + 12.5 − 10 = 0.5 → 0 steps
        [DataRow(5, 6, 30.0, 5, 7)]   // 30 + 7.5 − 10 = 27.5 → 9 steps, only one power index left
        public void Decide_FollowsTheSemtechRecommendedAlgorithm(int dr, int power, double maxSnr, int expectedDr, int expectedPower)
        {
            var (newDr, newPower) = AdrEngine.Decide(dr, power, maxSnr);
            Assert.AreEqual(expectedDr, newDr);
            Assert.AreEqual(expectedPower, newPower);
        }
    }
}
