// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

namespace SmartCityNodes.Hal
{
    /// <summary>Outcome of one I²C transfer; mirrors nanoFramework's I2cTransferStatus as a plain status.</summary>
    public enum I2cStatus
    {
        /// <summary>Every byte was transferred.</summary>
        Ok = 0,

        /// <summary>The device did not acknowledge its address (absent, unpowered or asleep).</summary>
        AddressNotAcknowledged = 1,

        /// <summary>Some bytes were transferred, then the device stopped acknowledging.</summary>
        PartialTransfer = 2,

        /// <summary>The device held SCL low for too long.</summary>
        ClockStretchTimeout = 3,

        /// <summary>Any other bus error.</summary>
        BusError = 4,
    }
}
