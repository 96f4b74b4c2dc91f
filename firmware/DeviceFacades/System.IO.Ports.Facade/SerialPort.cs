// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.
// COMPILE-TIME REFERENCE FACADE — never deployed; the device build uses the real package nanoFramework.System.IO.Ports 1.1.139.
// Signatures from the nanoFramework package's own source (github.com/nanoframework); every body is `throw null`.

namespace System.IO.Ports
{
    /// <summary>A UART.</summary>
    public sealed class SerialPort : IDisposable
    {
        /// <summary>Creates a port ("COMn").</summary>
        /// <param name="portName">COM1..COM3.</param>
        /// <param name="baudRate">Baud rate.</param>
        /// <param name="parity">Parity.</param>
        /// <param name="dataBits">Data bits.</param>
        /// <param name="stopBits">Stop bits.</param>
        public SerialPort(string portName, int baudRate = 9600, Parity parity = Parity.None, int dataBits = 8, StopBits stopBits = StopBits.One) => throw null;

        /// <summary>Bytes waiting in the receive buffer.</summary>
        public int BytesToRead => throw null;

        /// <summary>Write time-out in milliseconds (default infinite).</summary>
        public int WriteTimeout
        {
            get => throw null;
            set => throw null;
        }

        /// <summary>Opens the port.</summary>
        public void Open() => throw null;

        /// <summary>Reads up to count bytes.</summary>
        /// <param name="buffer">Destination.</param>
        /// <param name="offset">Offset.</param>
        /// <param name="count">Count.</param>
        /// <returns>Bytes read.</returns>
        public int Read(byte[] buffer, int offset, int count) => throw null;

        /// <summary>Writes bytes.</summary>
        /// <param name="buffer">Source.</param>
        /// <param name="offset">Offset.</param>
        /// <param name="count">Count.</param>
        public void Write(byte[] buffer, int offset, int count) => throw null;

        /// <inheritdoc/>
        public void Dispose() => throw null;
    }
}
