// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.
// COMPILE-TIME REFERENCE FACADE — never deployed; the device build uses the real package nanoFramework.Hardware.Esp32 1.6.42.
// Signatures from the nanoFramework package's own source (github.com/nanoframework); every body is `throw null`.

namespace nanoFramework.Hardware.Esp32
{
    /// <summary>
    /// Pin functions, encoded as device type × 0x10000 + device index × 0x100 + signal (SPI = 1, I2C = 2, SERIAL = 3).
    /// Only the members our boards use.
    /// </summary>
    public enum DeviceFunction
    {
        /// <summary>SPI1 MOSI: 1 × 0x10000 + 1 × 0x100 + 0.</summary>
        SPI1_MOSI = 0x10100,

        /// <summary>SPI1 MISO: 1 × 0x10000 + 1 × 0x100 + 1.</summary>
        SPI1_MISO = 0x10101,

        /// <summary>SPI1 clock: 1 × 0x10000 + 1 × 0x100 + 2.</summary>
        SPI1_CLOCK = 0x10102,

        /// <summary>SPI2 MOSI: 1 × 0x10000 + 2 × 0x100 + 0.</summary>
        SPI2_MOSI = 0x10200,

        /// <summary>SPI2 MISO: 1 × 0x10000 + 2 × 0x100 + 1.</summary>
        SPI2_MISO = 0x10201,

        /// <summary>SPI2 clock: 1 × 0x10000 + 2 × 0x100 + 2.</summary>
        SPI2_CLOCK = 0x10202,

        /// <summary>I2C1 SDA: 2 × 0x10000 + 1 × 0x100 + 0.</summary>
        I2C1_DATA = 0x20100,

        /// <summary>I2C1 SCL: 2 × 0x10000 + 1 × 0x100 + 1.</summary>
        I2C1_CLOCK = 0x20101,

        /// <summary>I2C2 SDA: 2 × 0x10000 + 2 × 0x100 + 0.</summary>
        I2C2_DATA = 0x20200,

        /// <summary>I2C2 SCL: 2 × 0x10000 + 2 × 0x100 + 1.</summary>
        I2C2_CLOCK = 0x20201,

        /// <summary>COM2 TX: 3 × 0x10000 + 2 × 0x100 + 0.</summary>
        COM2_TX = 0x30200,

        /// <summary>COM2 RX: 3 × 0x10000 + 2 × 0x100 + 1.</summary>
        COM2_RX = 0x30201,

        /// <summary>COM3 TX: 3 × 0x10000 + 3 × 0x100 + 0.</summary>
        COM3_TX = 0x30300,

        /// <summary>COM3 RX: 3 × 0x10000 + 3 × 0x100 + 1.</summary>
        COM3_RX = 0x30301,
    }
}
