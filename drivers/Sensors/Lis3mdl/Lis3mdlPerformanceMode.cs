// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

namespace SmartCityNodes.Drivers.Sensors.Lis3mdl
{
    /// <summary>Operating mode OM[1:0] (X/Y) and OMZ[1:0] (Z): more performance = less noise, more current (datasheet table 21).</summary>
    public enum Lis3mdlPerformanceMode : byte
    {
        /// <summary>Low-power.</summary>
        LowPower = 0b00,

        /// <summary>Medium-performance.</summary>
        MediumPerformance = 0b01,

        /// <summary>High-performance.</summary>
        HighPerformance = 0b10,

        /// <summary>Ultra-high-performance.</summary>
        UltraHighPerformance = 0b11,
    }
}
