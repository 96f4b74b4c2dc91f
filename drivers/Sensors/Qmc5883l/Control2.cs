// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

namespace SmartCityNodes.Drivers.Sensors.Qmc5883l
{
    /// <summary>Bits of CONTROL_2 (0x0A), QMC5883L datasheet rev 1.0, section 9.2.4.</summary>
    [System.Flags]
    internal enum Control2 : byte
    {
        /// <summary>No flag set: DRDY interrupt pin enabled, no roll-over, no reset.</summary>
        None = 0,

        /// <summary>INT_ENB: 1 disables the DRDY interrupt pin, 0 enables it.</summary>
        INT_ENB = 0b0000_0001,

        /// <summary>ROL_PNT: register pointer rolls over 0x00–0x06 on multi-byte reads.</summary>
        ROL_PNT = 0b0100_0000,

        /// <summary>SOFT_RST: restores every register to its default.</summary>
        SOFT_RST = 0b1000_0000,
    }
}
