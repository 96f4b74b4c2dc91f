// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

namespace SmartCityNodes.Drivers.Sensors.Qmc5883l
{
    /// <summary>Bits of the STATUS register (0x06), QMC5883L datasheet rev 1.0, section 9.2.2.</summary>
    [System.Flags]
    internal enum Status : byte
    {
        /// <summary>No flag set.</summary>
        None = 0,

        /// <summary>DRDY: new data are ready; cleared when the data registers are read.</summary>
        DataReady = 0b0000_0001,

        /// <summary>OVL: a channel exceeded the selected range (output would not be valid).</summary>
        Overflow = 0b0000_0010,

        /// <summary>DOR: data were skipped because the previous sample was not read.</summary>
        DataSkipped = 0b0000_0100,
    }
}
