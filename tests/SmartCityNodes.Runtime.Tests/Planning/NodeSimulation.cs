// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using SmartCityNodes.Hal.Power;
using SmartCityNodes.Runtime.Energy;
using SmartCityNodes.Runtime.Planning;

namespace SmartCityNodes.Runtime.Tests.Planning;

/// <summary>
/// A node on the simulated sleep controller: the real planner, ledger and budget, with sensor and radio steps that
/// take their datasheet times. Used by the year-long run and the allocation check. Each step's deadline lateness and
/// each uplink's start against the MAC not-before are recorded for the assertions.
/// </summary>
internal sealed class NodeSimulation
{
    public const long Day = 24L * 3600 * 1000;
    public const int EventPin = 4;
    public const long AirtimeMicroseconds = 61_696; // SF7/125 kHz, 20-byte PHYPayload (Semtech airtime formula)
    public const int TxPowerDbm = 14;

    public readonly SimulatedSleepController Sleep = new SimulatedSleepController(8);
    public readonly EnergyLedger Ledger;
    public readonly EnergyBudget Budget;
    public readonly WakePlanner Planner;
    public readonly PlannerSettings Settings = new PlannerSettings();
    public readonly WakePlan Plan = new WakePlan();
    public readonly long[] DailyNanoampHours = new long[400];
    public long StormStartMilliseconds = long.MaxValue;
    public long StormEndMilliseconds = long.MaxValue;
    public long MaxLatenessMilliseconds;
    public long MaxEarlinessMilliseconds;
    public long MaxRadioLatenessBeyondNotBeforeMilliseconds;
    public int NotBeforeViolations;
    public int Uplinks;
    public int EventReports;
    public int Wakes;
    public int PinWakes;
    public int MaxStretch = 1;
    public int HeartbeatsSent;
    private bool _booted = true;
    private long _macNotBeforeMilliseconds;

    public NodeSimulation()
        : this(BoardEnergyProfiles.LowPowerEsp32Sx1262())
    {
    }

    public NodeSimulation(BoardEnergyProfile profile)
    {
        Ledger = new EnergyLedger(profile);
        Budget = new EnergyBudget(BatteryProfile.SaftLs33600(), 3652);
        Settings.EventPin = EventPin;

        // Baseline of this schedule ≈ 1.2 mAh/day (docs/runtime-energy.md); one event wake ≈ boot + compute + flash
        // ≈ 7.4 µAh, one event report on top ≈ 5 µAh.
        if (!Settings.SetEventRatesFromBudget(Budget.DailyAllowanceNanoampHours, 1_200_000 + (profile.DeepSleepFloorNanoamps * 24), 7_400, 5_000, 62, 10))
        {
            Settings.EventWakesPerHourMilli = 0; // nothing spare: only the bursts
            Settings.EventReportsPerHourMilli = 0;
        }
        Planner = new WakePlanner(Settings, Ledger, null);
        Ledger.Reset(0);
        Planner.SetPeriodic(WakeTask.Measure, 15 * 60_000, 15 * 60_000);
        Planner.SetPeriodic(WakeTask.Report, 60 * 60_000, 60 * 60_000);
        Planner.SetPeriodic(WakeTask.Heartbeat, 24 * 60 * 60_000, 12 * 60 * 60_000);
    }

    public long NowMilliseconds => Sleep.RtcMilliseconds;

    public bool PinChattering(long nowMilliseconds) => nowMilliseconds >= StormStartMilliseconds && nowMilliseconds < StormEndMilliseconds;

    /// <summary>Plays wakes until node time reaches <paramref name="untilMilliseconds"/>.</summary>
    public void RunUntil(long untilMilliseconds)
    {
        while (NowMilliseconds < untilMilliseconds)
        {
            OneWake();
        }
    }

    public void OneWake()
    {
        Wakes++;
        long dayBefore = NowMilliseconds / Day;
        long totalBefore = Ledger.TotalNanoampHours;
        if (_booted)
        {
            Ledger.BookBoot();
            Sleep.AdvanceAwake(Ledger.Profile.BootMicroseconds);
        }

        long now = NowMilliseconds;
        Budget.Update(Ledger, now);
        MaxStretch = Ledger.StretchFactor > MaxStretch ? Ledger.StretchFactor : MaxStretch;
        WakeCause cause = Sleep.WakeCause;
        Planner.SetNotBefore(_macNotBeforeMilliseconds);
        Planner.BeginWake(cause, now);
        if (cause == WakeCause.Pin)
        {
            PinWakes++;
        }

        if (cause == WakeCause.Pin || PinChattering(now))
        {
            Planner.ReportEvent(now);
        }

        if (Planner.IsDue(WakeTask.Measure))
        {
            Track(WakeTask.Measure);
            Planner.BeginStep(WakeTask.Measure, NowMilliseconds);
            Ledger.BookSensor(0, 100, 1000, false);
            Sleep.AdvanceAwake(100_000);
            Planner.CompleteStep(WakeTask.Measure, TaskOutcome.Done, NowMilliseconds);
        }

        RadioStep(WakeTask.Report);
        RadioStep(WakeTask.Heartbeat);

        Ledger.BookAwake(EnergyPhase.Compute, 50_000);
        Sleep.AdvanceAwake(50_000);
        Ledger.BookFlashWrites(1); // planner + ledger records
        Sleep.AdvanceAwake(Ledger.Profile.FlashWriteMicroseconds);

        Planner.PlanNextWake(NowMilliseconds, Plan);
        if (Plan.Kind == SleepKind.None)
        {
            _booted = false;
        }
        else if (Plan.Kind == SleepKind.Deep)
        {
            Sleep.DeepSleep(Plan.SleepMicroseconds, Plan.WakePin, true);
            Ledger.BookSleep(true, Sleep.LastSleepMicroseconds);
            _booted = true;
        }
        else
        {
            Sleep.LightSleep(Plan.SleepMicroseconds, Plan.WakePin, true);
            Ledger.BookSleep(false, Sleep.LastSleepMicroseconds);
            _booted = false;
        }

        // Charge of this wake and the sleep after it goes to the day the wake started in.
        DailyNanoampHours[dayBefore] += Ledger.TotalNanoampHours - totalBefore;
    }

    private void RadioStep(WakeTask task)
    {
        if (!Planner.IsDue(task))
        {
            return;
        }

        long deadline = Planner.DeadlineMilliseconds(task);
        Track(task);
        if (NowMilliseconds < _macNotBeforeMilliseconds)
        {
            NotBeforeViolations++;
        }

        long beyond = NowMilliseconds - (deadline > _macNotBeforeMilliseconds ? deadline : _macNotBeforeMilliseconds);
        MaxRadioLatenessBeyondNotBeforeMilliseconds = beyond > MaxRadioLatenessBeyondNotBeforeMilliseconds ? beyond : MaxRadioLatenessBeyondNotBeforeMilliseconds;
        Planner.BeginStep(task, NowMilliseconds);
        Ledger.BookTransmit(TxPowerDbm, AirtimeMicroseconds);
        Sleep.AdvanceAwake(AirtimeMicroseconds);
        long txEnd = NowMilliseconds;

        // Class A: RX1 at +1 s, RX2 at +2 s, each open 20 ms without a downlink; waits in light sleep.
        Ledger.BookReceiveWait(1_000_000, true);
        Ledger.BookReceive(20_000);
        Ledger.BookReceiveWait(980_000, true);
        Ledger.BookReceive(20_000);
        Ledger.BookFlashWrites(2); // MAC state before TX and after
        Sleep.AdvanceAwake(2_020_000 + (2 * Ledger.Profile.FlashWriteMicroseconds));

        // EU868 g1 sub-band 1 %: the next uplink not before 99 × airtime after TxEnd (ETSI EN 300 220 off-time rule).
        _macNotBeforeMilliseconds = txEnd + (AirtimeMicroseconds * 99 / 1000);
        Planner.SetNotBefore(_macNotBeforeMilliseconds);
        Uplinks++;
        HeartbeatsSent += task == WakeTask.Heartbeat ? 1 : 0;
        if (task == WakeTask.Report && Planner.CoalescedEventCount > 0 || PinChattering(NowMilliseconds))
        {
            EventReports++;
        }

        Planner.CompleteStep(task, TaskOutcome.Done, NowMilliseconds);
    }

    private void Track(WakeTask task)
    {
        long deadline = Planner.DeadlineMilliseconds(task);
        long lateness = NowMilliseconds - deadline;
        if (task == WakeTask.Measure)
        {
            MaxLatenessMilliseconds = lateness > MaxLatenessMilliseconds ? lateness : MaxLatenessMilliseconds;
        }

        MaxEarlinessMilliseconds = -lateness > MaxEarlinessMilliseconds ? -lateness : MaxEarlinessMilliseconds;
    }
}
