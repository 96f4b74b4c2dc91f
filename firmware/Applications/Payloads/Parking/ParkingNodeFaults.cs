// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using System;

namespace SmartCityNodes.Applications.Payloads.Parking
{
    /// <summary>ParkingNode faults, bits 2..0 of byte 1 of the ParkingNode message (docs/payloads/parkingnode.md).</summary>
    [Flags]
    public enum ParkingNodeFaults : byte
    {
        /// <summary>Every sensor answered.</summary>
        None = 0,

        /// <summary>The magnetometer failed: the occupied bit is the last state known, the deviation carries its fault value.</summary>
        Magnetometer = 0b0000_0001,

        /// <summary>No empty-space baseline is stored yet: occupancy is not decided.</summary>
        BaselineNotCalibrated = 0b0000_0010,

        /// <summary>The battery monitor failed: battery carries its fault value.</summary>
        BatteryMonitor = 0b0000_0100,
    }
}
