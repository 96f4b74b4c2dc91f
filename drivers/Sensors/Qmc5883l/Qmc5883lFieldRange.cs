// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

namespace SmartCityNodes.Drivers.Sensors.Qmc5883l
{
    /// <summary>RNG[5:4] of CONTROL_1, already shifted into place (datasheet rev 1.0, table 18).</summary>
    public enum Qmc5883lFieldRange : byte
    {
        /// <summary>±2 gauss, 12000 LSB/G.</summary>
        Gauss2 = 0b0000_0000,

        /// <summary>±8 gauss, 3000 LSB/G.</summary>
        Gauss8 = 0b0001_0000,
    }
}
