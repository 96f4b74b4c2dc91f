// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

namespace SmartCityNodes.Runtime.Node
{
    /// <summary>What went wrong in the last wake (flags; the node still plans its next wake and sleeps).</summary>
    [System.Flags]
    public enum WakeFaults
    {
        /// <summary>Nothing.</summary>
        None = 0,

        /// <summary>The configuration record was missing or invalid: factory defaults are in force.</summary>
        ConfigurationDefaults = 1 << 0,

        /// <summary>The node is not provisioned: no join, long sleep.</summary>
        Unprovisioned = 1 << 1,

        /// <summary>The state store could not be read: the node must not transmit (counters unknown).</summary>
        StateUnreadable = 1 << 2,

        /// <summary>The LoRaWAN stack did not start (radio fault, damaged record).</summary>
        MacNotStarted = 1 << 3,

        /// <summary>The measurement step threw or failed.</summary>
        MeasureFailed = 1 << 4,

        /// <summary>An uplink step threw or the MAC refused the frame.</summary>
        UplinkFailed = 1 << 5,

        /// <summary>The join step threw or the MAC failed.</summary>
        JoinFailed = 1 << 6,

        /// <summary>A downlink or remote-configuration step threw.</summary>
        DownlinkFailed = 1 << 7,

        /// <summary>The end-of-wake save failed: the node reboots instead of deep-sleeping.</summary>
        SaveFailed = 1 << 8,

        /// <summary>The application state, schedule or ledger record could not be restored (started fresh).</summary>
        RecordsRestarted = 1 << 9,
    }
}
