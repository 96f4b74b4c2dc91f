// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.
// Device-only code: compiled in CI against firmware/DeviceFacades, on a device build against the real packages.

using System;
using System.Device.Spi;
using SmartCityNodes.Hal;

namespace SmartCityNodes.Firmware.Esp32
{
    /// <summary>
    /// <see cref="ISpiDevice"/> over nanoFramework's <see cref="SpiDevice"/> (chip select driven by the SPI driver).
    /// Transfers wrap the caller's arrays in <see cref="SpanByte"/> slices, a stack-only view: nothing is allocated.
    /// </summary>
    public sealed class SpiDeviceAdapter : ISpiDevice
    {
        private readonly SpiDevice _device;

        /// <summary>Wraps an opened device.</summary>
        /// <param name="device">The nanoFramework SPI device.</param>
        public SpiDeviceAdapter(SpiDevice device)
        {
            if (device == null)
            {
                throw new ArgumentNullException("device");
            }

            _device = device;
        }

        /// <summary>Opens a device on <paramref name="busId"/> with chip select on <paramref name="chipSelectPin"/>.</summary>
        /// <param name="busId">nanoFramework SPI bus (1 = SPI1), its pins set with <see cref="Boards.Esp32Pins.Configure"/>.</param>
        /// <param name="chipSelectPin">Chip-select GPIO.</param>
        /// <param name="clockFrequencyHz">SCK frequency.</param>
        /// <param name="mode">SPI mode (Mode0 for Semtech radios).</param>
        /// <returns>The adapter.</returns>
        public static SpiDeviceAdapter Open(int busId, int chipSelectPin, int clockFrequencyHz, SpiMode mode)
        {
            SpiConnectionSettings settings = new SpiConnectionSettings(busId, chipSelectPin);
            settings.ClockFrequency = clockFrequencyHz;
            settings.Mode = mode;
            return new SpiDeviceAdapter(new SpiDevice(settings));
        }

        /// <inheritdoc/>
        public void TransferFullDuplex(byte[] writeBuffer, byte[] readBuffer, int count)
        {
            if (count <= 0)
            {
                return;
            }

            _device.TransferFullDuplex(new SpanByte(writeBuffer, 0, count), new SpanByte(readBuffer, 0, count));
        }

        /// <inheritdoc/>
        public void Write(byte[] buffer, int offset, int count)
        {
            if (count <= 0)
            {
                return;
            }

            _device.Write(new SpanByte(buffer, offset, count));
        }
    }
}
