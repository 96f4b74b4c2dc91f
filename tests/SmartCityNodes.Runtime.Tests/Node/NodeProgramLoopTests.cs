// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using SmartCityNodes.Hal.Power;
using SmartCityNodes.Runtime.Node;
using SmartCityNodes.TestSupport.Node;

namespace SmartCityNodes.Runtime.Tests.Node;

[TestClass]
public sealed class NodeProgramLoopTests
{
    // SleepDecisionExecutor.FallbackSleepMicroseconds: 15 min × 60 s × 1 000 000 µs/s.
    private const string Fallback = "Deep 900000000 -1 False";

    [TestMethod]
    public void BuildThatThrowsEndsInFallbackDeepSleepAndIsNotRetriedInTheSameBoot()
    {
        var sleep = new RecordingSleepController();
        var builder = new CountingBuilder(() => throw new InvalidOperationException("sensor missing"));

        int wakes = NodeProgramLoop.Run(sleep, builder, new NodeSleepDecision());

        Assert.AreEqual(0, wakes);
        Assert.AreEqual(1, builder.Builds);
        CollectionAssert.AreEqual(new[] { Fallback }, sleep.Calls);
    }

    [TestMethod]
    public void BuildThatReturnsNullEndsInFallbackDeepSleep()
    {
        var sleep = new RecordingSleepController();

        int wakes = NodeProgramLoop.Run(sleep, new CountingBuilder(() => null!), new NodeSleepDecision());

        Assert.AreEqual(0, wakes);
        CollectionAssert.AreEqual(new[] { Fallback }, sleep.Calls);
    }

    [TestMethod]
    public void FallbackRefusedStillEndsInTheRebootSleep()
    {
        var sleep = new RecordingSleepController(SleepStatus.Refused, SleepStatus.Refused);

        NodeProgramLoop.Run(sleep, new CountingBuilder(() => throw new InvalidOperationException()), new NodeSleepDecision());

        // The fallback twice (the decision's own duration is the fallback, then the fallback itself), then 100 ms.
        CollectionAssert.AreEqual(new[] { Fallback, Fallback, "Deep 100000 -1 False" }, sleep.Calls);
    }

    [TestMethod]
    public void WakeDecisionOfTheRuntimeIsExecutedOnceAndBuildHappensOnce()
    {
        var node = new SteadyStateNode(new FixedReportApplication());
        var sleep = new RecordingSleepController(); // Ok to the first call: a deep sleep ends the boot, a light one wakes again
        var builder = new CountingBuilder(() => node.Runtime);
        var decision = new NodeSleepDecision();

        int wakes = NodeProgramLoop.Run(sleep, builder, decision);

        Assert.AreEqual(1, builder.Builds);
        Assert.IsTrue(wakes >= 1);
        string kind = decision.Kind == NodeSleepKind.Light ? "Light" : "Deep";
        // Without a wake pin the executor asks for a timer-only sleep, whose level argument is false.
        bool level = decision.WakePin != SleepLimits.NoPin && decision.WakeLevelHigh;
        Assert.AreEqual($"{kind} {decision.SleepMicroseconds} {decision.WakePin} {level}", sleep.Calls[^1]);
        Assert.AreNotEqual(Fallback, sleep.Calls[0], "a completed wake must not be replaced by the fallback");
    }

    [TestMethod]
    public void NullArgumentsAreRefusedWithoutSleeping()
    {
        var sleep = new RecordingSleepController();
        var builder = new CountingBuilder(() => null!);

        Assert.ThrowsExactly<ArgumentNullException>(() => NodeProgramLoop.Run(null!, builder, new NodeSleepDecision()));
        Assert.ThrowsExactly<ArgumentNullException>(() => NodeProgramLoop.Run(sleep, null!, new NodeSleepDecision()));
        Assert.ThrowsExactly<ArgumentNullException>(() => NodeProgramLoop.Run(sleep, builder, null!));
        Assert.AreEqual(0, builder.Builds);
        Assert.AreEqual(0, sleep.Calls.Count);
    }

    private sealed class CountingBuilder(Func<NodeRuntime> build) : INodeBuilder
    {
        public int Builds { get; private set; }

        public NodeRuntime Build()
        {
            Builds++;
            return build();
        }
    }
}
