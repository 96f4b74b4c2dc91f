// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using System.IO.Ports;

namespace SmartCityNodes.Cli;

/// <summary>The check <c>scn flash</c> and <c>scn provision</c> make before they use a serial port.</summary>
public static class SerialPortCheck
{
    /// <summary>Throws <see cref="DeviceIoException"/> (exit 3) naming the ports present when <paramref name="portName"/> does not exist.</summary>
    public static void Require(string portName)
    {
        // System.IO.Ports lists the serial ports the OS knows (COMn on Windows; /dev/ttyS*, ttyUSB*, ttyACM* on Linux).
        // On Unix any existing device path is accepted too (pseudo-terminals, udev symlinks such as /dev/serial/by-id/...).
        var ports = SerialPort.GetPortNames();
        if (ports.Contains(portName, StringComparer.Ordinal) || (!OperatingSystem.IsWindows() && File.Exists(portName)))
        {
            return;
        }

        throw new DeviceIoException($"serial port '{portName}' not found; present: {(ports.Length == 0 ? "none (is the board plugged in?)" : string.Join(", ", ports))}");
    }
}
