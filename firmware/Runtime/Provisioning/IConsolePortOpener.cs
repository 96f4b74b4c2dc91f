// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using SmartCityNodes.Hal;

namespace SmartCityNodes.Runtime.Provisioning
{
    /// <summary>
    /// Opens the serial port the provisioning console listens on, only when a <see cref="ConsoleWindow"/> opens: a timer or
    /// pin wake never pays for the UART driver. On the ESP32 the board's console UART (COM3) at
    /// <see cref="ConsoleWindow.BaudRate"/>, 8N1.
    /// </summary>
    public interface IConsolePortOpener
    {
        /// <summary>Opens the port; may throw when the port cannot be opened (the window then ends without serving).</summary>
        /// <returns>The opened port.</returns>
        ISerialPort Open();
    }
}
