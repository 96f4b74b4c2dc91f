// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

namespace SmartCityNodes.Applications.ParkingNode
{
    /// <summary>State changes of this wake; every one is reported.</summary>
    [System.Flags]
    public enum ParkingEvents : byte
    {
        /// <summary>Nothing changed.</summary>
        None = 0,

        /// <summary>Vacant → occupied (confirmed).</summary>
        Arrived = 0b0000_0001,

        /// <summary>Occupied → vacant (confirmed).</summary>
        Departed = 0b0000_0010,

        /// <summary>The magnetometer failed too often: state is now <see cref="ParkingState.Fault"/>.</summary>
        EnteredFault = 0b0000_0100,

        /// <summary>The magnetometer answers again: back to the state held before the fault.</summary>
        LeftFault = 0b0000_1000,

        /// <summary>A new baseline was calibrated on the empty bay.</summary>
        Calibrated = 0b0001_0000,
    }
}
