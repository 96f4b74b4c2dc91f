// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using SmartCityNodes.Hal.Power;

namespace SmartCityNodes.Runtime.Node
{
    /// <summary>What <see cref="NodeRuntime.RunWake"/> asks the Program to do; filled in place (one instance per node).</summary>
    public sealed class NodeSleepDecision
    {
        /// <summary>Deep sleep, light sleep or reboot.</summary>
        public NodeSleepKind Kind;

        /// <summary>Sleep duration, µs (for a reboot: the delay before it).</summary>
        public long SleepMicroseconds;

        /// <summary>Node time (RTC ms) of the planned wake.</summary>
        public long WakeAtMilliseconds;

        /// <summary>GPIO that wakes the node early, or <see cref="SleepLimits.NoPin"/>.</summary>
        public int WakePin = SleepLimits.NoPin;

        /// <summary>Level of <see cref="WakePin"/> that wakes.</summary>
        public bool WakeLevelHigh;
    }
}
