// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

namespace SmartCityNodes.Drivers.Sensors.Lis3mdl
{
    /// <summary>Single-bit fields of the control, status and interrupt registers (datasheet DocID024204 Rev 6, section 7).</summary>
    [System.Flags]
    internal enum RegisterBits : byte
    {
        /// <summary>No bit.</summary>
        None = 0,

        /// <summary>CTRL_REG2 SOFT_RST: configuration and user registers reset.</summary>
        SOFT_RST = 0b0000_0100,

        /// <summary>CTRL_REG3 LP: low-power mode (data rate forced to 0.625 Hz, minimum averaging).</summary>
        LP = 0b0010_0000,

        /// <summary>CTRL_REG3 MD = 00: continuous conversion.</summary>
        MD_CONTINUOUS = 0b0000_0000,

        /// <summary>CTRL_REG3 MD = 01: single conversion, then back to power-down.</summary>
        MD_SINGLE = 0b0000_0001,

        /// <summary>CTRL_REG3 MD = 11: power-down.</summary>
        MD_POWER_DOWN = 0b0000_0011,

        /// <summary>CTRL_REG5 BDU: output registers not updated until MSB and LSB have been read.</summary>
        BDU = 0b0100_0000,

        /// <summary>STATUS_REG ZYXDA: a new X, Y, Z sample is available.</summary>
        ZYXDA = 0b0000_1000,

        /// <summary>INT_CFG bit 3, which the datasheet says must be set to 1.</summary>
        INT_CFG_RESERVED_ONE = 0b0000_1000,

        /// <summary>
        /// INT_CFG IEA: 1 = interrupt active high per the datasheet (section 7.10); ST's lis3mdl_reg.h reads it the other
        /// way, so which value is written comes from <see cref="Lis3mdlInterruptPinConfiguration"/>.
        /// </summary>
        IEA = 0b0000_0100,

        /// <summary>
        /// INT_CFG LIR, inverted sense: 0 = interrupt request latched (INT held until INT_SRC is read), 1 = NOT latched
        /// (datasheet DocID024204 Rev 6, section 7.10 INT_CFG description: "LIR Latch interrupt request. Default value: 0
        /// (0: interrupt request latched; 1: interrupt request not latched)"). The same magnetometer in the LSM9DS1 has the
        /// same inverted IEL bit (ST STMems_Standard_C_drivers PR #124). ST's lis3mdl_reg.h enum and Adafruit_LIS3MDL use
        /// 1 = latched, contrary to the datasheet, so which value is written comes from
        /// <see cref="Lis3mdlInterruptPinConfiguration"/> (learnt by <see cref="Lis3mdl.CalibrateInterruptPin"/>).
        /// </summary>
        LIR = 0b0000_0010,

        /// <summary>INT_CFG IEN: interrupt enabled on the INT pin.</summary>
        IEN = 0b0000_0001,

        /// <summary>Register-address bit that enables auto-increment on multi-byte I²C reads (datasheet section 5.1.1).</summary>
        AUTO_INCREMENT = 0b1000_0000,
    }
}
