// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.
// Device-only code: compiled in CI against firmware/DeviceFacades, on a device build against the real packages.

using System;
using nanoFramework.Hardware.Esp32;
using SmartCityNodes.Boards;

namespace SmartCityNodes.Firmware.Esp32.Boards
{
    /// <summary>
    /// Routes a board's SPI, I²C and UART signals through the ESP32 GPIO matrix with
    /// <see cref="Configuration.SetPinFunction"/>. The pin numbers come from the board's <see cref="BoardDescription"/>
    /// (firmware/Boards); this class holds none. Call once at start-up, before opening any SpiDevice, I2cDevice or
    /// SerialPort. SPI chip select is not a pin function: it is the chipSelectLine given to the SPI device.
    /// </summary>
    public static class Esp32Pins
    {
        /// <summary>Applies <paramref name="board"/>'s radio SPI, sensor I²C, sensor UART and console UART pins.</summary>
        /// <param name="board">The board, e.g. <see cref="TtgoLoRa32V21.Describe"/>.</param>
        public static void Configure(BoardDescription board)
        {
            if (board == null)
            {
                throw new ArgumentNullException("board");
            }

            ConfigureSpi(board.RadioSpiBus, board.RadioClockPin, board.RadioMosiPin, board.RadioMisoPin);
            ConfigureI2c(board.I2cBus, board.I2cDataPin, board.I2cClockPin);
            if (board.SensorUartPortName != null && board.SensorUartTxPin >= 0 && board.SensorUartRxPin >= 0)
            {
                ConfigureUart(board.SensorUartPortName, board.SensorUartTxPin, board.SensorUartRxPin);
            }

            if (board.ConsoleUartPortName != null && board.ConsoleUartTxPin >= 0 && board.ConsoleUartRxPin >= 0)
            {
                ConfigureUart(board.ConsoleUartPortName, board.ConsoleUartTxPin, board.ConsoleUartRxPin);
            }
        }

        /// <summary>Routes SPI1 or SPI2 to the given GPIOs.</summary>
        /// <param name="busId">1 or 2.</param>
        /// <param name="clockPin">SCK GPIO.</param>
        /// <param name="mosiPin">MOSI GPIO.</param>
        /// <param name="misoPin">MISO GPIO.</param>
        public static void ConfigureSpi(int busId, int clockPin, int mosiPin, int misoPin)
        {
            switch (busId)
            {
                case 1:
                    Configuration.SetPinFunction(clockPin, DeviceFunction.SPI1_CLOCK);
                    Configuration.SetPinFunction(mosiPin, DeviceFunction.SPI1_MOSI);
                    Configuration.SetPinFunction(misoPin, DeviceFunction.SPI1_MISO);
                    break;
                case 2:
                    Configuration.SetPinFunction(clockPin, DeviceFunction.SPI2_CLOCK);
                    Configuration.SetPinFunction(mosiPin, DeviceFunction.SPI2_MOSI);
                    Configuration.SetPinFunction(misoPin, DeviceFunction.SPI2_MISO);
                    break;
                default:
                    throw new ArgumentOutOfRangeException("busId");
            }
        }

        /// <summary>Routes I2C1 or I2C2 to the given GPIOs.</summary>
        /// <param name="busId">1 or 2.</param>
        /// <param name="dataPin">SDA GPIO.</param>
        /// <param name="clockPin">SCL GPIO.</param>
        public static void ConfigureI2c(int busId, int dataPin, int clockPin)
        {
            switch (busId)
            {
                case 1:
                    Configuration.SetPinFunction(dataPin, DeviceFunction.I2C1_DATA);
                    Configuration.SetPinFunction(clockPin, DeviceFunction.I2C1_CLOCK);
                    break;
                case 2:
                    Configuration.SetPinFunction(dataPin, DeviceFunction.I2C2_DATA);
                    Configuration.SetPinFunction(clockPin, DeviceFunction.I2C2_CLOCK);
                    break;
                default:
                    throw new ArgumentOutOfRangeException("busId");
            }
        }

        /// <summary>Routes COM2 or COM3 to the given GPIOs.</summary>
        /// <param name="portName">"COM2" or "COM3".</param>
        /// <param name="txPin">TX GPIO.</param>
        /// <param name="rxPin">RX GPIO.</param>
        public static void ConfigureUart(string portName, int txPin, int rxPin)
        {
            switch (portName)
            {
                case "COM2":
                    Configuration.SetPinFunction(txPin, DeviceFunction.COM2_TX);
                    Configuration.SetPinFunction(rxPin, DeviceFunction.COM2_RX);
                    break;
                case "COM3":
                    Configuration.SetPinFunction(txPin, DeviceFunction.COM3_TX);
                    Configuration.SetPinFunction(rxPin, DeviceFunction.COM3_RX);
                    break;
                default:
                    throw new ArgumentOutOfRangeException("portName");
            }
        }
    }
}
