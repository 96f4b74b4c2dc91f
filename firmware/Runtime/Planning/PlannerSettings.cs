// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using System;
using SmartCityNodes.Hal.Power;

namespace SmartCityNodes.Runtime.Planning
{
    /// <summary>
    /// The planner's policy as data (docs/runtime-energy.md explains each figure). Defaults are for a node on a
    /// 15-minute measurement cycle; event rates come from <see cref="SetEventRatesFromBudget"/>.
    /// </summary>
    public sealed class PlannerSettings
    {
        /// <summary>Tasks in <see cref="WakeTask"/>.</summary>
        public const int TaskCount = 6;

        /// <summary>
        /// Coalescing window: a task due within this much after a wake runs in that wake instead of paying its own boot.
        /// 60 s: early by at most a minute on a 15-minute cycle, and a deep-sleep boot (~6 µAh) saved each time.
        /// </summary>
        public int CoalesceWindowMilliseconds = 60000;

        /// <summary>Step bounds in ms, indexed by <see cref="WakeTask"/>: the longest a healthy step takes.</summary>
        public readonly int[] StepBoundMilliseconds = new int[TaskCount]
        {
            5000,  // Measure: PMS5003 needs 30 s warm-up in its own profile; that node raises this bound
            20000, // Report: class-A transaction, NbTrans up to 3 at SF12 with RX1/RX2 and retransmit waits ≤ 10 s
            20000, // Heartbeat: as Report
            10000, // Join: SF12 Join-Request (~1.5 s) + JOIN_ACCEPT_DELAY2 6 s + RX2
            20000, // Retransmit: as Report
            40000, // ApplyRemoteConfig: the owed status message and the remote-config acknowledgement, two transactions as Report
        };

        /// <summary>Added to a step bound when arming the watchdog (scheduler jitter, flash write after the step).</summary>
        public int WatchdogMarginMilliseconds = 2000;

        /// <summary>Back-off after the first fault of a task; doubles per further strike.</summary>
        public int FaultBackoffBaseMilliseconds = 60000;

        /// <summary>Longest fault back-off (6 h): a broken sensor is still retried four times a day.</summary>
        public int FaultBackoffMaxMilliseconds = 6 * 3600 * 1000;

        /// <summary>Force deep sleep between wakes whatever the break-even says (nanoframework/Home#1165).</summary>
        public bool ForceDeepSleep;

        /// <summary>GPIO that wakes the node on an event, or <see cref="SleepLimits.NoPin"/>.</summary>
        public int EventPin = SleepLimits.NoPin;

        /// <summary>Level of <see cref="EventPin"/> that wakes.</summary>
        public bool EventPinLevelHigh = true;

        /// <summary>Event reports the bucket holds (a burst sent at once).</summary>
        public int EventReportBurst = 4;

        /// <summary>Event report tokens added per hour (×1000 fixed point: 2500 = 2.5 per hour).</summary>
        public int EventReportsPerHourMilli = 2000;

        /// <summary>Pin wakes the wake bucket holds.</summary>
        public int EventWakeBurst = 10;

        /// <summary>Pin wake tokens added per hour (×1000 fixed point).</summary>
        public int EventWakesPerHourMilli = 6000;

        /// <summary>First pin mask when the wake bucket runs dry (10 min); doubles per storm period.</summary>
        public int StormMaskInitialMilliseconds = 10 * 60 * 1000;

        /// <summary>Longest pin mask (6 h).</summary>
        public int StormMaskMaxMilliseconds = 6 * 3600 * 1000;

        /// <summary>A storm is over after this long without events (30 min); then one state report goes out.</summary>
        public int StormQuietMilliseconds = 30 * 60 * 1000;

        /// <summary>
        /// Derives the event token rates from the energy budget and the duty cycle: the spare charge per day
        /// (allowance − baseline schedule) is split half to event wakes (each costs <paramref name="eventWakeNanoampHours"/>)
        /// and half to event reports (each <paramref name="eventReportNanoampHours"/>); reports per hour are further capped
        /// so their airtime stays within half the duty cycle (<paramref name="dutyCyclePerMille"/> ‰ of 3600 s), leaving
        /// the other half to the scheduled uplinks. Returns false (settings unchanged) when nothing is spare.
        /// </summary>
        /// <param name="dailyAllowanceNanoampHours">EnergyBudget.DailyAllowanceNanoampHours.</param>
        /// <param name="baselineDailyNanoampHours">What the regular schedule costs per day.</param>
        /// <param name="eventWakeNanoampHours">Cost of one pin wake that reports nothing (boot + compute + sleep).</param>
        /// <param name="eventReportNanoampHours">Cost of one event report on top of its wake (measure + TX + RX waits + RX + flash).</param>
        /// <param name="reportAirtimeMilliseconds">Time on air of one event report.</param>
        /// <param name="dutyCyclePerMille">Sub-band duty cycle in ‰ (EU868 g1: 10).</param>
        public bool SetEventRatesFromBudget(long dailyAllowanceNanoampHours, long baselineDailyNanoampHours, long eventWakeNanoampHours,
            long eventReportNanoampHours, int reportAirtimeMilliseconds, int dutyCyclePerMille)
        {
            if (eventWakeNanoampHours <= 0 || eventReportNanoampHours <= 0 || reportAirtimeMilliseconds <= 0 || dutyCyclePerMille <= 0)
            {
                throw new ArgumentOutOfRangeException();
            }

            long spare = dailyAllowanceNanoampHours - baselineDailyNanoampHours;
            if (spare <= 0)
            {
                return false;
            }

            // Per hour ×1000: (spare/2) / cost per day, / 24 hours.
            long wakesPerHourMilli = (spare / 2) * 1000 / eventWakeNanoampHours / 24;
            long reportsPerHourMilli = (spare / 2) * 1000 / (eventReportNanoampHours + eventWakeNanoampHours) / 24;
            long dutyCycleReportsPerHourMilli = (3600L * 1000 * dutyCyclePerMille / 1000 / 2) * 1000 / reportAirtimeMilliseconds;
            if (reportsPerHourMilli > dutyCycleReportsPerHourMilli)
            {
                reportsPerHourMilli = dutyCycleReportsPerHourMilli;
            }

            EventWakesPerHourMilli = (int)(wakesPerHourMilli > int.MaxValue ? int.MaxValue : wakesPerHourMilli);
            EventReportsPerHourMilli = (int)(reportsPerHourMilli > int.MaxValue ? int.MaxValue : reportsPerHourMilli);
            return true;
        }
    }
}
