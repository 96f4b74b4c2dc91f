// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using SmartCityNodes.Runtime.Energy;

namespace SmartCityNodes.Cli.Planning;

/// <summary>What <see cref="BatteryProjection"/> found for one day of the schedule.</summary>
/// <param name="WakesPerDay">Whole wakes in a day.</param>
/// <param name="AwakeMicroseconds">Length of one wake.</param>
/// <param name="Phases">Charge per ledger phase over the day, nAh.</param>
/// <param name="PerDayNanoampHours">Total charge per day, nAh.</param>
/// <param name="AllowanceNanoampHours">What the battery allows per day for the target lifetime, nAh.</param>
/// <param name="SelfDischargePerDayNanoampHours">Self-discharge per day, nAh.</param>
/// <param name="LifeDays">Projected life: usable / (per day + self-discharge per day).</param>
public sealed record BatteryReport(
    long WakesPerDay,
    long AwakeMicroseconds,
    IReadOnlyList<(EnergyPhase Phase, long NanoampHours)> Phases,
    long PerDayNanoampHours,
    long AllowanceNanoampHours,
    long SelfDischargePerDayNanoampHours,
    long LifeDays);
