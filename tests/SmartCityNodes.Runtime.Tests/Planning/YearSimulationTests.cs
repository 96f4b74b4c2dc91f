// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using Microsoft.VisualStudio.TestTools.UnitTesting;
using SmartCityNodes.Runtime.Energy;

namespace SmartCityNodes.Runtime.Tests.Planning;

[TestClass]
public sealed class YearSimulationTests
{
    /// <summary>
    /// One simulated year on the low-power board: measure every 15 min, report hourly, heartbeat daily, and on day 100
    /// a tilt switch chattering every 5 s from 06:00 to 12:00. Expected from the documented policy:
    /// every day within the daily allowance (4 189 548 nAh, EnergyBudgetTests), the budget never stretching the
    /// schedule, the measurement never later than 1 s after its deadline nor earlier than the 60 s coalescing window,
    /// radio steps never before the MAC's not-before and never more than 5 s after max(deadline, not-before), and the
    /// storm held to the token buckets: pin wakes ≤ burst 10 + 6 h × refill, then recovery.
    /// </summary>
    [TestMethod]
    public void OneYearWithAStormStaysInBudgetAndOnTime()
    {
        var node = new NodeSimulation();
        node.StormStartMilliseconds = (99 * NodeSimulation.Day) + (6 * 3600_000L);
        node.StormEndMilliseconds = node.StormStartMilliseconds + (6 * 3600_000L);
        for (long at = node.StormStartMilliseconds; at < node.StormEndMilliseconds; at += 5_000)
        {
            // Pins are fed lazily below: the controller holds 8 pending events.
        }

        long feedAt = node.StormStartMilliseconds;
        while (node.NowMilliseconds < 365 * NodeSimulation.Day)
        {
            while (feedAt < node.StormEndMilliseconds && node.Sleep.PendingEventCount < 8 && feedAt <= node.NowMilliseconds + (3600_000L))
            {
                if (feedAt >= node.NowMilliseconds)
                {
                    node.Sleep.SchedulePinEvent(feedAt * 1000, NodeSimulation.EventPin);
                }

                feedAt += 5_000;
            }

            node.OneWake();
        }

        long allowance = node.Budget.DailyAllowanceNanoampHours;
        long maxDay = 0;
        for (int day = 0; day < 365; day++)
        {
            Assert.IsTrue(node.DailyNanoampHours[day] <= allowance, $"day {day}: {node.DailyNanoampHours[day]} nAh > {allowance}");
            maxDay = node.DailyNanoampHours[day] > maxDay ? node.DailyNanoampHours[day] : maxDay;
        }

        long quietDay = node.DailyNanoampHours[50];
        long stormDay = node.DailyNanoampHours[99];
        Assert.IsTrue(stormDay > quietDay, "the storm costs something");
        Assert.AreEqual(1, node.MaxStretch);
        Assert.AreEqual(0, node.NotBeforeViolations);
        Assert.IsTrue(node.MaxLatenessMilliseconds <= 1_000, $"measurement late by {node.MaxLatenessMilliseconds} ms");
        Assert.IsTrue(node.MaxEarlinessMilliseconds <= node.Settings.CoalesceWindowMilliseconds, $"early by {node.MaxEarlinessMilliseconds} ms");
        Assert.IsTrue(node.MaxRadioLatenessBeyondNotBeforeMilliseconds <= 5_000, $"radio late by {node.MaxRadioLatenessBeyondNotBeforeMilliseconds} ms");

        // 4320 chatter events in 6 h; pin wakes bounded by the wake bucket: 10 + 6 h × rate (+1 for the wake that finds it dry
        // per mask period, at most 6 h / 10 min = 36).
        int bucketBound = node.Settings.EventWakeBurst + (6 * node.Settings.EventWakesPerHourMilli / 1000) + 36;
        Assert.IsTrue(node.PinWakes <= bucketBound, $"pin wakes {node.PinWakes} > {bucketBound}");
        Assert.IsTrue(node.PinWakes > 0);
        Assert.IsFalse(node.Planner.StormActive, "storm over by year end");
        Assert.AreEqual(0, node.Planner.CoalescedEventCount);

        // Year total and the projection from it: ≈ 1.2 mAh/day means ≈ 38 years of charge, so the 10-year target holds.
        Assert.IsTrue(node.Budget.ProjectedRemainingDays(node.Ledger, node.NowMilliseconds) > 9 * 365);
        System.Console.WriteLine($"wakes {node.Wakes}, uplinks {node.Uplinks}, pin wakes {node.PinWakes}, quiet day {quietDay} nAh, storm day {stormDay} nAh, max day {maxDay} nAh, allowance {allowance} nAh, year {node.Ledger.TotalNanoampHours} nAh");
        for (int phase = 0; phase < EnergyLedger.PhaseCount; phase++)
        {
            System.Console.WriteLine($"  {(EnergyPhase)phase}: {node.Ledger.PhaseNanoampHours((EnergyPhase)phase)} nAh");
        }
    }

    /// <summary>
    /// The TTGO board cannot afford this schedule for 10 years: its always-on floor (AP2112K 55 µA + USB bridge 100 µA
    /// + chip 10 µA = 165.2 µA) alone is 3.96 mAh/day of the 4.19 mAh allowance, and the 96 wakes add ≈ 1.3 mAh.
    /// By hand, stretch 8 brings the wakes to ≈ 0.16 mAh/day (≈ 4.12 mAh total, under), stretch 4 to ≈ 0.33 mAh
    /// (≈ 4.29, over): the budget must settle between 4 and 8 and hold the year to 365 allowances plus at most the
    /// 7-allowance bank, while the heartbeat keeps its daily period.
    /// </summary>
    [TestMethod]
    public void BudgetHoldsABoardThatCannotAffordTheSchedule()
    {
        var node = new NodeSimulation(BoardEnergyProfiles.TtgoLoRa32V21());
        node.RunUntil(365 * NodeSimulation.Day);
        long allowance = node.Budget.DailyAllowanceNanoampHours;
        long year = 0;
        for (int day = 0; day < 365; day++)
        {
            year += node.DailyNanoampHours[day];
        }

        Assert.IsTrue(node.MaxStretch >= 4, $"stretch {node.MaxStretch}");
        Assert.IsTrue(year <= (365 + EnergyBudget.BankLimitDays) * allowance, $"year {year} nAh vs {365 * allowance}");
        Assert.IsTrue(node.HeartbeatsSent >= 364, $"heartbeats {node.HeartbeatsSent}");
        Assert.AreEqual(0, node.NotBeforeViolations);
    }

    [TestMethod]
    public void PlannerAndLedgerAllocateNothingPerWake()
    {
        var node = new NodeSimulation();
        node.RunUntil(NodeSimulation.Day); // warm-up: JIT, first-time paths
        long before = System.GC.GetAllocatedBytesForCurrentThread();
        node.RunUntil(3 * NodeSimulation.Day);
        long allocated = System.GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.AreEqual(0L, allocated);
    }
}
