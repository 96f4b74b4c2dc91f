// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

namespace SmartCityNodes.Drivers.Sensors.Lis3mdl
{
    /// <summary>Axes the threshold interrupt watches: the XIEN/YIEN/ZIEN bits of INT_CFG, in place.</summary>
    [System.Flags]
    public enum Lis3mdlAxes : byte
    {
        /// <summary>No axis.</summary>
        None = 0,

        /// <summary>XIEN.</summary>
        X = 0b1000_0000,

        /// <summary>YIEN.</summary>
        Y = 0b0100_0000,

        /// <summary>ZIEN.</summary>
        Z = 0b0010_0000,

        /// <summary>All three axes.</summary>
        All = X | Y | Z,
    }
}
