// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.
// COMPILE-TIME REFERENCE FACADE — never deployed; the device build uses the real package nanoFramework.System.Device.I2c 1.1.29.
// Signatures from the nanoFramework package's own source (github.com/nanoframework); every body is `throw null`.

namespace System.Device.I2c
{
    /// <summary>Bus and address of an I²C device.</summary>
    public sealed class I2cConnectionSettings
    {
        /// <summary>Creates settings.</summary>
        /// <param name="busId">Bus (1 or 2 on ESP32).</param>
        /// <param name="deviceAddress">7-bit address.</param>
        /// <param name="busSpeed">Clock.</param>
        public I2cConnectionSettings(int busId, int deviceAddress, I2cBusSpeed busSpeed) => throw null;

        /// <summary>The bus.</summary>
        public int BusId => throw null;

        /// <summary>The 7-bit address.</summary>
        public int DeviceAddress => throw null;
    }
}
