// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using System.IO.Ports;
using SmartCityNodes.Hal;

namespace SmartCityNodes.Tools.Tests.Cli;

/// <summary>
/// Test-only: the HAL <see cref="ISerialPort"/> the node console expects, over a host System.IO.Ports port, so the
/// real console can sit on one end of a pseudo-terminal pair. <see cref="DeadAfterLines"/> makes the node go quiet
/// (the cable is pulled) after it has read that many request lines.
/// </summary>
internal sealed class SerialPortHal : ISerialPort, IDisposable
{
    private readonly SerialPort port;
    private int linesRead;
    private int deadAfterLines = -1;

    public SerialPortHal(string path)
    {
        port = new SerialPort(path, 115200, Parity.None, 8, StopBits.One) { ReadTimeout = 50 };
        port.Open();
    }

    /// <summary>Lines (LF bytes) the node has read so far.</summary>
    public int LinesRead => Volatile.Read(ref linesRead);

    /// <summary>Request lines after which nothing more is read (-1: never).</summary>
    public int DeadAfterLines { get => Volatile.Read(ref deadAfterLines); set => Volatile.Write(ref deadAfterLines, value); }

    public int BytesToRead => DeadAfterLines >= 0 && LinesRead >= DeadAfterLines ? 0 : port.BytesToRead;

    public int Read(byte[] buffer, int offset, int count)
    {
        // One byte at a time so that a line limit stops exactly at its LF.
        if (BytesToRead == 0 || count == 0)
        {
            return 0;
        }

        int n;
        try
        {
            n = port.Read(buffer, offset, 1);
        }
        catch (TimeoutException)
        {
            // System.IO.Ports on Unix may count a byte in BytesToRead before its read loop hands it over.
            return 0;
        }

        if (n == 1 && buffer[offset] == 0x0A)
        {
            Interlocked.Increment(ref linesRead);
        }

        return n;
    }

    public void Write(byte[] buffer, int offset, int count) => port.Write(buffer, offset, count);

    public void DiscardInBuffer() => port.DiscardInBuffer();

    public void Dispose() => port.Dispose();
}
