// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using SmartCityNodes.TestSupport.Applications;

namespace SmartCityNodes.Applications.Tests.Common
{
    /// <summary>
    /// Zero allocations per wake after start-up: measure (real drivers on their models), decide, save and restore the
    /// state. Deterministic (GC.GetAllocatedBytesForCurrentThread), not timed.
    /// </summary>
    [TestClass]
    public sealed class AllocationTests
    {
        private delegate bool Wake();

        private static void AssertNoAllocation(Wake wake, int iterations = 400)
        {
            for (int i = 0; i < 40; i++)
            {
                wake();
            }

            long before = GC.GetAllocatedBytesForCurrentThread();
            int ok = 0;
            for (int i = 0; i < iterations; i++)
            {
                ok += wake() ? 1 : 0;
            }

            long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
            Assert.AreEqual(iterations, ok, "every wake measured and restored its state");
            Assert.AreEqual(0L, allocated, allocated + " bytes allocated over " + iterations + " wakes");
        }

        [TestMethod]
        public void BinNodeWake()
        {
            var scenario = new BinWakeScenario();
            AssertNoAllocation(scenario.RunOnce);
            Assert.AreNotEqual(SmartCityNodes.Applications.Common.ReportValues.Unknown, scenario.Report.FillPercent);
        }

        [TestMethod]
        public void AirNodeWake()
        {
            var scenario = new AirWakeScenario();
            AssertNoAllocation(scenario.RunOnce);
        }

        [TestMethod]
        public void ParkingNodeWake()
        {
            var scenario = new ParkingWakeScenario();
            AssertNoAllocation(scenario.RunOnce);
            Assert.IsTrue(scenario.Report.EventCounter > 0, "the scenario exercises arrivals and departures");
        }
    }
}
