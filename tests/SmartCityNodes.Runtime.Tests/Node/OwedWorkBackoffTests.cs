// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using SmartCityNodes.Runtime.Node;
using SmartCityNodes.Runtime.Planning;
using SmartCityNodes.TestSupport.Node;

namespace SmartCityNodes.Runtime.Tests.Node;

[TestClass]
public sealed class OwedWorkBackoffTests
{
    [TestMethod]
    public void AStatusThatCannotBeEncodedBacksOffInsteadOfRetryingEveryWake()
    {
        // The start-up status is owed after power-on; an application whose status encoder fails must not turn that into
        // a wake loop. The planner's fault back-off (PlannerSettings: 60 s, doubling per strike up to 6 h) spaces the
        // retries: in one hour at most 60 + 120 + 240 + 480 + 960 s fit, so no more than 7 attempts (with the first).
        var application = new FixedReportApplication { StatusEncoderFails = true };
        var node = new SteadyStateNode(application);
        long hourEnd = 3_600_000;
        int wakes = 0;
        while (node.Clock.UptimeMilliseconds < hourEnd && wakes < 10_000)
        {
            node.NextWake();
            wakes++;
            Assert.IsTrue(node.Runtime.Faults == WakeFaults.None || (node.Runtime.Faults & WakeFaults.UplinkFailed) != 0, node.Runtime.Faults.ToString());
        }

        Assert.IsTrue(application.StatusEncodes >= 2 && application.StatusEncodes <= 7, $"{application.StatusEncodes} status attempts in the first hour");
        Assert.IsTrue(node.Runtime.StatusOwed, "still owed: it goes out once the encoder works");
        Assert.IsTrue(wakes < 50, $"{wakes} wakes in the first hour (15-minute measurements, the back-off retries)");

        // The encoder recovers: the owed message leaves at the next retry.
        application.StatusEncoderFails = false;
        for (int i = 0; i < 20 && node.Runtime.StatusOwed; i++)
        {
            node.NextWake();
        }

        Assert.IsFalse(node.Runtime.StatusOwed);
        Assert.AreEqual(WakePlanner.NotScheduled, node.Runtime.Planner.DeadlineMilliseconds(WakeTask.ApplyRemoteConfig));
    }
}
