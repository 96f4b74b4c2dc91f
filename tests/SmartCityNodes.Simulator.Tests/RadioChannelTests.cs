// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using SmartCityNodes.Simulator.Channel;

namespace SmartCityNodes.Simulator.Tests
{
    [TestClass]
    public sealed class RadioChannelTests
    {
        private static RadioChannel Channel() => new RadioChannel(new ChannelParameters(), 1);

        [TestMethod]
        public void PathLoss_AtTheReferenceDistance_IsThePublishedIntercept()
        {
            // Petäjäjärvi et al., ITST 2015, on-ground fit: PL(d) = 128.95 + 23.2·log10(d / 1 km) dB.
            Assert.AreEqual(128.95, Channel().PathLossDb(1000), 1e-9);
        }

        [TestMethod]
        [DataRow(2000.0, 135.934)] // 128.95 + 23.2 × 0.30103 = 128.95 + 6.984 = 135.934
        [DataRow(500.0, 121.966)]  // 128.95 − 6.984
        [DataRow(10000.0, 152.15)] // 128.95 + 23.2 × 1
        public void PathLoss_FollowsTheLogDistanceLaw(double metres, double expectedDb)
        {
            Assert.AreEqual(expectedDb, Channel().PathLossDb(metres), 0.001);
        }

        [TestMethod]
        public void NoiseFloor_At125kHz_With6dBNoiseFigure()
        {
            // −174 + 10·log10(125 000) + 6 = −174 + 50.969 + 6 = −117.031 dBm.
            Assert.AreEqual(-117.031, Channel().NoiseFloorDbm(125000), 0.001);
        }

        [TestMethod]
        [DataRow(7, -7.5)]
        [DataRow(8, -10.0)]
        [DataRow(9, -12.5)]
        [DataRow(10, -15.0)]
        [DataRow(11, -17.5)]
        [DataRow(12, -20.0)]
        public void DemodulationLimits_AreTheSx1276DatasheetTable(int spreadingFactor, double limitDb)
        {
            // Semtech SX1276/77/78/79 datasheet rev. 7, table 13 "Range of Spreading Factors".
            Assert.AreEqual(limitDb, RadioChannel.DemodulationSnrLimitDb(spreadingFactor));
        }

        [TestMethod]
        public void DemodulationLimit_OutsideLoRaSpreadingFactors_IsRefused()
        {
            Assert.ThrowsExactly<ArgumentOutOfRangeException>(() => RadioChannel.DemodulationSnrLimitDb(13));
        }

        [TestMethod]
        public void LinkBudget_At1Km_WorkedByHand()
        {
            // EIRP 16 dBm, 0 dBi gateway, no shadowing: RSSI = 16 − 128.95 = −112.95 dBm;
            // SNR = −112.95 − (−117.031) = 4.081 dB; SF12 margin = 4.081 + 20 = 24.081 dB.
            var budget = new LinkBudget();
            Channel().Evaluate(16, 0, 1000, 0, 12, 125000, budget);
            Assert.AreEqual(-112.95, budget.RssiDbm, 1e-6);
            Assert.AreEqual(4.081, budget.SnrDb, 0.001);
            Assert.AreEqual(24.081, budget.MarginDb, 0.001);
        }

        [TestMethod]
        [DataRow(0.0, 0.5)]        // at the limit: half the packets
        [DataRow(4.0, 0.97725)]    // 2σ above (σ = 2 dB): Φ(2) = 0.97725 (standard normal table)
        [DataRow(-2.0, 0.15866)]   // 1σ below: Φ(−1) = 0.15866
        public void DeliveryProbability_IsTheNormalCdfOfTheMargin(double marginDb, double expected)
        {
            Assert.AreEqual(expected, Channel().DeliveryProbability(marginDb), 1e-4);
        }

        [TestMethod]
        public void Shadowing_IsFixedPerLinkAndSeed()
        {
            Assert.AreEqual(Channel().ShadowingDb("bin-1→gw-1"), Channel().ShadowingDb("bin-1→gw-1"));
            Assert.AreNotEqual(Channel().ShadowingDb("bin-1→gw-1"), Channel().ShadowingDb("air-1→gw-1"));
        }
    }
}
