// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using SmartCityNodes.LoRaWan.Mac;

namespace SmartCityNodes.LoRaWan.Tests.Mac
{
    [TestClass]
    public sealed class AdrBackoffTests
    {
        private const int Limit = 64; // ADR_ACK_LIMIT, RP002-1.0.4 default
        private const int Delay = 32; // ADR_ACK_DELAY

        [TestMethod]
        [DataRow(63u, false)] // below the limit
        [DataRow(64u, true)]  // ADR_ACK_CNT >= ADR_ACK_LIMIT
        [DataRow(500u, true)]
        public void AdrAckReqFromTheLimitOn(uint counter, bool expected)
        {
            Assert.AreEqual(expected, AdrBackoff.AdrAckReq(true, counter, Limit, false));
        }

        [TestMethod]
        public void NoAdrAckReqWhenAdrIsOffOrNothingLeftToRestore()
        {
            Assert.IsFalse(AdrBackoff.AdrAckReq(false, 100, Limit, false));
            Assert.IsFalse(AdrBackoff.AdrAckReq(true, 100, Limit, true));
        }

        /// <summary>
        /// A device at DR5 with power index 3 and a reduced channel mask, never hearing a downlink: simulate the
        /// counter from 0 to 400 and record the steps. Expected by hand: boundaries at 64 + 32k = 96, 128, 160, ...
        /// 96: power -> max; 128: DR5->4; 160: 4->3; 192: 3->2; 224: 2->1; 256: 1->0; 288: default channels; then none.
        /// </summary>
        [TestMethod]
        public void StepsInSpecOrder()
        {
            int power = 3, dataRate = 5;
            bool defaults = false;
            var log = new List<string>();
            for (uint counter = 0; counter <= 400; counter++)
            {
                var step = AdrBackoff.NextStep(true, counter, Limit, Delay, power, dataRate, 0, defaults);
                switch (step)
                {
                    case AdrBackoffStep.RaiseTxPower: power = 0; break;
                    case AdrBackoffStep.LowerDataRate: dataRate--; break;
                    case AdrBackoffStep.EnableDefaultChannels: defaults = true; break;
                }

                if (step != AdrBackoffStep.None) { log.Add($"{counter}:{step}"); }
            }

            Assert.AreEqual(
                "96:RaiseTxPower,128:LowerDataRate,160:LowerDataRate,192:LowerDataRate,224:LowerDataRate,256:LowerDataRate,288:EnableDefaultChannels",
                string.Join(",", log));
        }

        [TestMethod]
        [DataRow(95u)]
        [DataRow(97u)]
        [DataRow(127u)]
        public void NothingBetweenBoundaries(uint counter)
        {
            Assert.AreEqual(AdrBackoffStep.None, AdrBackoff.NextStep(true, counter, Limit, Delay, 5, 5, 0, false));
        }

        [TestMethod]
        // table 9 last row: at a boundary (64 + 32 = 96), with DR at the minimum, power at max and default channels on,
        // NbTrans 3 still has to go back to 1; with NbTrans 1 nothing is left.
        [DataRow(3, AdrBackoffStep.EnableDefaultChannels)]
        [DataRow(1, AdrBackoffStep.None)]
        public void LastStepAlsoResetsNbTrans(int nbTrans, AdrBackoffStep expected)
        {
            Assert.AreEqual(expected, AdrBackoff.NextStep(true, 96, Limit, Delay, 0, 0, 0, true, nbTrans));
        }

        [TestMethod]
        public void NothingWhenAdrDisabled()
        {
            Assert.AreEqual(AdrBackoffStep.None, AdrBackoff.NextStep(false, 96, Limit, Delay, 5, 5, 0, false));
        }
    }
}
