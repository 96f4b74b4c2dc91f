// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using System.IO.Ports;

namespace SmartCityNodes.Cli.Provisioning;

/// <summary>A node console on a real serial port (System.IO.Ports; 8 data bits, no parity, 1 stop bit).</summary>
public sealed class SerialConsoleStream : IConsoleStream
{
    private readonly SerialPort port;

    private SerialConsoleStream(SerialPort port) => this.port = port;

    /// <summary>Checks that <paramref name="portName"/> exists and opens it; <see cref="DeviceIoException"/> (exit 3) when it cannot.</summary>
    public static IConsoleStream Open(string portName, int baudRate)
    {
        SerialPortCheck.Require(portName);
        var port = new SerialPort(portName, baudRate, Parity.None, 8, StopBits.One) { Handshake = Handshake.None };
        try
        {
            port.Open();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or InvalidOperationException)
        {
            port.Dispose();
            var hint = e is UnauthorizedAccessException ? " (in use by another program, or add yourself to the 'dialout' group)" : string.Empty;
            throw new DeviceIoException($"cannot open serial port '{portName}': {e.Message.TrimEnd('.')}{hint}");
        }

        port.DiscardInBuffer();
        return new SerialConsoleStream(port);
    }

    /// <inheritdoc/>
    public void Write(byte[] buffer, int offset, int count)
    {
        try
        {
            port.Write(buffer, offset, count);
        }
        catch (Exception e) when (e is IOException or InvalidOperationException or TimeoutException)
        {
            throw new DeviceIoException($"serial port '{port.PortName}' failed while writing: {e.Message.TrimEnd('.')} (was the cable pulled?)");
        }
    }

    /// <inheritdoc/>
    public int Read(byte[] buffer, int offset, int count, int timeoutMs)
    {
        port.ReadTimeout = Math.Max(1, timeoutMs);
        try
        {
            return port.Read(buffer, offset, count);
        }
        catch (TimeoutException)
        {
            return 0;
        }
        catch (Exception e) when (e is IOException or InvalidOperationException)
        {
            throw new DeviceIoException($"serial port '{port.PortName}' failed while reading: {e.Message.TrimEnd('.')} (was the cable pulled?)");
        }
    }

    /// <inheritdoc/>
    public void Dispose() => port.Dispose();
}
