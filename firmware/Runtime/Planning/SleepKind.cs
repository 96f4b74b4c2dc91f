// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

namespace SmartCityNodes.Runtime.Planning
{
    /// <summary>How the node spends the interval until its next wake.</summary>
    public enum SleepKind
    {
        /// <summary>Work is due now: do not sleep.</summary>
        None = 0,

        /// <summary>Light sleep: RAM kept, no boot on wake, higher floor current.</summary>
        Light = 1,

        /// <summary>Deep sleep: board floor current, but every wake pays the boot.</summary>
        Deep = 2,
    }
}
