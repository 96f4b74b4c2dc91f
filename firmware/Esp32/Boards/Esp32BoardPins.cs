// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.
// Device-only code: compiled in CI against firmware/DeviceFacades, on a device build against the real packages.

namespace SmartCityNodes.Firmware.Esp32.Boards
{
    /// <summary>
    /// Which GPIOs a board gives the radio SPI bus, the sensor I²C bus, the sensor UART and the battery ADC. A plain
    /// class (nanoFramework has no records); -1 means "not connected". <see cref="Esp32Pins.Configure"/> applies it.
    /// </summary>
    public class Esp32BoardPins
    {
        /// <summary>Board name for logs.</summary>
        public string Name;

        /// <summary>nanoFramework SPI bus id of the radio (1 = SPI1, 2 = SPI2).</summary>
        public int SpiBus;

        /// <summary>SPI clock GPIO.</summary>
        public int SpiClockPin;

        /// <summary>SPI MOSI GPIO.</summary>
        public int SpiMosiPin;

        /// <summary>SPI MISO GPIO.</summary>
        public int SpiMisoPin;

        /// <summary>nanoFramework I²C bus id of the sensors (1 = I2C1, 2 = I2C2).</summary>
        public int I2cBus;

        /// <summary>I²C SDA GPIO.</summary>
        public int I2cDataPin;

        /// <summary>I²C SCL GPIO.</summary>
        public int I2cClockPin;

        /// <summary>Port name of the sensor UART ("COM2" or "COM3"; COM1 is nanoFramework's debugger link).</summary>
        public string SensorUartPortName;

        /// <summary>Sensor UART TX GPIO (MCU → sensor RX).</summary>
        public int SensorUartTxPin;

        /// <summary>Sensor UART RX GPIO (sensor TX → MCU).</summary>
        public int SensorUartRxPin;

        /// <summary>ADC channel of the battery divider (nanoFramework ADC1 channel number).</summary>
        public int BatteryAdcChannel;

        /// <summary>GPIO that switches the battery divider on, or -1 when the divider is always connected.</summary>
        public int BatteryDividerEnablePin;

        /// <summary>GPIO that switches the board's external 3.3 V rail (Vext), or -1 when there is none.</summary>
        public int VextEnablePin;
    }
}
