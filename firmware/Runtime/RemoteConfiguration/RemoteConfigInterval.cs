// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

namespace SmartCityNodes.Runtime.RemoteConfiguration
{
    /// <summary>Interval ids of the SetInterval command (docs/payloads/remote-config.md, "Intervals").</summary>
    public enum RemoteConfigInterval : byte
    {
        /// <summary>Periodic uplink interval (BinNode/AirNode measurement), 60..2,592,000 s.</summary>
        Report = 0x00,

        /// <summary>Sensor sampling interval between uplinks (event detection), 1..86,400 s.</summary>
        Sample = 0x01,

        /// <summary>ParkingNode heartbeat interval, 60..2,592,000 s.</summary>
        Heartbeat = 0x02,

        /// <summary>Periodic status message interval, 0 (off) or 3,600..2,592,000 s.</summary>
        Status = 0x03,
    }
}
