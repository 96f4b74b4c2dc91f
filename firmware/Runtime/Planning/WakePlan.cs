// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

namespace SmartCityNodes.Runtime.Planning
{
    /// <summary>The planner's answer for the coming interval; caller-owned and filled in place (no allocation per wake).</summary>
    public sealed class WakePlan
    {
        /// <summary>Node time (RTC ms) of the next wake.</summary>
        public long WakeAtMilliseconds;

        /// <summary>Sleep to request, µs (0 with <see cref="SleepKind.None"/>).</summary>
        public long SleepMicroseconds;

        /// <summary>Light, deep, or none.</summary>
        public SleepKind Kind;

        /// <summary>GPIO that may also wake the node, or −1 (none, or masked during an event storm).</summary>
        public int WakePin;

        /// <summary>Pin level that wakes.</summary>
        public bool WakeLevelHigh;

        /// <summary>Which task decided the wake time (the earliest effective deadline).</summary>
        public WakeTask FirstTask;

        /// <summary>Charge of the interval in deep sleep: boot + deep floor × interval, nAh.</summary>
        public long DeepCostNanoampHours;

        /// <summary>Charge of the interval in light sleep: light floor × interval, nAh.</summary>
        public long LightCostNanoampHours;
    }
}
