// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

namespace SmartCityNodes.Hal
{
    /// <summary>An opened UART. Reads never block: a driver polls with its own bounded deadline.</summary>
    public interface ISerialPort
    {
        /// <summary>Bytes waiting in the receive buffer.</summary>
        int BytesToRead { get; }

        /// <summary>Copies up to <paramref name="count"/> waiting bytes; returns how many (0 when none wait).</summary>
        int Read(byte[] buffer, int offset, int count);

        /// <summary>Queues bytes for sending.</summary>
        void Write(byte[] buffer, int offset, int count);

        /// <summary>Drops everything in the receive buffer (stale frames from before a command).</summary>
        void DiscardInBuffer();
    }
}
