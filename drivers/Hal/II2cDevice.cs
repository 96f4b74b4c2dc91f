// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

namespace SmartCityNodes.Hal
{
    /// <summary>A device at one address on an I²C bus. Transfers never throw: a fault is an <see cref="I2cStatus"/>.</summary>
    public interface II2cDevice
    {
        /// <summary>The 7-bit device address.</summary>
        int Address { get; }

        /// <summary>Writes <paramref name="count"/> bytes in one transaction (START, address+W, data, STOP).</summary>
        I2cStatus Write(byte[] buffer, int offset, int count);

        /// <summary>Reads <paramref name="count"/> bytes in one transaction (START, address+R, data, STOP).</summary>
        I2cStatus Read(byte[] buffer, int offset, int count);

        /// <summary>Writes then reads with a repeated START between (the usual register read).</summary>
        I2cStatus WriteRead(byte[] writeBuffer, int writeOffset, int writeCount, byte[] readBuffer, int readOffset, int readCount);
    }
}
