// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.
// COMPILE-TIME REFERENCE FACADE — never deployed; the device build uses the real package nanoFramework.System.Device.I2c 1.1.29.
// Signatures from the nanoFramework package's own source (github.com/nanoframework); every body is `throw null`.

namespace System.Device.I2c
{
    /// <summary>A device on an I²C bus.</summary>
    public class I2cDevice : IDisposable
    {
        /// <summary>Opens the device.</summary>
        /// <param name="settings">Bus and address.</param>
        public I2cDevice(I2cConnectionSettings settings) => throw null;

        /// <summary>The connection settings.</summary>
        public I2cConnectionSettings ConnectionSettings => throw null;

        /// <summary>Reads into the buffer.</summary>
        /// <param name="buffer">Destination.</param>
        /// <returns>Result.</returns>
        public I2cTransferResult Read(SpanByte buffer) => throw null;

        /// <summary>Writes the buffer.</summary>
        /// <param name="buffer">Source.</param>
        /// <returns>Result.</returns>
        public I2cTransferResult Write(SpanByte buffer) => throw null;

        /// <summary>Writes then reads with a repeated START.</summary>
        /// <param name="writeBuffer">Source.</param>
        /// <param name="readBuffer">Destination.</param>
        /// <returns>Result.</returns>
        public I2cTransferResult WriteRead(SpanByte writeBuffer, SpanByte readBuffer) => throw null;

        /// <inheritdoc/>
        public void Dispose() => throw null;
    }
}
