// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.
// Device-only code: compiled in CI against firmware/DeviceFacades, on a device build against the real packages.

using System;
using System.IO.Ports;
using SmartCityNodes.Hal;

namespace SmartCityNodes.Firmware.Esp32
{
    /// <summary>
    /// <see cref="ISerialPort"/> over nanoFramework's <see cref="SerialPort"/> (8N1). Reads never block: the adapter asks
    /// for at most <see cref="SerialPort.BytesToRead"/> bytes and returns 0 when none wait, because nanoFramework's Read
    /// waits for the full count (up to ReadTimeout, infinite by default) and throws when nothing arrived. Writes are
    /// bounded by <see cref="WriteTimeoutMilliseconds"/>. Nothing is allocated after construction.
    /// </summary>
    public sealed class SerialPortAdapter : ISerialPort
    {
        /// <summary>
        /// Bound on one write: 500 ms, far above the longest command our drivers send (19-byte SDS011 command at 9600
        /// baud, 8N1: 19 × 10 bits / 9600 ≈ 20 ms).
        /// </summary>
        public const int WriteTimeoutMilliseconds = 500;

        /// <summary>Size of the scratch buffer <see cref="DiscardInBuffer"/> drains into.</summary>
        public const int DiscardChunkBytes = 32;

        /// <summary>Most reads one <see cref="DiscardInBuffer"/> makes (64 × 32 = 2048 bytes), so a babbling sensor cannot keep it busy.</summary>
        public const int MaxDiscardReads = 64;

        private readonly SerialPort _port;
        private readonly byte[] _discard = new byte[DiscardChunkBytes];

        /// <summary>Creates and opens <paramref name="portName"/> at <paramref name="baudRate"/>, 8 data bits, no parity, one stop bit.</summary>
        /// <param name="portName">"COM2" or "COM3" (COM1 carries nanoFramework's debugger link); pins set with <see cref="Boards.Esp32Pins.Configure"/>.</param>
        /// <param name="baudRate">Baud rate (9600 for all our UART sensors).</param>
        public SerialPortAdapter(string portName, int baudRate)
        {
            if (portName == null)
            {
                throw new ArgumentNullException("portName");
            }

            _port = new SerialPort(portName, baudRate, Parity.None, 8, StopBits.One);
            _port.WriteTimeout = WriteTimeoutMilliseconds;
            _port.Open();
        }

        /// <summary>Writes that failed (time-out or port error) since start-up; the driver sees them as a silent sensor.</summary>
        public int WriteFaults { get; private set; }

        /// <summary>Reads that failed inside nanoFramework since start-up (reported to the driver as "nothing waiting").</summary>
        public int ReadFaults { get; private set; }

        /// <inheritdoc/>
        public int BytesToRead
        {
            get
            {
                try
                {
                    return _port.BytesToRead;
                }
                catch (Exception)
                {
                    ReadFaults++;
                    return 0;
                }
            }
        }

        /// <inheritdoc/>
        public int Read(byte[] buffer, int offset, int count)
        {
            if (buffer == null)
            {
                throw new ArgumentNullException("buffer");
            }

            if (offset < 0 || count < 0 || offset + count > buffer.Length)
            {
                throw new ArgumentOutOfRangeException("count");
            }

            int waiting = BytesToRead;
            if (waiting <= 0 || count == 0)
            {
                return 0;
            }

            try
            {
                return _port.Read(buffer, offset, count < waiting ? count : waiting);
            }
            catch (Exception)
            {
                ReadFaults++;
                return 0;
            }
        }

        /// <inheritdoc/>
        public void Write(byte[] buffer, int offset, int count)
        {
            if (buffer == null)
            {
                throw new ArgumentNullException("buffer");
            }

            if (count <= 0)
            {
                return;
            }

            try
            {
                _port.Write(buffer, offset, count);
            }
            catch (Exception)
            {
                WriteFaults++;
            }
        }

        /// <inheritdoc/>
        /// <remarks>nanoFramework's SerialPort has no DiscardInBuffer: this drains into a fixed scratch buffer, at most <see cref="MaxDiscardReads"/> reads.</remarks>
        public void DiscardInBuffer()
        {
            for (int i = 0; i < MaxDiscardReads; i++)
            {
                if (Read(_discard, 0, _discard.Length) == 0)
                {
                    return;
                }
            }
        }
    }
}
