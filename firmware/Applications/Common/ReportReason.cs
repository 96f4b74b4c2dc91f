// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

namespace SmartCityNodes.Applications.Common
{
    /// <summary>Why an application wants an uplink now. More than one reason can hold at once.</summary>
    [System.Flags]
    public enum ReportReason : byte
    {
        /// <summary>Nothing to send this wake.</summary>
        None = 0,

        /// <summary>The periodic report (or heartbeat) is due.</summary>
        Periodic = 0b0000_0001,

        /// <summary>An application event happened (threshold crossed, state changed, ...); see the report's event flags.</summary>
        Event = 0b0000_0010,

        /// <summary>The set of sensor faults differs from the one in the last report.</summary>
        FaultChanged = 0b0000_0100,

        /// <summary>First evaluation after installation or after the persisted state was lost.</summary>
        Startup = 0b0000_1000,
    }
}
