// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using Microsoft.VisualStudio.TestTools.UnitTesting;
using SmartCityNodes.Runtime.Energy;

namespace SmartCityNodes.Runtime.Tests.Energy;

[TestClass]
public sealed class EnergyBudgetTests
{
    private const long Day = 24L * 3600 * 1000;

    // allowance = (C − C × 1 %/year × days/365.25) / days, in nAh:
    // 17 Ah, 10 y (3652 d): self = 17e9 × 0.01 × 3652/365.25 = 1 699 767 282; (17e9 − that) / 3652 = 4 189 548 nAh/day (≈ 174.6 µA).
    // 19 Ah, 10 y:          self = 1 899 739 904; (19e9 − that) / 3652 = 4 682 437 nAh/day (≈ 195.1 µA).
    // 19 Ah, 5 y (1826 d):  self =   949 869 952; (19e9 − that) / 1826 = 9 885 065 nAh/day.
    // self-discharge per day: 17e9 × 0.01 / 365.25 = 465 434 nAh; 19e9: 520 191 nAh.
    [TestMethod]
    [DataRow(17_000_000L, 3652, 4_189_548L, 465_434L)]
    [DataRow(19_000_000L, 3652, 4_682_437L, 520_191L)]
    [DataRow(19_000_000L, 1826, 9_885_065L, 520_191L)]
    public void DailyAllowanceMatchesHandComputation(long capacityMicroampHours, int days, long allowance, long selfPerDay)
    {
        var battery = new BatteryProfile { CapacityMicroampHours = capacityMicroampHours, SelfDischargePerMillePerYear = 10 };
        var budget = new EnergyBudget(battery, days);
        Assert.AreEqual(allowance, budget.DailyAllowanceNanoampHours);
        Assert.AreEqual(selfPerDay, budget.SelfDischargePerDayNanoampHours);
    }

    [TestMethod]
    public void SaftCellIsSeventeenAmpHoursAtOnePercentPerYear()
    {
        var budget = new EnergyBudget(BatteryProfile.SaftLs33600(), 3652);
        Assert.AreEqual(4_189_548L, budget.DailyAllowanceNanoampHours);
        Assert.AreEqual(174_564L, budget.AverageAllowanceNanoamps); // 4 189 548 / 24
    }

    [TestMethod]
    public void BudgetIsHeldDayByDayThroughTheBankAndTheStretch()
    {
        var budget = new EnergyBudget(BatteryProfile.SaftLs33600(), 3652);
        long a = budget.DailyAllowanceNanoampHours;
        var ledger = new EnergyLedger(BoardEnergyProfiles.LowPowerEsp32Sx1262());
        ledger.Reset(0);

        // Day 1 spends twice the allowance: over already before midnight → stretch 2 at once.
        BookNanoampHours(ledger, 2 * a);
        budget.Update(ledger, Day / 2);
        Assert.AreEqual(2, ledger.StretchFactor);
        Assert.AreEqual(-a, budget.AvailableTodayNanoampHours(ledger));

        // Midnight: bank = 0 + a − 2a = −a (owed) → stretch doubles to 4.
        budget.Update(ledger, Day);
        Assert.AreEqual(-a, ledger.BankNanoampHours);
        Assert.AreEqual(4, ledger.StretchFactor);

        // Day 2 spends nothing: bank 0, not above one allowance → stretch stays.
        budget.Update(ledger, 2 * Day);
        Assert.AreEqual(0L, ledger.BankNanoampHours);
        Assert.AreEqual(4, ledger.StretchFactor);

        // Days 3 and 4 spend nothing: bank a (not above a), then 2a → stretch halves to 2.
        budget.Update(ledger, 3 * Day);
        Assert.AreEqual(4, ledger.StretchFactor);
        budget.Update(ledger, 4 * Day);
        Assert.AreEqual(2 * a, ledger.BankNanoampHours);
        Assert.AreEqual(2, ledger.StretchFactor);

        // Twenty idle days: the bank stops at 7 allowances and the stretch returns to 1.
        budget.Update(ledger, 24 * Day);
        Assert.AreEqual(7 * a, ledger.BankNanoampHours);
        Assert.AreEqual(1, ledger.StretchFactor);
    }

    [TestMethod]
    public void RemainingLifeAndBatteryLevelFollowTheLedger()
    {
        var battery = new BatteryProfile { CapacityMicroampHours = 19_000_000, SelfDischargePerMillePerYear = 10 };
        var budget = new EnergyBudget(battery, 3652);
        var ledger = new EnergyLedger(BoardEnergyProfiles.LowPowerEsp32Sx1262());
        ledger.Reset(0);
        Assert.AreEqual((byte)254, budget.BatteryLevel(ledger, 0)); // 1 + 253 × full

        // Half the capacity drawn at day 0: 1 + 253 × 0.5 = 127.5 → 127.
        BookNanoampHours(ledger, 9_500_000_000);
        Assert.AreEqual((byte)127, budget.BatteryLevel(ledger, 0));

        // After 10 days: remaining = 19e9 − 9.5e9 − 10 × 520 191 = 9 494 798 090 nAh;
        // drawn per day = 9.5e9 / 10 = 950 000 000 + 520 191 self = 950 520 191 → 9 494 798 090 / 950 520 191 = 9 days.
        Assert.AreEqual(9_494_798_090L, budget.RemainingNanoampHours(ledger, 10 * Day));
        Assert.AreEqual(9, budget.ProjectedRemainingDays(ledger, 10 * Day));

        // Everything drawn: level 1 (empty but measurable), never 0 (that means external power).
        BookNanoampHours(ledger, 9_500_000_000);
        Assert.AreEqual((byte)1, budget.BatteryLevel(ledger, 10 * Day));
    }

    [TestMethod]
    public void ExternalPowerAndUnknownCapacityHaveTheirOwnCodes()
    {
        var ledger = new EnergyLedger(BoardEnergyProfiles.LowPowerEsp32Sx1262());
        Assert.AreEqual((byte)0, new EnergyBudget(new BatteryProfile { ExternalPower = true }, 365).BatteryLevel(ledger, 0));
        Assert.AreEqual((byte)255, new EnergyBudget(new BatteryProfile { CapacityMicroampHours = 0 }, 365).BatteryLevel(ledger, 0));
    }

    [TestMethod]
    public void BadBudgetInputIsRefused()
    {
        Assert.ThrowsExactly<System.ArgumentOutOfRangeException>(() => new EnergyBudget(BatteryProfile.SaftLs33600(), 0));
        Assert.ThrowsExactly<System.ArgumentOutOfRangeException>(() => new EnergyBudget(new BatteryProfile { CapacityMicroampHours = 1, UsablePerMille = 1001 }, 10));
        Assert.ThrowsExactly<System.ArgumentNullException>(() => new EnergyBudget(null!, 10));
    }

    private static void BookNanoampHours(EnergyLedger ledger, long nanoampHours)
    {
        // 1 000 000 nA for 3.6e9 µs = 1 000 000 nAh.
        ledger.Book(EnergyPhase.Compute, nanoampHours, EnergyUnits.MicrosecondsPerHour);
    }
}
