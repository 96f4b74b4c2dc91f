// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using Microsoft.VisualStudio.TestTools.UnitTesting;
using SmartCityNodes.Hal.Power;
using SmartCityNodes.Runtime.Energy;
using SmartCityNodes.Runtime.Planning;

namespace SmartCityNodes.Runtime.Tests.Planning;

[TestClass]
public sealed class WakePlannerTests
{
    private const long T = 1_000_000;       // node ms of the first wake in each test
    private const int Minute = 60_000;

    private static WakePlanner NewPlanner(out PlannerSettings settings, out SimulatedWatchdog watchdog, BoardEnergyProfile? profile = null)
    {
        settings = new PlannerSettings();
        var ledger = new EnergyLedger(profile ?? BoardEnergyProfiles.LowPowerEsp32Sx1262());
        watchdog = new SimulatedWatchdog(new SimulatedSleepController(1));
        return new WakePlanner(settings, ledger, watchdog);
    }

    /// <summary>
    /// A planner whose last record was written by the wake before T (planning the wake at T), restored after a reboot:
    /// what the node holds when the wake at T was cut and the chip restarted.
    /// </summary>
    private static WakePlanner RebootedAfterWakeAt(bool withReport)
    {
        var planner = NewPlanner(out _, out _);
        planner.SetPeriodic(WakeTask.Measure, 15 * Minute, T);
        if (withReport)
        {
            planner.SetPeriodic(WakeTask.Report, 15 * Minute, T);
        }

        planner.PlanNextWake(T - 100_000, new WakePlan());
        var record = new byte[WakePlanner.RecordLength];
        planner.Write(record, 0);
        var rebooted = NewPlanner(out _, out _);
        Assert.AreEqual(RuntimeRecordStatus.Ok, rebooted.Read(record, 0, record.Length));
        return rebooted;
    }

    [TestMethod]
    public void TasksInsideTheWindowShareOneWake()
    {
        var planner = NewPlanner(out _, out _);
        planner.SetPeriodic(WakeTask.Measure, 15 * Minute, T);
        planner.SetPeriodic(WakeTask.Report, 60 * Minute, T + 45_000);     // 45 s later: inside the 60 s window
        planner.SetPeriodic(WakeTask.Heartbeat, 24 * 60 * Minute, T + 61_000); // 61 s later: outside

        Assert.AreEqual(2, planner.BeginWake(WakeCause.Timer, T));
        Assert.IsTrue(planner.IsDue(WakeTask.Measure));
        Assert.IsTrue(planner.IsDue(WakeTask.Report));
        Assert.IsFalse(planner.IsDue(WakeTask.Heartbeat));

        planner.CompleteStep(WakeTask.Measure, TaskOutcome.Done, T + 300);
        planner.CompleteStep(WakeTask.Report, TaskOutcome.Done, T + 2_500);

        // Deadlines advance by one period from the deadline, not from completion (no drift).
        Assert.AreEqual(T + 15 * Minute, planner.DeadlineMilliseconds(WakeTask.Measure));
        Assert.AreEqual(T + 45_000 + 60 * Minute, planner.DeadlineMilliseconds(WakeTask.Report));

        var plan = new WakePlan();
        planner.PlanNextWake(T + 3_000, plan);
        Assert.AreEqual(WakeTask.Heartbeat, plan.FirstTask);
        Assert.AreEqual(T + 61_000, plan.WakeAtMilliseconds);
    }

    [TestMethod]
    public void ASwitchedRailHoldsLightSleepBeyondTheBreakEvenUnlessDeepSleepIsForced()
    {
        // 60 s to the next step is beyond the low-power board's 28.5 s break-even: deep by cost.
        var planner = NewPlanner(out PlannerSettings settings, out _);
        planner.ScheduleOnce(WakeTask.Measure, T + Minute);
        var plan = new WakePlan();
        planner.PlanNextWake(T, plan);
        Assert.AreEqual(SleepKind.Deep, plan.Kind);

        // A rail powering a warming-up sensor must survive the sleep: light, woken 1 ms early for the exit.
        planner.HoldLightSleep = true;
        planner.PlanNextWake(T, plan);
        Assert.AreEqual(SleepKind.Light, plan.Kind);
        Assert.AreEqual((Minute * 1000) - 1_000, plan.SleepMicroseconds);

        // A board or configuration that forbids light sleep still sleeps deep (the design must not use such a rail).
        settings.ForceDeepSleep = true;
        planner.PlanNextWake(T, plan);
        Assert.AreEqual(SleepKind.Deep, plan.Kind);
    }

    [TestMethod]
    public void TheOwedStatusAndAcknowledgementWaitForTheMacNotBeforeTime()
    {
        // ApplyRemoteConfig sends uplinks (the start-up status, the remote-config acknowledgement): radio work.
        var planner = NewPlanner(out _, out _);
        planner.ScheduleOnce(WakeTask.ApplyRemoteConfig, T);
        planner.SetNotBefore(T + 10_000);
        Assert.AreEqual(0, planner.BeginWake(WakeCause.Timer, T));
        Assert.IsFalse(planner.IsDue(WakeTask.ApplyRemoteConfig));

        var plan = new WakePlan();
        planner.PlanNextWake(T + 100, plan);
        Assert.AreEqual(WakeTask.ApplyRemoteConfig, plan.FirstTask);
        Assert.AreEqual(T + 10_000, plan.WakeAtMilliseconds);
        Assert.AreEqual(1, planner.BeginWake(WakeCause.Timer, T + 10_000));
        Assert.IsTrue(planner.IsDue(WakeTask.ApplyRemoteConfig));
    }

    [TestMethod]
    public void RadioTasksWaitForTheMacNotBeforeTime()
    {
        var planner = NewPlanner(out _, out _);
        planner.SetPeriodic(WakeTask.Measure, 15 * Minute, T);
        planner.SetPeriodic(WakeTask.Report, 15 * Minute, T);
        planner.SetNotBefore(T + 10_000); // the sub-band's off-time from the last uplink

        Assert.AreEqual(1, planner.BeginWake(WakeCause.Timer, T));
        Assert.IsTrue(planner.IsDue(WakeTask.Measure));
        Assert.IsFalse(planner.IsDue(WakeTask.Report));
        planner.CompleteStep(WakeTask.Measure, TaskOutcome.Done, T + 200);

        var plan = new WakePlan();
        planner.PlanNextWake(T + 500, plan);
        Assert.AreEqual(WakeTask.Report, plan.FirstTask);
        Assert.AreEqual(T + 10_000, plan.WakeAtMilliseconds);

        // 9.5 s is below the 28.5 s break-even: light sleep, woken 1 ms early for the light-sleep exit.
        Assert.AreEqual(SleepKind.Light, plan.Kind);
        Assert.AreEqual(9_500_000L - 1_000, plan.SleepMicroseconds);

        Assert.AreEqual(1, planner.BeginWake(WakeCause.Timer, T + 10_000));
        Assert.IsTrue(planner.IsDue(WakeTask.Report));
    }

    [TestMethod]
    [DataRow(20_000L, false, SleepKind.Light)]
    [DataRow(28_000L, false, SleepKind.Light)]  // below the 28 482 ms break-even
    [DataRow(29_000L, false, SleepKind.Deep)]   // above it
    [DataRow(20_000L, true, SleepKind.Deep)]    // forced deep sleep only
    public void SleepKindFollowsTheBreakEven(long intervalMilliseconds, bool forceDeep, SleepKind expected)
    {
        var planner = NewPlanner(out var settings, out _);
        settings.ForceDeepSleep = forceDeep;
        planner.SetPeriodic(WakeTask.Measure, 15 * Minute, T + intervalMilliseconds);
        planner.BeginWake(WakeCause.Timer, T);
        var plan = new WakePlan();
        planner.PlanNextWake(T, plan);
        Assert.AreEqual(expected, plan.Kind);
        if (expected == SleepKind.Deep)
        {
            Assert.AreEqual(intervalMilliseconds * 1000 - 500_000, plan.SleepMicroseconds); // woken early by the 0.5 s boot
        }
    }

    [TestMethod]
    public void BoardThatDisallowsLightSleepAlwaysSleepsDeep()
    {
        var planner = NewPlanner(out _, out _, BoardEnergyProfiles.HeltecWiFiLoRa32V3());
        planner.SetPeriodic(WakeTask.Measure, 15 * Minute, T + 5_000);
        planner.BeginWake(WakeCause.Timer, T);
        var plan = new WakePlan();
        planner.PlanNextWake(T, plan);
        Assert.AreEqual(SleepKind.Deep, plan.Kind);
        Assert.IsTrue(plan.LightCostNanoampHours < plan.DeepCostNanoampHours); // cheaper on paper, still refused
    }

    [TestMethod]
    public void HungStepIsIsolatedAndBackedOff()
    {
        var planner = NewPlanner(out var settings, out var watchdog);
        planner.SetPeriodic(WakeTask.Measure, 15 * Minute, T);
        planner.SetPeriodic(WakeTask.Report, 15 * Minute, T);
        planner.SetPeriodic(WakeTask.Heartbeat, 24 * 60 * Minute, T + 12 * 60 * Minute);
        var plan = new WakePlan();
        planner.PlanNextWake(T - 100_000, plan); // the previous wake planned this one
        var record = new byte[WakePlanner.RecordLength];
        planner.Write(record, 0);

        // The wake at T arms the watchdog for Measure with 5 s + 2 s and hangs: the chip resets.
        planner.BeginWake(WakeCause.Timer, T);
        planner.BeginStep(WakeTask.Measure, T);
        Assert.AreEqual(7_000, watchdog.TimeoutMilliseconds);
        Assert.IsTrue(watchdog.IsArmed);

        // Next boot: the record from before the hung wake, cause Watchdog. Both tasks of that wake become suspects.
        var rebooted = NewPlanner(out _, out _);
        Assert.AreEqual(RuntimeRecordStatus.Ok, rebooted.Read(record, 0, record.Length));
        Assert.AreEqual(0, rebooted.BeginWake(WakeCause.Watchdog, T + 8_000));
        Assert.AreEqual(1, rebooted.WatchdogResets);
        Assert.IsTrue(rebooted.IsSuspect(WakeTask.Measure));
        Assert.IsTrue(rebooted.IsSuspect(WakeTask.Report));
        Assert.IsFalse(rebooted.IsSuspect(WakeTask.Heartbeat));

        // The next wake runs Measure alone (first suspect), one coalescing window later.
        rebooted.PlanNextWake(T + 8_500, plan);
        Assert.AreEqual((int)WakeTask.Measure, rebooted.IsolatedTask);
        Assert.AreEqual(T + 8_500 + settings.CoalesceWindowMilliseconds, plan.WakeAtMilliseconds);
        rebooted.Write(record, 0);

        // It hangs again: Measure is the culprit, backed off by the base 60 s; Report is still a suspect.
        var third = NewPlanner(out _, out _);
        third.Read(record, 0, record.Length);
        long now = plan.WakeAtMilliseconds + 7_500;
        third.BeginWake(WakeCause.Watchdog, now);
        Assert.AreEqual(1, third.Strikes(WakeTask.Measure));
        Assert.IsFalse(third.IsSuspect(WakeTask.Measure));
        Assert.AreEqual(now + 60_000, third.DeadlineMilliseconds(WakeTask.Measure));
        Assert.IsTrue(third.IsSuspect(WakeTask.Report));

        // Report is then run alone and completes: cleared, back on its period.
        third.PlanNextWake(now + 500, plan);
        Assert.AreEqual((int)WakeTask.Report, third.IsolatedTask);
        Assert.AreEqual(1, third.BeginWake(WakeCause.Timer, plan.WakeAtMilliseconds));
        Assert.IsTrue(third.IsDue(WakeTask.Report));
        third.CompleteStep(WakeTask.Report, TaskOutcome.Done, plan.WakeAtMilliseconds + 2_000);
        Assert.IsFalse(third.IsSuspect(WakeTask.Report));
        Assert.AreEqual(-1, third.IsolatedTask);

        // Repeated failures double the back-off up to the 6 h cap: 60 s, 120 s, 240 s, ...
        long failAt = plan.WakeAtMilliseconds + 100_000;
        third.CompleteStep(WakeTask.Measure, TaskOutcome.Failed, failAt);
        Assert.AreEqual(failAt + 120_000, third.DeadlineMilliseconds(WakeTask.Measure));
        for (int i = 0; i < 12; i++)
        {
            third.CompleteStep(WakeTask.Measure, TaskOutcome.Failed, failAt);
        }

        Assert.AreEqual(failAt + 6 * 3600 * 1000L, third.DeadlineMilliseconds(WakeTask.Measure));
        third.CompleteStep(WakeTask.Measure, TaskOutcome.Done, failAt);
        Assert.AreEqual(0, third.Strikes(WakeTask.Measure));
    }

    [TestMethod]
    public void SuspectHeldByTheMacDoesNotStallTheHealthyTasks()
    {
        var rebooted = RebootedAfterWakeAt(withReport: true);
        var plan = new WakePlan();
        rebooted.BeginWake(WakeCause.Watchdog, T + 8_000);
        rebooted.CompleteStep(WakeTask.Measure, TaskOutcome.Done, T + 8_000); // pretend Measure's isolated run passed
        Assert.IsTrue(rebooted.IsSuspect(WakeTask.Report));

        // Report is isolated next but the MAC holds it for 10 min; Measure falls due meanwhile and must still run.
        rebooted.SetNotBefore(T + 10 * Minute);
        rebooted.PlanNextWake(T + 8_500, plan);
        Assert.AreEqual((int)WakeTask.Report, rebooted.IsolatedTask);
        Assert.AreEqual(T + 10 * Minute, plan.WakeAtMilliseconds);
        Assert.AreNotEqual(SleepKind.None, plan.Kind);
        long later = T + 15 * Minute;
        rebooted.SetNotBefore(T + 20 * Minute);
        rebooted.BeginWake(WakeCause.Timer, later);
        Assert.IsTrue(rebooted.IsDue(WakeTask.Measure));
        Assert.IsFalse(rebooted.IsDue(WakeTask.Report));
        rebooted.CompleteStep(WakeTask.Measure, TaskOutcome.Done, later + 100);
        rebooted.PlanNextWake(later + 200, plan);
        Assert.AreEqual(T + 20 * Minute, plan.WakeAtMilliseconds); // the suspect's own wake, when the MAC allows it
        Assert.AreEqual(WakeTask.Report, plan.FirstTask);
    }

    [TestMethod]
    public void StormOnsetMasksThePinCoalescesEventsAndRecoversAfterQuiet()
    {
        var planner = NewPlanner(out var settings, out _);
        settings.EventPin = 4;
        settings.EventWakeBurst = 3;
        settings.EventWakesPerHourMilli = 0;   // no refill: the hand count below is exact
        settings.EventReportBurst = 2;
        settings.EventReportsPerHourMilli = 0;
        planner = new WakePlanner(settings, new EnergyLedger(BoardEnergyProfiles.LowPowerEsp32Sx1262()), null);
        planner.SetPeriodic(WakeTask.Measure, 15 * Minute, T + 15 * Minute);
        planner.SetPeriodic(WakeTask.Heartbeat, 24 * 60 * Minute, T + 24 * 60 * Minute);
        var plan = new WakePlan();

        // Wakes 1–2: tokens for wake and report → Report due now.
        for (int i = 0; i < 2; i++)
        {
            long now = T + (i * 5_000);
            planner.BeginWake(WakeCause.Pin, now);
            Assert.AreEqual(EventDecision.ReportNow, planner.ReportEvent(now));
            Assert.IsTrue(planner.IsDue(WakeTask.Report));
            planner.CompleteStep(WakeTask.Report, TaskOutcome.Done, now + 2_000);
        }

        // Wake 3: last wake token, no report token → coalesced, storm declared.
        planner.BeginWake(WakeCause.Pin, T + 10_000);
        Assert.AreEqual(EventDecision.Coalesced, planner.ReportEvent(T + 10_000));
        Assert.IsTrue(planner.StormActive);
        Assert.IsFalse(planner.IsDue(WakeTask.Report));
        planner.PlanNextWake(T + 10_100, plan);
        Assert.AreEqual(4, plan.WakePin); // wake bucket not yet dry

        // Wake 4: the wake bucket is dry → pin masked for 10 min; next mask would be 20 min.
        planner.BeginWake(WakeCause.Pin, T + 15_000);
        Assert.AreEqual(EventDecision.Coalesced, planner.ReportEvent(T + 15_000));
        Assert.AreEqual(T + 15_000 + 10 * Minute, planner.PinMaskedUntilMilliseconds);
        planner.PlanNextWake(T + 15_100, plan);
        Assert.AreEqual(-1, plan.WakePin);
        Assert.AreEqual(2, planner.CoalescedEventCount);

        // The timer wake for Measure at T+15 min: events still seen by polling → coalesced, storm goes on.
        long measureWake = T + 15 * Minute;
        planner.BeginWake(WakeCause.Timer, measureWake);
        Assert.AreEqual(EventDecision.Coalesced, planner.ReportEvent(measureWake));
        planner.CompleteStep(WakeTask.Measure, TaskOutcome.Done, measureWake + 200);
        Assert.IsTrue(planner.StormActive);

        // 30 min later without events (and the mask over): storm ends, one essential report carries the 3 events.
        long quietWake = measureWake + 30 * Minute;
        planner.BeginWake(WakeCause.Timer, quietWake);
        Assert.IsFalse(planner.StormActive);
        Assert.IsTrue(planner.IsDue(WakeTask.Report));
        Assert.AreEqual(3, planner.CoalescedEventCount);
        planner.CompleteStep(WakeTask.Report, TaskOutcome.Done, quietWake + 2_000);
        Assert.AreEqual(0, planner.CoalescedEventCount);
        planner.PlanNextWake(quietWake + 2_100, plan);
        Assert.AreEqual(4, plan.WakePin);
    }

    [TestMethod]
    public void EventRatesFromBudgetAndDutyCycleByHand()
    {
        var settings = new PlannerSettings();

        // spare = 4 189 548 − 2 189 548 = 2 000 000 nAh/day; half each:
        // wakes/h  = 1 000 000 / 7 000 / 24 = 5.952 → 5952 milli
        // reports/h = 1 000 000 / (20 000 + 7 000) / 24 = 1.543 → 1543 milli
        // duty cycle: 1 % of 3600 s = 36 s, half = 18 s, / 0.1 s airtime = 180/h → not binding.
        Assert.IsTrue(settings.SetEventRatesFromBudget(4_189_548, 2_189_548, 7_000, 20_000, 100, 10));
        Assert.AreEqual(5952, settings.EventWakesPerHourMilli);
        Assert.AreEqual(1543, settings.EventReportsPerHourMilli);

        // SF12 airtime 1.5 s: 18 s / 1.5 s = 12/h; a huge budget is then capped by the duty cycle.
        Assert.IsTrue(settings.SetEventRatesFromBudget(1_000_000_000, 0, 7_000, 20_000, 1_500, 10));
        Assert.AreEqual(12000, settings.EventReportsPerHourMilli);

        // Nothing spare: unchanged.
        Assert.IsFalse(settings.SetEventRatesFromBudget(1_000, 2_000, 7_000, 20_000, 100, 10));
        Assert.AreEqual(12000, settings.EventReportsPerHourMilli);
    }

    [TestMethod]
    public void BudgetStretchDelaysMeasurementsButNotTheHeartbeat()
    {
        var settings = new PlannerSettings();
        var ledger = new EnergyLedger(BoardEnergyProfiles.LowPowerEsp32Sx1262());
        ledger.StretchFactor = 4;
        var planner = new WakePlanner(settings, ledger, null);
        planner.SetPeriodic(WakeTask.Measure, 15 * Minute, T);
        planner.SetPeriodic(WakeTask.Heartbeat, 60 * Minute, T);
        planner.BeginWake(WakeCause.Timer, T);
        planner.CompleteStep(WakeTask.Measure, TaskOutcome.Done, T + 100);
        planner.CompleteStep(WakeTask.Heartbeat, TaskOutcome.Done, T + 2_000);
        Assert.AreEqual(T + 60 * Minute, planner.DeadlineMilliseconds(WakeTask.Measure));
        Assert.AreEqual(T + 60 * Minute, planner.DeadlineMilliseconds(WakeTask.Heartbeat));
    }

    [TestMethod]
    public void RecordRoundTripsAndDamageChangesNothing()
    {
        var planner = NewPlanner(out _, out _);
        planner.SetPeriodic(WakeTask.Measure, 15 * Minute, T);
        planner.ScheduleOnce(WakeTask.Join, T + 5_000);
        planner.SetNotBefore(T + 3_000);
        planner.BeginWake(WakeCause.Brownout, T);
        var record = new byte[WakePlanner.RecordLength];
        Assert.AreEqual(164, planner.Write(record, 0));

        var restored = NewPlanner(out _, out _);
        Assert.AreEqual(RuntimeRecordStatus.Ok, restored.Read(record, 0, record.Length));
        Assert.AreEqual(T, restored.DeadlineMilliseconds(WakeTask.Measure));
        Assert.AreEqual(15 * Minute, restored.PeriodMilliseconds(WakeTask.Measure));
        Assert.AreEqual(T + 5_000, restored.DeadlineMilliseconds(WakeTask.Join));
        Assert.AreEqual(T + 3_000, restored.NotBeforeMilliseconds);
        Assert.AreEqual(1, restored.Brownouts);

        for (int i = 0; i < record.Length; i += 5)
        {
            var damaged = (byte[])record.Clone();
            damaged[i] ^= 0x01;
            var target = NewPlanner(out _, out _);
            Assert.AreNotEqual(RuntimeRecordStatus.Ok, target.Read(damaged, 0, damaged.Length), $"byte {i}");
            Assert.AreEqual(WakePlanner.NotScheduled, target.DeadlineMilliseconds(WakeTask.Measure));
        }
    }

    [TestMethod]
    [DataRow(WakeCause.Unknown, T + 8_000, true)]        // no reset reason exposed, RTC running, after the planned wake
    [DataRow(WakeCause.SoftwareReset, T + 8_000, true)]  // panic during the wake
    [DataRow(WakeCause.Unknown, 2_000L, false)]          // RTC restarted: power loss, not a hang
    [DataRow(WakeCause.Timer, T + 8_000, false)]         // an ordinary wake
    public void UnexplainedResetDuringAPlannedWakeCountsAsAHang(WakeCause cause, long nowMilliseconds, bool hang)
    {
        var rebooted = RebootedAfterWakeAt(withReport: false);
        rebooted.BeginWake(cause, nowMilliseconds);
        Assert.AreEqual(hang, rebooted.IsSuspect(WakeTask.Measure));
        Assert.AreEqual(hang ? 1 : 0, rebooted.WatchdogResets);
    }

    [TestMethod]
    public void PowerLossRebasesDeadlinesOnTheRestartedRtc()
    {
        var planner = NewPlanner(out _, out _);
        planner.SetPeriodic(WakeTask.Measure, 15 * Minute, T + 5 * Minute);
        planner.BeginWake(WakeCause.Timer, T);
        var record = new byte[WakePlanner.RecordLength];
        planner.Write(record, 0);
        var restored = NewPlanner(out _, out _);
        restored.Read(record, 0, record.Length);
        restored.BeginWake(WakeCause.PowerOn, 2_000); // RTC restarted at 0
        Assert.AreEqual(2_000 + 5 * Minute, restored.DeadlineMilliseconds(WakeTask.Measure));
    }
}
