// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.
// Device-only code: compiled in CI against firmware/DeviceFacades, on a device build against the real packages.

using SmartCityNodes.Drivers.Radio.Boards;

namespace SmartCityNodes.Firmware.Esp32.Boards
{
    /// <summary>
    /// Pin maps of the two supported boards. The radio SPI pins come from drivers/Radio/Boards (the same constants the
    /// radio board profiles use); the sensor buses are chosen here, each with its source or reason.
    /// </summary>
    public static class Esp32Boards
    {
        /// <summary>
        /// LILYGO TTGO LoRa32 V2.1 (PCB T3 V1.6, ESP32 + SX1276). SPI1 = SCK 5, MOSI 27, MISO 19
        /// (<see cref="TtgoLoRa32V21"/>). I2C1 = SDA 21, SCL 22, the OLED bus, shared with the sensors
        /// (cyberman54/ESP32-Paxcounter <c>src/hal/ttgov21new.h</c>: MY_OLED_SDA 21, MY_OLED_SCL 22). Battery: GPIO35 =
        /// ADC1 channel 7 behind a 100 kΩ/100 kΩ divider (same file: ADC1_GPIO35_CHANNEL, BATT_FACTOR 2). Sensor UART COM2:
        /// RX GPIO34 (input-only, fine for RX), TX GPIO13 — our choice: not a strapping pin (GPIO12 is, and a sensor
        /// pulling it high at reset selects 1.8 V flash), but it is the SD slot's D3, so leave the card slot empty.
        /// </summary>
        /// <returns>A new pin map.</returns>
        public static Esp32BoardPins TtgoLoRa32V21Pins()
        {
            Esp32BoardPins pins = new Esp32BoardPins();
            pins.Name = "TTGO LoRa32 V2.1 (T3 V1.6)";
            pins.SpiBus = 1;
            pins.SpiClockPin = TtgoLoRa32V21.SckPin;
            pins.SpiMosiPin = TtgoLoRa32V21.MosiPin;
            pins.SpiMisoPin = TtgoLoRa32V21.MisoPin;
            pins.I2cBus = 1;
            pins.I2cDataPin = 21;
            pins.I2cClockPin = 22;
            pins.SensorUartPortName = "COM2";
            pins.SensorUartTxPin = 13;
            pins.SensorUartRxPin = 34;
            pins.BatteryAdcChannel = 7;
            pins.BatteryDividerEnablePin = -1;
            pins.VextEnablePin = -1;
            return pins;
        }

        /// <summary>
        /// Heltec WiFi LoRa 32 V3 (ESP32-S3 + SX1262). SPI1 = SCK 9, MOSI 10, MISO 11 (<see cref="HeltecWiFiLoRa32V3"/>).
        /// I2C1 = SDA 17, SCL 18, the OLED bus (Heltec V3 pin map; e.g. netrace/lunarcore <c>src/boards/heltec.rs</c>:
        /// I2C_SDA 17, I2C_SCL 18, VEXT 36, BATTERY_ADC 1); the OLED and the header's Vext pin are powered through
        /// GPIO36 (low = on). Battery: GPIO1 = ADC1 channel 0 on the S3, divider switched by GPIO37 (VBAT_CTRL; its active
        /// level differs between PCB revisions V3.0 and V3.1 — to confirm on the board in hand). Sensor UART COM2:
        /// TX GPIO48, RX GPIO47 on header J2 — our choice: GPIO43/44 are the USB-serial console, 45/46 are strapping pins.
        /// </summary>
        /// <returns>A new pin map.</returns>
        public static Esp32BoardPins HeltecWiFiLoRa32V3Pins()
        {
            Esp32BoardPins pins = new Esp32BoardPins();
            pins.Name = "Heltec WiFi LoRa 32 V3";
            pins.SpiBus = 1;
            pins.SpiClockPin = HeltecWiFiLoRa32V3.SckPin;
            pins.SpiMosiPin = HeltecWiFiLoRa32V3.MosiPin;
            pins.SpiMisoPin = HeltecWiFiLoRa32V3.MisoPin;
            pins.I2cBus = 1;
            pins.I2cDataPin = 17;
            pins.I2cClockPin = 18;
            pins.SensorUartPortName = "COM2";
            pins.SensorUartTxPin = 48;
            pins.SensorUartRxPin = 47;
            pins.BatteryAdcChannel = 0;
            pins.BatteryDividerEnablePin = 37;
            pins.VextEnablePin = 36;
            return pins;
        }
    }
}
