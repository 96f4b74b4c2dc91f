// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.
// Device-only code: compiled in CI against firmware/DeviceFacades, on a device build against the real packages.

using System;
using System.Device.I2c;
using SmartCityNodes.Hal;

namespace SmartCityNodes.Firmware.Esp32
{
    /// <summary>
    /// <see cref="II2cDevice"/> over nanoFramework's <see cref="I2cDevice"/>. Each transfer wraps the caller's array in a
    /// <see cref="SpanByte"/> slice (no allocation) and maps <see cref="I2cTransferStatus"/> to <see cref="I2cStatus"/>.
    /// Bad arguments (null buffer, offset/count outside it) still throw, as misuse; anything the native bus layer throws
    /// is reported as <see cref="I2cStatus.BusError"/> so a transfer never throws into the application loop.
    /// </summary>
    public sealed class I2cDeviceAdapter : II2cDevice
    {
        private readonly I2cDevice _device;
        private readonly int _address;

        /// <summary>Wraps an opened device.</summary>
        /// <param name="device">The nanoFramework I²C device.</param>
        public I2cDeviceAdapter(I2cDevice device)
        {
            if (device == null)
            {
                throw new ArgumentNullException("device");
            }

            _device = device;
            _address = device.ConnectionSettings.DeviceAddress;
        }

        /// <summary>Opens the device at <paramref name="address"/> on <paramref name="busId"/>.</summary>
        /// <param name="busId">nanoFramework I²C bus (1 = I2C1), its pins set with <see cref="Boards.Esp32Pins.Configure"/>.</param>
        /// <param name="address">7-bit address.</param>
        /// <param name="busSpeed">Clock (FastMode = 400 kHz).</param>
        /// <returns>The adapter.</returns>
        public static I2cDeviceAdapter Open(int busId, int address, I2cBusSpeed busSpeed)
        {
            return new I2cDeviceAdapter(new I2cDevice(new I2cConnectionSettings(busId, address, busSpeed)));
        }

        /// <inheritdoc/>
        public int Address
        {
            get { return _address; }
        }

        /// <summary>The wrapped device (for bindings such as Iot.Device.Bmxx80 that take an I2cDevice).</summary>
        public I2cDevice Device
        {
            get { return _device; }
        }

        /// <inheritdoc/>
        public I2cStatus Write(byte[] buffer, int offset, int count)
        {
            SpanByte data = new SpanByte(buffer, offset, count);
            I2cTransferResult result;
            try
            {
                result = _device.Write(data);
            }
            catch (Exception)
            {
                return I2cStatus.BusError;
            }

            return ToStatus(result.Status);
        }

        /// <inheritdoc/>
        public I2cStatus Read(byte[] buffer, int offset, int count)
        {
            SpanByte data = new SpanByte(buffer, offset, count);
            I2cTransferResult result;
            try
            {
                result = _device.Read(data);
            }
            catch (Exception)
            {
                return I2cStatus.BusError;
            }

            return ToStatus(result.Status);
        }

        /// <inheritdoc/>
        public I2cStatus WriteRead(byte[] writeBuffer, int writeOffset, int writeCount, byte[] readBuffer, int readOffset, int readCount)
        {
            SpanByte written = new SpanByte(writeBuffer, writeOffset, writeCount);
            SpanByte read = new SpanByte(readBuffer, readOffset, readCount);
            I2cTransferResult result;
            try
            {
                result = _device.WriteRead(written, read);
            }
            catch (Exception)
            {
                return I2cStatus.BusError;
            }

            return ToStatus(result.Status);
        }

        /// <summary>
        /// Maps nanoFramework's transfer status to ours: FullTransfer → Ok, SlaveAddressNotAcknowledged →
        /// AddressNotAcknowledged, PartialTransfer → PartialTransfer, ClockStretchTimeout → ClockStretchTimeout,
        /// UnknownError and anything else → BusError.
        /// </summary>
        /// <param name="status">nanoFramework's status.</param>
        /// <returns>Our status.</returns>
        public static I2cStatus ToStatus(I2cTransferStatus status)
        {
            switch (status)
            {
                case I2cTransferStatus.FullTransfer:
                    return I2cStatus.Ok;
                case I2cTransferStatus.SlaveAddressNotAcknowledged:
                    return I2cStatus.AddressNotAcknowledged;
                case I2cTransferStatus.PartialTransfer:
                    return I2cStatus.PartialTransfer;
                case I2cTransferStatus.ClockStretchTimeout:
                    return I2cStatus.ClockStretchTimeout;
                default:
                    return I2cStatus.BusError;
            }
        }
    }
}
