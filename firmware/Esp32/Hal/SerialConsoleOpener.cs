// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.
// Device-only code: compiled in CI against firmware/DeviceFacades, on a device build against the real packages.

using System;
using SmartCityNodes.Hal;
using SmartCityNodes.Runtime.Provisioning;

namespace SmartCityNodes.Firmware.Esp32
{
    /// <summary>
    /// <see cref="IConsolePortOpener"/> for the board's console UART: a <see cref="SerialPortAdapter"/> at
    /// <see cref="ConsoleWindow.BaudRate"/>, 8N1, opened only when a console window opens. The pins must have been routed
    /// first (<see cref="Boards.Esp32Pins.Configure"/> does it in the Program's Build).
    /// </summary>
    public sealed class SerialConsoleOpener : IConsolePortOpener
    {
        private readonly string _portName;

        /// <summary>Remembers the port; opens nothing.</summary>
        /// <param name="portName">The board's console port, "COM3" (BoardDescription.ConsoleUartPortName).</param>
        public SerialConsoleOpener(string portName)
        {
            if (portName == null)
            {
                throw new ArgumentNullException("portName");
            }

            _portName = portName;
        }

        /// <inheritdoc />
        public ISerialPort Open()
        {
            return new SerialPortAdapter(_portName, ConsoleWindow.BaudRate);
        }
    }
}
