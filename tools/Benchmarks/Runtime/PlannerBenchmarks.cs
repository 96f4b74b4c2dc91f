// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using BenchmarkDotNet.Attributes;
using SmartCityNodes.Hal.Power;
using SmartCityNodes.Runtime.Energy;
using SmartCityNodes.Runtime.Planning;

namespace SmartCityNodes.Benchmarks.Runtime;

/// <summary>
/// The planner + ledger path of one wake, as the node runs it after boot: restore both records (CRC-checked), close
/// budget days, BeginWake, one measurement and one uplink booked and completed, plan the next wake, write both records.
/// Target: 0 bytes allocated per wake.
/// </summary>
[MemoryDiagnoser]
[ShortRunJob]
public class PlannerBenchmarks
{
    private const long Minute = 60_000;
    private readonly byte[] _ledgerRecord = new byte[EnergyLedger.RecordLength];
    private readonly byte[] _planRecord = new byte[WakePlanner.RecordLength];
    private readonly WakePlan _plan = new();
    private EnergyLedger _ledger = null!;
    private EnergyBudget _budget = null!;
    private WakePlanner _planner = null!;
    private long _now;

    [GlobalSetup]
    public void Setup()
    {
        _ledger = new EnergyLedger(BoardEnergyProfiles.LowPowerEsp32Sx1262());
        _budget = new EnergyBudget(BatteryProfile.SaftLs33600(), 3652);
        _planner = new WakePlanner(new PlannerSettings(), _ledger, null);
        _ledger.Reset(0);
        _planner.SetPeriodic(WakeTask.Measure, (int)(15 * Minute), 15 * Minute);
        _planner.SetPeriodic(WakeTask.Report, (int)(15 * Minute), 15 * Minute);
        _now = 15 * Minute;
        _ledger.Write(_ledgerRecord, 0);
        _planner.Write(_planRecord, 0);
    }

    /// <summary>One wake's bookkeeping (the sensor and radio work itself is benchmarked elsewhere).</summary>
    [Benchmark]
    public long OneWake()
    {
        _ledger.Read(_ledgerRecord, 0, _ledgerRecord.Length);
        _planner.Read(_planRecord, 0, _planRecord.Length);
        _ledger.BeginWake(0, 0);
        _ledger.BookBoot();
        _budget.Update(_ledger, _now);
        _planner.BeginWake(WakeCause.Timer, _now);
        _planner.BeginStep(WakeTask.Measure, _now);
        _ledger.BookSensor(0, 100, 1000, false);
        _planner.CompleteStep(WakeTask.Measure, TaskOutcome.Done, _now + 100);
        _planner.BeginStep(WakeTask.Report, _now + 100);
        _ledger.BookRadioCounters(61_696, 40_000, 14);
        _ledger.BookReceiveWait(1_980_000, true);
        _ledger.BookFlashWrites(3);
        _planner.SetNotBefore(_now + 6_200);
        _planner.CompleteStep(WakeTask.Report, TaskOutcome.Done, _now + 2_300);
        _planner.PlanNextWake(_now + 2_400, _plan);
        _ledger.BookSleep(_plan.Kind == SleepKind.Deep, _plan.SleepMicroseconds);
        _ledger.Write(_ledgerRecord, 0);
        _planner.Write(_planRecord, 0);
        _now = _plan.WakeAtMilliseconds;
        return _plan.WakeAtMilliseconds;
    }
}
