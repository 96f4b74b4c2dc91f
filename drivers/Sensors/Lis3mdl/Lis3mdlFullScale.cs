// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

namespace SmartCityNodes.Drivers.Sensors.Lis3mdl
{
    /// <summary>Full scale FS[1:0] of CTRL_REG2 (datasheet table 25); sensitivity from table 3.</summary>
    public enum Lis3mdlFullScale : byte
    {
        /// <summary>±4 gauss, 6842 LSB/gauss.</summary>
        Gauss4 = 0b00,

        /// <summary>±8 gauss, 3421 LSB/gauss.</summary>
        Gauss8 = 0b01,

        /// <summary>±12 gauss, 2281 LSB/gauss.</summary>
        Gauss12 = 0b10,

        /// <summary>±16 gauss, 1711 LSB/gauss.</summary>
        Gauss16 = 0b11,
    }
}
