// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

namespace SmartCityNodes.Runtime.Planning
{
    /// <summary>What the planner made of one application event (tilt, magnet, threshold crossing).</summary>
    public enum EventDecision
    {
        /// <summary>A report token was free: <see cref="WakeTask.Report"/> is due now.</summary>
        ReportNow = 0,

        /// <summary>No token: the event is counted into the next essential report (<see cref="WakePlanner.CoalescedEventCount"/>).</summary>
        Coalesced = 1,
    }
}
