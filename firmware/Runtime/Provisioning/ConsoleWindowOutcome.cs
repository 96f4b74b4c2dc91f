// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

namespace SmartCityNodes.Runtime.Provisioning
{
    /// <summary>Why a <see cref="ConsoleWindow"/> closed; the node then runs its wake, or resets for Reboot.</summary>
    public enum ConsoleWindowOutcome
    {
        /// <summary>The window's time ran out (nobody typed, or the technician finished).</summary>
        TimedOut = 0,

        /// <summary>JOIN was answered OK: the wake that follows joins (OTAA) or activates (ABP) at once.</summary>
        JoinRequested = 1,

        /// <summary>REBOOT was answered OK: the node resets (true reset) instead of running the wake.</summary>
        RebootRequested = 2,

        /// <summary>The console port could not be opened or failed; the node goes on to its wake.</summary>
        PortFailed = 3,
    }
}
