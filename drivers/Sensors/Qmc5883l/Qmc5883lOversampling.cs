// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

namespace SmartCityNodes.Drivers.Sensors.Qmc5883l
{
    /// <summary>OSR[7:6] of CONTROL_1, already shifted into place: more oversampling = less noise, more current (datasheet rev 1.0, table 18).</summary>
    public enum Qmc5883lOversampling : byte
    {
        /// <summary>512 samples.</summary>
        Ratio512 = 0b0000_0000,

        /// <summary>256 samples.</summary>
        Ratio256 = 0b0100_0000,

        /// <summary>128 samples.</summary>
        Ratio128 = 0b1000_0000,

        /// <summary>64 samples.</summary>
        Ratio64 = 0b1100_0000,
    }
}
