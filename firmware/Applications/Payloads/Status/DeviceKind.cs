// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

namespace SmartCityNodes.Applications.Payloads.Status
{
    /// <summary>Which application a node runs, byte 1 of the status message (docs/payloads/status.md).</summary>
    public enum DeviceKind : byte
    {
        /// <summary>Smart-bin fill level.</summary>
        BinNode = 1,

        /// <summary>Air quality.</summary>
        AirNode = 2,

        /// <summary>Parking occupancy.</summary>
        ParkingNode = 3,
    }
}
