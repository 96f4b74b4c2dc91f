// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.
// COMPILE-TIME REFERENCE FACADE — never deployed; the device build uses the real package nanoFramework.System.Device.Spi 1.3.89.
// Signatures from the nanoFramework package's own source (github.com/nanoframework); every body is `throw null`.

namespace System.Device.Spi
{
    /// <summary>A device on an SPI bus; chip select handled by the driver.</summary>
    public class SpiDevice : IDisposable
    {
        /// <summary>Opens the device.</summary>
        /// <param name="settings">Settings.</param>
        public SpiDevice(SpiConnectionSettings settings) => throw null;

        /// <summary>Writes bytes (received bytes are dropped).</summary>
        /// <param name="buffer">Source.</param>
        public void Write(SpanByte buffer) => throw null;

        /// <summary>Writes and reads the same number of bytes at once.</summary>
        /// <param name="writeBuffer">Source.</param>
        /// <param name="readBuffer">Destination.</param>
        public void TransferFullDuplex(SpanByte writeBuffer, SpanByte readBuffer) => throw null;

        /// <inheritdoc/>
        public void Dispose() => throw null;
    }
}
