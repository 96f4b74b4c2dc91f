// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using SmartCityNodes.Hal;

namespace SmartCityNodes.Drivers.Sensors
{
    /// <summary>
    /// Register reads and writes over an <see cref="II2cDevice"/> with preallocated buffers, so a driver allocates
    /// nothing per transfer; bus faults come back as <see cref="SensorStatus"/> values.
    /// </summary>
    public sealed class I2cRegisters
    {
        private readonly II2cDevice _device;
        private readonly byte[] _address = new byte[1];
        private readonly byte[] _pair = new byte[2];
        private readonly byte[] _single = new byte[1];

        /// <summary>Wraps a device.</summary>
        /// <param name="device">The I²C device; not null.</param>
        public I2cRegisters(II2cDevice device)
        {
            if (device == null)
            {
                throw new System.ArgumentNullException(nameof(device));
            }

            _device = device;
        }

        /// <summary>Writes one register (START, address+W, register, value, STOP).</summary>
        /// <param name="register">Register address.</param>
        /// <param name="value">Value.</param>
        /// <returns>The bus outcome.</returns>
        public SensorStatus Write(byte register, byte value)
        {
            _pair[0] = register;
            _pair[1] = value;
            return FromI2c(_device.Write(_pair, 0, 2));
        }

        /// <summary>Reads one register (write register address, repeated START, read one byte).</summary>
        /// <param name="register">Register address.</param>
        /// <param name="value">The value read (0 on failure).</param>
        /// <returns>The bus outcome.</returns>
        public SensorStatus Read(byte register, out byte value)
        {
            _address[0] = register;
            _single[0] = 0;
            SensorStatus status = FromI2c(_device.WriteRead(_address, 0, 1, _single, 0, 1));
            value = _single[0];
            return status;
        }

        /// <summary>Reads consecutive registers in one transaction.</summary>
        /// <param name="firstRegister">Address sent on the bus (including any auto-increment flag the chip needs).</param>
        /// <param name="buffer">Destination.</param>
        /// <param name="offset">First index written in <paramref name="buffer"/>.</param>
        /// <param name="count">Number of bytes.</param>
        /// <returns>The bus outcome.</returns>
        public SensorStatus ReadBlock(byte firstRegister, byte[] buffer, int offset, int count)
        {
            _address[0] = firstRegister;
            return FromI2c(_device.WriteRead(_address, 0, 1, buffer, offset, count));
        }

        /// <summary>Maps a HAL transfer outcome to a sensor status.</summary>
        /// <param name="status">The HAL outcome.</param>
        /// <returns><see cref="SensorStatus.Ok"/>, <see cref="SensorStatus.Nack"/> or <see cref="SensorStatus.BusError"/>.</returns>
        public static SensorStatus FromI2c(I2cStatus status)
        {
            switch (status)
            {
                case I2cStatus.Ok:
                    return SensorStatus.Ok;
                case I2cStatus.AddressNotAcknowledged:
                    return SensorStatus.Nack;
                default:
                    return SensorStatus.BusError;
            }
        }
    }
}
