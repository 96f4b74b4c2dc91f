// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

namespace SmartCityNodes.Drivers.Sensors.Qmc5883l
{
    /// <summary>Register map, QST QMC5883L datasheet rev 1.0, section 9.1 "Register Map" (table 13).</summary>
    internal enum Register : byte
    {
        /// <summary>Data output X LSB; X, Y, Z follow as int16 little-endian in 0x00–0x05. Reading them clears DRDY.</summary>
        XOUT_L = 0x00,

        /// <summary>Data output X MSB.</summary>
        XOUT_H = 0x01,

        /// <summary>Data output Y LSB.</summary>
        YOUT_L = 0x02,

        /// <summary>Data output Y MSB.</summary>
        YOUT_H = 0x03,

        /// <summary>Data output Z LSB.</summary>
        ZOUT_L = 0x04,

        /// <summary>Data output Z MSB.</summary>
        ZOUT_H = 0x05,

        /// <summary>Status register: DOR (bit 2), OVL (bit 1), DRDY (bit 0).</summary>
        STATUS = 0x06,

        /// <summary>Temperature output LSB (relative, 100 LSB/°C).</summary>
        TOUT_L = 0x07,

        /// <summary>Temperature output MSB.</summary>
        TOUT_H = 0x08,

        /// <summary>Control register 1: OSR[7:6], RNG[5:4], ODR[3:2], MODE[1:0]. Reset value 0x00 (standby).</summary>
        CONTROL_1 = 0x09,

        /// <summary>Control register 2: SOFT_RST (bit 7), ROL_PNT (bit 6), INT_ENB (bit 0).</summary>
        CONTROL_2 = 0x0A,

        /// <summary>SET/RESET period register (FBR); the datasheet recommends writing 0x01.</summary>
        SET_RESET_PERIOD = 0x0B,

        /// <summary>Chip ID register; reads 0xFF.</summary>
        CHIP_ID = 0x0D,
    }
}
