// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

namespace SmartCityNodes.Hal
{
    /// <summary>
    /// A device on an SPI bus with its chip select handled by the bus (nanoFramework's SpiDevice does this).
    /// Buffers are caller-owned so a driver allocates nothing per transfer.
    /// </summary>
    public interface ISpiDevice
    {
        /// <summary>Selects the device, clocks out <paramref name="count"/> bytes and clocks the same number in, deselects.</summary>
        /// <param name="writeBuffer">Bytes sent, from index 0.</param>
        /// <param name="readBuffer">Bytes received, from index 0; may be the same array as <paramref name="writeBuffer"/>.</param>
        /// <param name="count">Transfer length.</param>
        void TransferFullDuplex(byte[] writeBuffer, byte[] readBuffer, int count);

        /// <summary>Selects the device, sends bytes and deselects; what comes back is ignored.</summary>
        void Write(byte[] buffer, int offset, int count);
    }
}
