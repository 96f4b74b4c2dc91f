// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

namespace SmartCityNodes.Applications.ParkingNode
{
    /// <summary>The occupancy state machine's states (persisted; values are stable for the payload).</summary>
    public enum ParkingState : byte
    {
        /// <summary>No baseline yet: the installation calibration on the empty bay has not run.</summary>
        Uncalibrated = 0,

        /// <summary>Bay empty.</summary>
        Vacant = 1,

        /// <summary>Field deviation above the occupied threshold, waiting for the confirmation time.</summary>
        Arriving = 2,

        /// <summary>Bay occupied.</summary>
        Occupied = 3,

        /// <summary>Field deviation below the vacant threshold, waiting for the confirmation time.</summary>
        Leaving = 4,

        /// <summary>The magnetometer failed several reads in a row; occupancy unknown.</summary>
        Fault = 5,
    }
}
