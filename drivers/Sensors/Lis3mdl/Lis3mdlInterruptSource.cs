// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

namespace SmartCityNodes.Drivers.Sensors.Lis3mdl
{
    /// <summary>Bits of INT_SRC (0x31), datasheet DocID024204 Rev 6, section 7.11.</summary>
    [System.Flags]
    public enum Lis3mdlInterruptSource : byte
    {
        /// <summary>Nothing pending.</summary>
        None = 0,

        /// <summary>INT: an interrupt event occurred.</summary>
        Interrupt = 0b0000_0001,

        /// <summary>MROI: internal measurement range overflow.</summary>
        RangeOverflow = 0b0000_0010,

        /// <summary>NTH_Z: Z below −threshold.</summary>
        NegativeZ = 0b0000_0100,

        /// <summary>NTH_Y: Y below −threshold.</summary>
        NegativeY = 0b0000_1000,

        /// <summary>NTH_X: X below −threshold.</summary>
        NegativeX = 0b0001_0000,

        /// <summary>PTH_Z: Z above +threshold.</summary>
        PositiveZ = 0b0010_0000,

        /// <summary>PTH_Y: Y above +threshold.</summary>
        PositiveY = 0b0100_0000,

        /// <summary>PTH_X: X above +threshold.</summary>
        PositiveX = 0b1000_0000,
    }
}
