// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using SmartCityNodes.Runtime.Energy;

namespace SmartCityNodes.Cli.Planning;

/// <summary>
/// Battery life of a node on a fixed schedule, from the runtime's own energy model (firmware/Runtime/Energy,
/// docs/runtime-energy.md): one day of wakes booked in an <see cref="EnergyLedger"/> with the board's profile, the
/// battery's allowance and self-discharge from <see cref="EnergyBudget"/>. Each wake: boot, measurement, one uplink,
/// the class-A waits to RX1 (1 s after TX end) and RX2 (2 s, LoRaWAN L2 1.0.4 RECEIVE_DELAY1/2) with two receive
/// windows, one state-record flash write; deep sleep for the rest of the interval.
/// </summary>
public static class BatteryProjection
{
    /// <summary>Seconds in a day.</summary>
    public const int SecondsPerDay = 86400;

    // RECEIVE_DELAY2 = RECEIVE_DELAY1 + 1 s = 2 s (L2 1.0.4 §6.1 default settings): TX end to RX2 opening.
    private const long ReceiveDelay2Microseconds = 2_000_000;

    /// <summary>Books one day of the schedule and projects the battery life.</summary>
    /// <param name="profile">Board energy profile.</param>
    /// <param name="battery">Battery.</param>
    /// <param name="schedule">The wake.</param>
    /// <param name="targetDays">Lifetime target in days (for the allowance).</param>
    public static BatteryReport Project(BoardEnergyProfile profile, BatteryProfile battery, WakeSchedule schedule, int targetDays)
    {
        var ledger = new EnergyLedger(profile);
        var receiveWindows = 2 * schedule.ReceiveWindowMicroseconds;
        var waits = ReceiveDelay2Microseconds - schedule.ReceiveWindowMicroseconds; // RX1 window ends inside the 2 s
        var awake = profile.BootMicroseconds + schedule.MeasurementMicroseconds + schedule.AirtimeMicroseconds + waits + receiveWindows
            + profile.FlashWriteMicroseconds;
        var wakes = SecondsPerDay / schedule.IntervalSeconds;
        for (var i = 0; i < wakes; i++)
        {
            ledger.BookBoot();
            ledger.BookAwake(EnergyPhase.Measurement, schedule.MeasurementMicroseconds);
            ledger.BookTransmit(schedule.TransmitPowerDbm, schedule.AirtimeMicroseconds);
            ledger.BookReceiveWait(waits, profile.LightSleepInWakeAllowed);
            ledger.BookReceive(receiveWindows);
            ledger.BookFlashWrites(1);
        }

        ledger.BookSleep(true, (SecondsPerDay * 1_000_000L) - (wakes * awake));
        var budget = new EnergyBudget(battery, targetDays);
        var phases = new List<(EnergyPhase Phase, long NanoampHours)>();
        for (var phase = 0; phase < EnergyLedger.PhaseCount; phase++)
        {
            phases.Add(((EnergyPhase)phase, ledger.PhaseNanoampHours((EnergyPhase)phase)));
        }

        var usable = battery.CapacityMicroampHours * battery.UsablePerMille; // µAh × ‰ = nAh
        var perDay = ledger.TotalNanoampHours;
        return new BatteryReport(
            wakes,
            awake,
            phases,
            perDay,
            budget.DailyAllowanceNanoampHours,
            budget.SelfDischargePerDayNanoampHours,
            usable / (perDay + budget.SelfDischargePerDayNanoampHours));
    }
}
