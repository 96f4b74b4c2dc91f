// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.
// COMPILE-TIME REFERENCE FACADE — never deployed; the device build uses the real package nanoFramework.System.Device.Spi 1.3.89.
// Signatures from the nanoFramework package's own source (github.com/nanoframework); every body is `throw null`.

namespace System.Device.Spi
{
    /// <summary>Clock polarity and phase.</summary>
    public enum SpiMode
    {
        /// <summary>CPOL 0, CPHA 0.</summary>
        Mode0 = 0,

        /// <summary>CPOL 0, CPHA 1.</summary>
        Mode1 = 1,

        /// <summary>CPOL 1, CPHA 0.</summary>
        Mode2 = 2,

        /// <summary>CPOL 1, CPHA 1.</summary>
        Mode3 = 3,
    }
}
