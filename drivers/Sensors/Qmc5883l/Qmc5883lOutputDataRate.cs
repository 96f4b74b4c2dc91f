// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

namespace SmartCityNodes.Drivers.Sensors.Qmc5883l
{
    /// <summary>ODR[3:2] of CONTROL_1, already shifted into place (datasheet rev 1.0, table 18).</summary>
    public enum Qmc5883lOutputDataRate : byte
    {
        /// <summary>10 Hz.</summary>
        Rate10Hz = 0b0000_0000,

        /// <summary>50 Hz.</summary>
        Rate50Hz = 0b0000_0100,

        /// <summary>100 Hz.</summary>
        Rate100Hz = 0b0000_1000,

        /// <summary>200 Hz.</summary>
        Rate200Hz = 0b0000_1100,
    }
}
