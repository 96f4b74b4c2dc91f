// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.
// COMPILE-TIME REFERENCE FACADE — never deployed; the device build uses the real package nanoFramework.System.Device.I2c 1.1.29.
// Signatures from the nanoFramework package's own source (github.com/nanoframework); every body is `throw null`.

namespace System.Device.I2c
{
    /// <summary>Result of one transfer.</summary>
    public struct I2cTransferResult
    {
        /// <summary>Bytes transferred.</summary>
        public uint BytesTransferred => throw null;

        /// <summary>Status.</summary>
        public I2cTransferStatus Status => throw null;
    }
}
