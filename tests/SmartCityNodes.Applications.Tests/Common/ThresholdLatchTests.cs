// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using SmartCityNodes.Applications.Common;

namespace SmartCityNodes.Applications.Tests.Common
{
    [TestClass]
    public sealed class ThresholdLatchTests
    {
        [TestMethod]
        public void ValueWanderingAroundTheThreshold_GivesOneRaiseAndOneClear()
        {
            // Raise at ≥ 36, clear below 30.
            var latch = new ThresholdLatch();
            int[] values = { 20, 35, 36, 35, 37, 30, 36, 29, 35, 36 };
            LatchTransition[] expected =
            {
                LatchTransition.None, LatchTransition.None, LatchTransition.Raised, LatchTransition.None, LatchTransition.None,
                LatchTransition.None, LatchTransition.None, LatchTransition.Cleared, LatchTransition.None, LatchTransition.Raised,
            };
            for (int i = 0; i < values.Length; i++)
            {
                Assert.AreEqual(expected[i], latch.Update(values[i], 36, 30), "value " + i);
            }

            Assert.IsTrue(latch.IsActive);
        }
    }
}
