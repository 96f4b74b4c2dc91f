// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

namespace SmartCityNodes.Drivers.Sensors.Qmc5883l
{
    /// <summary>MODE[1:0] of CONTROL_1 (datasheet rev 1.0, table 18).</summary>
    public enum Qmc5883lMode : byte
    {
        /// <summary>Standby: no measurements, lowest current (the state after power-on and soft reset).</summary>
        Standby = 0b00,

        /// <summary>Continuous measurement at the selected output data rate.</summary>
        Continuous = 0b01,
    }
}
