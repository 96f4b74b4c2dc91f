// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.
// COMPILE-TIME REFERENCE FACADE — never deployed; the device build uses the real package nanoFramework.System.Device.I2c 1.1.29.
// Signatures from the nanoFramework package's own source (github.com/nanoframework); every body is `throw null`.

namespace System.Device.I2c
{
    /// <summary>Outcome of a transfer (values in the package's declaration order).</summary>
    public enum I2cTransferStatus
    {
        /// <summary>Failed for an unknown reason.</summary>
        UnknownError = 0,

        /// <summary>Every byte was transferred.</summary>
        FullTransfer = 1,

        /// <summary>The clock was stretched for too long.</summary>
        ClockStretchTimeout = 2,

        /// <summary>The device NACKed before the end.</summary>
        PartialTransfer = 3,

        /// <summary>The address was not acknowledged.</summary>
        SlaveAddressNotAcknowledged = 4,
    }
}
