// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

namespace SmartCityNodes.Applications.ParkingNode
{
    /// <summary>Magnetometer axes a threshold interrupt watches (chip-neutral; the LIS3MDL watch maps them onto INT_CFG).</summary>
    [System.Flags]
    public enum ParkingAxes : byte
    {
        /// <summary>No axis.</summary>
        None = 0,

        /// <summary>X axis.</summary>
        X = 0b001,

        /// <summary>Y axis.</summary>
        Y = 0b010,

        /// <summary>Z axis.</summary>
        Z = 0b100,

        /// <summary>All three axes.</summary>
        All = X | Y | Z,
    }
}
