// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

namespace SmartCityNodes.Runtime.RemoteConfiguration
{
    /// <summary>Opcodes of the remote-configuration downlink (docs/remote-config.md). Never renumber.</summary>
    public enum RemoteCommand : byte
    {
        /// <summary>Report interval: uint32 LE seconds, 60..86400.</summary>
        SetReportInterval = 0x01,

        /// <summary>Heartbeat interval: uint32 LE seconds, 300..604800, not below the report interval.</summary>
        SetHeartbeatInterval = 0x02,

        /// <summary>Thresholds: int32 LE low, int32 LE high, low ≤ high.</summary>
        SetThresholds = 0x03,

        /// <summary>Confirmed uplinks: 1 byte, 0 off or 1 on.</summary>
        SetConfirmedUplinks = 0x04,

        /// <summary>ADR: 1 byte, 0 off or 1 on.</summary>
        SetAdr = 0x05,

        /// <summary>Reboot after the acknowledgement has been sent. No fields.</summary>
        Reboot = 0x06,

        /// <summary>Send a status uplink next. No fields.</summary>
        StatusRequest = 0x07,
    }
}
