// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using SmartCityNodes.Runtime.Node;
using SmartCityNodes.TestSupport.Node;

namespace SmartCityNodes.Applications.Tests.Node
{
    [TestClass]
    public sealed class NodeRuntimeAllocationTests
    {
        [TestMethod]
        public void SteadyStateWakesAllocateNothingInTheRuntimesOwnPath()
        {
            var application = new FixedReportApplication();
            var node = new SteadyStateNode(application);
            node.Start();
            int measurementsBefore = application.Measurements;
            long before = GC.GetAllocatedBytesForCurrentThread();
            for (int i = 0; i < 100; i++)
            {
                node.NextWake();
            }

            long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
            Assert.AreEqual(0L, allocated, "bytes allocated by 100 wakes");
            Assert.IsTrue(application.Measurements - measurementsBefore >= 50, $"measurements: {application.Measurements - measurementsBefore}");
            Assert.AreEqual(WakeFaults.None, node.Runtime.Faults);
        }
    }
}
