// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

namespace SmartCityNodes.Drivers.Sensors.Lis3mdl
{
    /// <summary>Output data rate DO[2:0] of CTRL_REG1 (datasheet table 22).</summary>
    public enum Lis3mdlDataRate : byte
    {
        /// <summary>0.625 Hz.</summary>
        Rate0_625Hz = 0b000,

        /// <summary>1.25 Hz.</summary>
        Rate1_25Hz = 0b001,

        /// <summary>2.5 Hz.</summary>
        Rate2_5Hz = 0b010,

        /// <summary>5 Hz.</summary>
        Rate5Hz = 0b011,

        /// <summary>10 Hz.</summary>
        Rate10Hz = 0b100,

        /// <summary>20 Hz.</summary>
        Rate20Hz = 0b101,

        /// <summary>40 Hz.</summary>
        Rate40Hz = 0b110,

        /// <summary>80 Hz.</summary>
        Rate80Hz = 0b111,
    }
}
