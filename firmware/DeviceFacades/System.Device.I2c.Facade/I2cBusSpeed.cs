// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.
// COMPILE-TIME REFERENCE FACADE — never deployed; the device build uses the real package nanoFramework.System.Device.I2c 1.1.29.
// Signatures from the nanoFramework package's own source (github.com/nanoframework); every body is `throw null`.

namespace System.Device.I2c
{
    /// <summary>I²C bus speeds.</summary>
    public enum I2cBusSpeed
    {
        /// <summary>100 kHz.</summary>
        StandardMode = 0,

        /// <summary>400 kHz.</summary>
        FastMode = 1,
    }
}
