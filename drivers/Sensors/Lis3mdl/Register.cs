// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

namespace SmartCityNodes.Drivers.Sensors.Lis3mdl
{
    /// <summary>Register map, ST LIS3MDL datasheet DocID024204 Rev 6, section 6 "Register mapping" (table 16).</summary>
    internal enum Register : byte
    {
        /// <summary>Device identification; reads 0x3D.</summary>
        WHO_AM_I = 0x0F,

        /// <summary>TEMP_EN (7), OM[1:0] (6:5) X/Y operating mode, DO[2:0] (4:2) data rate, FAST_ODR (1), ST (0). Reset 0x10.</summary>
        CTRL_REG1 = 0x20,

        /// <summary>FS[1:0] (6:5) full scale, REBOOT (3), SOFT_RST (2). Reset 0x00.</summary>
        CTRL_REG2 = 0x21,

        /// <summary>LP (5) low-power, SIM (2), MD[1:0] (1:0) operating mode. Reset 0x03 (power-down).</summary>
        CTRL_REG3 = 0x22,

        /// <summary>OMZ[1:0] (3:2) Z operating mode, BLE (1). Reset 0x00.</summary>
        CTRL_REG4 = 0x23,

        /// <summary>FAST_READ (7), BDU (6) block data update. Reset 0x00.</summary>
        CTRL_REG5 = 0x24,

        /// <summary>ZYXOR, ZOR, YOR, XOR (7:4) overrun; ZYXDA, ZDA, YDA, XDA (3:0) data available.</summary>
        STATUS_REG = 0x27,

        /// <summary>X output LSB; X, Y, Z follow as int16 little-endian in 0x28–0x2D.</summary>
        OUT_X_L = 0x28,

        /// <summary>X output MSB.</summary>
        OUT_X_H = 0x29,

        /// <summary>Y output LSB.</summary>
        OUT_Y_L = 0x2A,

        /// <summary>Y output MSB.</summary>
        OUT_Y_H = 0x2B,

        /// <summary>Z output LSB.</summary>
        OUT_Z_L = 0x2C,

        /// <summary>Z output MSB.</summary>
        OUT_Z_H = 0x2D,

        /// <summary>Temperature output LSB.</summary>
        TEMP_OUT_L = 0x2E,

        /// <summary>Temperature output MSB.</summary>
        TEMP_OUT_H = 0x2F,

        /// <summary>XIEN, YIEN, ZIEN (7:5), bit 3 must be 1, IEA (2), LIR (1), IEN (0). Reset 0xE8.</summary>
        INT_CFG = 0x30,

        /// <summary>PTH_X, PTH_Y, PTH_Z, NTH_X, NTH_Y, NTH_Z, MROI, INT; reading it clears a latched interrupt.</summary>
        INT_SRC = 0x31,

        /// <summary>Interrupt threshold LSB (unsigned 15-bit magnitude, same scale as the output).</summary>
        INT_THS_L = 0x32,

        /// <summary>Interrupt threshold MSB (bit 7 must be 0).</summary>
        INT_THS_H = 0x33,
    }
}
