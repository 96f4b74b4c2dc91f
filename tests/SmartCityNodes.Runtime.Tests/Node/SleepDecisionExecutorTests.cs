// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using SmartCityNodes.Hal.Power;
using SmartCityNodes.Runtime.Node;

namespace SmartCityNodes.Runtime.Tests.Node;

[TestClass]
public sealed class SleepDecisionExecutorTests
{
    // 15 min = 15 × 60 s × 1 000 000 µs/s = 900 000 000 µs; reboot sleep 100 ms = 100 000 µs.
    private const string Fallback = "Deep 900000000 -1 False";
    private const string RebootSleep = "Deep 100000 -1 False";

    [TestMethod]
    public void FallbackIsDeepSleepOfFifteenMinutesWithTimerWakeOnly()
    {
        var decision = new NodeSleepDecision { Kind = NodeSleepKind.Light, SleepMicroseconds = 5, WakePin = 4, WakeLevelHigh = true };

        SleepDecisionExecutor.SetFallback(decision);

        Assert.AreEqual(NodeSleepKind.Deep, decision.Kind);
        Assert.AreEqual(900_000_000L, decision.SleepMicroseconds);
        Assert.AreEqual(SleepLimits.NoPin, decision.WakePin);
        Assert.IsFalse(decision.WakeLevelHigh);
    }

    [TestMethod]
    public void DeepSleepWithPinIsOneCallWhenAccepted()
    {
        var sleep = new RecordingSleepController();
        var decision = new NodeSleepDecision { Kind = NodeSleepKind.Deep, SleepMicroseconds = 60_000_000, WakePin = 26, WakeLevelHigh = true };

        Assert.IsFalse(SleepDecisionExecutor.Execute(sleep, decision));

        CollectionAssert.AreEqual(new[] { "Deep 60000000 26 True" }, sleep.Calls);
    }

    [TestMethod]
    public void RefusedWakePinFallsBackToTimerOnlyDeepSleepOfTheSameDuration()
    {
        var sleep = new RecordingSleepController(SleepStatus.PinNotWakeCapable);
        var decision = new NodeSleepDecision { Kind = NodeSleepKind.Deep, SleepMicroseconds = 60_000_000, WakePin = 17, WakeLevelHigh = false };

        Assert.IsFalse(SleepDecisionExecutor.Execute(sleep, decision));

        CollectionAssert.AreEqual(new[] { "Deep 60000000 17 False", "Deep 60000000 -1 False" }, sleep.Calls);
    }

    [TestMethod]
    public void EveryDeepSleepRefusedEndsInFallbackThenRebootSleep()
    {
        var sleep = new RecordingSleepController(SleepStatus.Refused, SleepStatus.Refused, SleepStatus.Refused, SleepStatus.Refused);
        var decision = new NodeSleepDecision { Kind = NodeSleepKind.Deep, SleepMicroseconds = 60_000_000, WakePin = 17 };

        Assert.IsFalse(SleepDecisionExecutor.Execute(sleep, decision));

        CollectionAssert.AreEqual(new[] { "Deep 60000000 17 False", "Deep 60000000 -1 False", Fallback, RebootSleep }, sleep.Calls);
    }

    [TestMethod]
    public void CompletedLightSleepReturnsTrueAndNeverDeepSleeps()
    {
        var sleep = new RecordingSleepController();
        var decision = new NodeSleepDecision { Kind = NodeSleepKind.Light, SleepMicroseconds = 2_000_000, WakePin = 34, WakeLevelHigh = true };

        Assert.IsTrue(SleepDecisionExecutor.Execute(sleep, decision));

        CollectionAssert.AreEqual(new[] { "Light 2000000 34 True" }, sleep.Calls);
    }

    [TestMethod]
    public void RefusedLightSleepEndsInTimerOnlyDeepSleep()
    {
        var sleep = new RecordingSleepController(SleepStatus.Refused);
        var decision = new NodeSleepDecision { Kind = NodeSleepKind.Light, SleepMicroseconds = 2_000_000, WakePin = 34, WakeLevelHigh = true };

        Assert.IsFalse(SleepDecisionExecutor.Execute(sleep, decision));

        CollectionAssert.AreEqual(new[] { "Light 2000000 34 True", "Deep 2000000 -1 False" }, sleep.Calls);
    }

    [TestMethod]
    public void RebootIsTimerOnlyDeepSleepOfItsDelay()
    {
        var sleep = new RecordingSleepController();
        // RebootDelayMilliseconds 1000 → 1 000 000 µs (NodeRuntime fills the decision that way).
        var decision = new NodeSleepDecision { Kind = NodeSleepKind.Reboot, SleepMicroseconds = 1_000_000, WakePin = 26 };

        Assert.IsFalse(SleepDecisionExecutor.Execute(sleep, decision));

        CollectionAssert.AreEqual(new[] { "Deep 1000000 -1 False" }, sleep.Calls);
    }

    [TestMethod]
    public void RebootIsATrueResetFirstAndItsDelayAsTimerOnlyDeepSleepWhenTheResetReturns()
    {
        var sleep = new RecordingSleepController();
        var reset = new RecordingResetController(sleep.Calls);
        var decision = new NodeSleepDecision { Kind = NodeSleepKind.Reboot, SleepMicroseconds = 1_000_000, WakePin = 26 };

        Assert.IsFalse(SleepDecisionExecutor.Execute(sleep, reset, decision));

        // On the device Reboot never returns; this one does, and the node must still end asleep with a timer wake.
        CollectionAssert.AreEqual(new[] { "Reset", "Deep 1000000 -1 False" }, sleep.Calls);
    }

    [TestMethod]
    public void ResetThatThrowsStillEndsInTheDeepSleepAndEveryRefusalInTheRebootSleep()
    {
        var sleep = new RecordingSleepController(SleepStatus.Refused, SleepStatus.Refused, SleepStatus.Refused);
        var reset = new RecordingResetController(sleep.Calls, throws: true);
        var decision = new NodeSleepDecision { Kind = NodeSleepKind.Reboot, SleepMicroseconds = 1_000_000 };

        Assert.IsFalse(SleepDecisionExecutor.Execute(sleep, reset, decision));

        CollectionAssert.AreEqual(new[] { "Reset", "Deep 1000000 -1 False", Fallback, RebootSleep }, sleep.Calls);
    }

    [TestMethod]
    [DataRow(NodeSleepKind.Deep, SleepStatus.Ok)]
    [DataRow(NodeSleepKind.Deep, SleepStatus.Refused)]
    [DataRow(NodeSleepKind.Light, SleepStatus.Ok)]
    [DataRow(NodeSleepKind.Light, SleepStatus.Refused)]
    public void DeepAndLightSleepNeverReset(NodeSleepKind kind, SleepStatus answer)
    {
        // Every sleep refused (or accepted) in turn: still no reset, whatever the fallbacks do.
        var sleep = new RecordingSleepController(answer, answer, answer, answer);
        var reset = new RecordingResetController(sleep.Calls);
        var decision = new NodeSleepDecision { Kind = kind, SleepMicroseconds = 60_000_000, WakePin = 26, WakeLevelHigh = true };

        SleepDecisionExecutor.Execute(sleep, reset, decision);

        Assert.AreEqual(0, reset.Reboots);
        Assert.IsNotEmpty(sleep.Calls);
        CollectionAssert.DoesNotContain(sleep.Calls, "Reset");
    }

    [DataRow(0L)]
    [DataRow(-5L)]
    [DataRow(999L)]
    [TestMethod]
    public void DurationBelowTheMinimumIsRaisedToTheMinimum(long durationMicroseconds)
    {
        var sleep = new RecordingSleepController();
        var decision = new NodeSleepDecision { Kind = NodeSleepKind.Deep, SleepMicroseconds = durationMicroseconds };

        SleepDecisionExecutor.Execute(sleep, decision);

        // SleepLimits.MinimumSleepMicroseconds = 1000 µs.
        CollectionAssert.AreEqual(new[] { "Deep 1000 -1 False" }, sleep.Calls);
    }

    [TestMethod]
    public void NullDecisionIsExecutedAsTheFallback()
    {
        var sleep = new RecordingSleepController();

        Assert.IsFalse(SleepDecisionExecutor.Execute(sleep, null!));

        CollectionAssert.AreEqual(new[] { Fallback }, sleep.Calls);
    }

    [TestMethod]
    public void NullArgumentsAreRefused()
    {
        Assert.ThrowsExactly<ArgumentNullException>(() => SleepDecisionExecutor.Execute(null!, new NodeSleepDecision()));
        Assert.ThrowsExactly<ArgumentNullException>(() => SleepDecisionExecutor.SetFallback(null!));
    }
}
