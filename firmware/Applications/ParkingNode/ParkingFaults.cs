// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

namespace SmartCityNodes.Applications.ParkingNode
{
    /// <summary>Faults of this wake, reported as flags.</summary>
    [System.Flags]
    public enum ParkingFaults : byte
    {
        /// <summary>None.</summary>
        None = 0,

        /// <summary>The magnetometer read failed (status in <see cref="ParkingReport.MagnetometerStatus"/>).</summary>
        Magnetometer = 0b0000_0001,

        /// <summary>No baseline: the installation calibration has not succeeded yet.</summary>
        Uncalibrated = 0b0000_0010,
    }
}
