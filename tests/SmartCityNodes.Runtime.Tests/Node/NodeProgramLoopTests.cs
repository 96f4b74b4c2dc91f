// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using SmartCityNodes.Hal.Power;
using SmartCityNodes.Runtime.Configuration;
using SmartCityNodes.Runtime.Node;
using SmartCityNodes.Runtime.Provisioning;
using SmartCityNodes.Runtime.Tests.Provisioning;
using SmartCityNodes.TestSupport.Node;
using SmartCityNodes.TestSupport.Storage;

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

    [TestMethod]
    [DataRow(WakeCause.Timer)]
    [DataRow(WakeCause.Pin)]
    public void SleepWakesNeverOpenTheConsolePort(WakeCause cause)
    {
        var node = new SteadyStateNode(new FixedReportApplication());
        var sleep = new RecordingSleepController { WakeCause = cause };
        var clock = new VirtualClock();
        var host = new ScriptedConsoleHost(clock);
        host.Request(0, "ID");

        int wakes = NodeProgramLoop.Run(sleep, new RecordingResetController(sleep.Calls), new CountingBuilder(() => node.Runtime), new NodeSleepDecision(), new ConsoleWindow(host, clock, 1, 0, 0));

        Assert.AreEqual(0, host.Opens, "no UART, no window, no awake time on a scheduled wake");
        Assert.AreEqual(0, clock.WaitedMilliseconds);
        Assert.IsGreaterThanOrEqualTo(1, wakes);
    }

    [TestMethod]
    [DataRow(WakeCause.PowerOn)]
    [DataRow(WakeCause.Unknown)]
    public void ResetBootServesTheWindowOnceThenRunsTheWake(WakeCause cause)
    {
        var node = new SteadyStateNode(new FixedReportApplication());
        var sleep = new RecordingSleepController { WakeCause = cause };
        var clock = new VirtualClock();
        var host = new ScriptedConsoleHost(clock);
        var builder = new CountingBuilder(() => node.Runtime);
        var window = new ConsoleWindow(host, clock, 1, 0, 0);

        int wakes = NodeProgramLoop.Run(sleep, new RecordingResetController(sleep.Calls), builder, new NodeSleepDecision(), window);

        Assert.AreEqual(1, host.Opens);
        Assert.AreEqual(1, builder.Builds);
        Assert.AreEqual(120_000, window.OpenForMilliseconds, "nobody came: ConsoleWindow.OpenMilliseconds");
        Assert.IsGreaterThanOrEqualTo(1, wakes);
        CollectionAssert.DoesNotContain(sleep.Calls, "Reset");
    }

    [TestMethod]
    public void ConsoleRebootIsATrueResetInsteadOfTheWake()
    {
        var node = new SteadyStateNode(new FixedReportApplication());
        var sleep = new RecordingSleepController { WakeCause = WakeCause.PowerOn };
        var clock = new VirtualClock();
        var host = new ScriptedConsoleHost(clock);
        host.Request(2_000, "REBOOT");

        int wakes = NodeProgramLoop.Run(sleep, new RecordingResetController(sleep.Calls), new CountingBuilder(() => node.Runtime), new NodeSleepDecision(), new ConsoleWindow(host, clock, 1, 0, 0));

        Assert.AreEqual(0, wakes, "the wake does not run: the node resets");
        CollectionAssert.AreEqual(new[] { "OK REBOOT" }, host.Replies());
        // The reset returned (a host double): the executor's short reset sleep, 100 ms, timer only.
        CollectionAssert.AreEqual(new[] { "Reset", "Deep 100000 -1 False" }, sleep.Calls);
    }

    [TestMethod]
    public void NodeProvisionedInItsWindowSendsInTheSameBoot()
    {
        var empty = new EmptyNode();
        var sleep = new RecordingSleepController { WakeCause = WakeCause.PowerOn };
        var host = new ScriptedConsoleHost(empty.Clock);
        host.RequestAbpSessionAndJoin(3_000);

        int wakes = NodeProgramLoop.Run(sleep, new RecordingResetController(sleep.Calls), new CountingBuilder(() => empty.Runtime), new NodeSleepDecision(), new ConsoleWindow(host, empty.Clock, 1, 0, 0));

        Assert.AreEqual("OK JOIN", host.Replies()[^1]);
        Assert.IsGreaterThanOrEqualTo(1, wakes);
        Assert.IsTrue(empty.Runtime.Configuration.Active.IsProvisioned);
        Assert.IsGreaterThanOrEqualTo(1, empty.Radio.Transmissions.Count, "the start-up status message left in the boot that was provisioned");
        Assert.AreNotEqual($"Deep {ConsoleWindow.UnprovisionedSleepMilliseconds * 1000L} -1 False", sleep.Calls[^1]);
    }

    [TestMethod]
    public void UnprovisionedNodeAfterItsWindowSleepsUntilTheNextReset()
    {
        var empty = new EmptyNode();
        var sleep = new RecordingSleepController { WakeCause = WakeCause.PowerOn };
        var host = new ScriptedConsoleHost(empty.Clock);
        host.Request(1_000, "ID");

        NodeProgramLoop.Run(sleep, new RecordingResetController(sleep.Calls), new CountingBuilder(() => empty.Runtime), new NodeSleepDecision(), new ConsoleWindow(host, empty.Clock, 1, 0, 0));

        StringAssert.EndsWith(host.Replies()[0], "state=unprovisioned");
        Assert.IsEmpty(empty.Radio.Transmissions, "no radio without keys");
        // int.MaxValue ms = 2 147 483 647 ms ≈ 24.8 days, × 1000 µs/ms, timer only: the next reset opens the next window.
        CollectionAssert.AreEqual(new[] { "Deep 2147483647000 -1 False" }, sleep.Calls);
    }

    /// <summary>A node fresh from the factory: empty flash, the image setting for an unprovisioned node's sleep.</summary>
    private sealed class EmptyNode
    {
        public readonly VirtualClock Clock = new VirtualClock(0);
        public readonly ScriptedRadio Radio;
        public readonly NodeRuntime Runtime;

        public EmptyNode()
        {
            Radio = new ScriptedRadio(Clock) { Recording = true };
            var settings = new NodeRuntimeSettings { UnprovisionedSleepMilliseconds = ConsoleWindow.UnprovisionedSleepMilliseconds };
            Runtime = new NodeRuntime(settings, new FixedReportApplication(), Radio, Clock, new VirtualSleepController(Clock), null, new SimulatedFlashStorage(4), null);
        }
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
