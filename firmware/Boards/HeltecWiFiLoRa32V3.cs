// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using SmartCityNodes.Drivers.Radio.Sx126x;

namespace SmartCityNodes.Boards
{
    /// <summary>
    /// Heltec WiFi LoRa 32 V3 (ESP32-S3FN8 + SX1262, TCXO powered from DIO3 at 1.8 V, antenna switch on DIO2).
    /// Every figure and its source is in <see cref="Describe"/>. Radio pins from Heltec's schematic HTIT-WB32LA(F)_V3.1
    /// as transcribed in public board files (e.g. bitrot-alpha/lora-weather-esp32 <c>src/_common/heltec_board_pins.h</c>,
    /// mr1337357/mt-lite <c>boards/heltec_v3.h</c>): NSS 8, SCK 9, MOSI 10, MISO 11, RST 12, BUSY 13, DIO1 14.
    /// </summary>
    public static class HeltecWiFiLoRa32V3
    {
        /// <summary>SPI clock: GPIO9.</summary>
        public const int SckPin = 9;

        /// <summary>SPI MOSI: GPIO10.</summary>
        public const int MosiPin = 10;

        /// <summary>SPI MISO: GPIO11.</summary>
        public const int MisoPin = 11;

        /// <summary>SX1262 NSS: GPIO8.</summary>
        public const int NssPin = 8;

        /// <summary>SX1262 NRESET: GPIO12.</summary>
        public const int ResetPin = 12;

        /// <summary>SX1262 BUSY: GPIO13.</summary>
        public const int BusyPin = 13;

        /// <summary>SX1262 DIO1: GPIO14.</summary>
        public const int Dio1Pin = 14;

        /// <summary>TCXO start-up allowance: 5 ms (RadioLib's default for SX126x TCXO boards; the TCXO part's datasheet bounds it).</summary>
        public const int TcxoStartupMicroseconds = 5000;

        /// <summary>The board, every figure with its source.</summary>
        /// <returns>A new description.</returns>
        public static BoardDescription Describe()
        {
            BoardDescription board = new BoardDescription();
            board.Id = "heltec-wifi-lora32-v3";
            board.Name = "Heltec WiFi LoRa 32 V3";
            board.Chip = "ESP32-S3FN8";
            board.FlashMegabytes = 8;
            board.HasPsram = false;
            board.UsbSerial = "CP2102 USB-UART bridge on UART0 (the S3's native USB is not wired to the socket)";
            board.NanoffTarget = "ESP32_S3_QUAD";
            board.NanoffTargetReason = "an ESP32-S3 with quad-SPI in-package flash and no PSRAM: ESP32_S3_QUAD (defconfig: SPIRAM optional, wire protocol auto-selected between USB/JTAG and UART since nf-interpreter PR #3362, 2026-06-02, which replaced ESP32_S3_BLE_UART) reaches the CP2102 on UART0";
            board.Sources = "Heltec WiFi LoRa 32 V3 schematic HTIT-WB32LA(F)_V3.1 (ESP32-S3FN8, CP2102 on U0RXD/U0TXD); nf-interpreter targets/ESP32/CMakePresets.json and defconfig/ESP32_S3_QUAD_defconfig (CONFIG_NF_WP_TRANSPORT_USB_CDC_OR_SERIAL), commit df0676f 'Add auto select between USB/JTAG & UART (#3362)'; I2C/Vext/battery: netrace/lunarcore src/boards/heltec.rs (I2C_SDA 17, I2C_SCL 18, VEXT 36, BATTERY_ADC 1), meshtastic variants heltec_v3 (ADC_CTRL 37, ADC_MULTIPLIER 4.9), schematic 390 kΩ/100 kΩ on ADC_IN";

            board.Radio = RadioChip.Sx1262;
            board.RadioSpiBus = 1;
            board.RadioClockPin = SckPin;
            board.RadioMosiPin = MosiPin;
            board.RadioMisoPin = MisoPin;
            board.RadioSelectPin = NssPin;
            board.RadioResetPin = ResetPin;
            board.RadioDio0Pin = -1;
            board.RadioDio1Pin = Dio1Pin;
            board.RadioBusyPin = BusyPin;
            board.RadioReceiveEnablePin = -1;
            board.RadioUsesTcxo = true;
            board.RadioTcxoVoltage = TcxoVoltage.Volts1_8;
            board.RadioTcxoStartupMicroseconds = TcxoStartupMicroseconds;
            board.RadioDio2AsRfSwitch = true;
            board.RadioUsesDcDcRegulator = true;
            board.RadioMaxPowerDbm = 22;

            // I2C1 is the OLED bus, shared with the sensors; the OLED and header Vext are powered through GPIO36 (low = on).
            board.I2cBus = 1;
            board.I2cDataPin = 17;
            board.I2cClockPin = 18;

            // Our choice: GPIO43/44 are the USB-serial console and 45/46 strapping pins, so the UART uses GPIO47/48 on header J2.
            board.SensorUartPortName = "COM2";
            board.SensorUartTxPin = 48;
            board.SensorUartRxPin = 47;

            // Our choice: the console on COM3 with TX on GPIO5 and RX on GPIO4 (header J3, ADC1 pins left unused): not
            // GPIO43/44 (UART0, the CP2102 and nanoFramework's wire protocol), not a strapping pin (GPIO0/3/45/46).
            board.ConsoleUartPortName = "COM3";
            board.ConsoleUartTxPin = 5;
            board.ConsoleUartRxPin = 4;

            // Our choice: GPIO7 is an RTC GPIO on the ESP32-S3 (RTC_GPIO7, datasheet IO MUX table) on header J3.
            board.SensorWakePin = 7;
            board.SensorPowerEnablePin = 36;
            board.SensorPowerEnableActiveLow = true;

            // GPIO1 = ADC1 channel 0; 390 kΩ/100 kΩ divider switched by GPIO37 (ADC_CTRL). Its active level differs between
            // PCB revisions (V3.0 vs V3.1: sources disagree), to confirm on the board in hand.
            board.BatteryAdcPin = 1;
            board.BatteryAdcChannel = 0;
            board.BatteryDividerEnablePin = 37;
            board.BatteryDividerEnableActiveHigh = true;
            board.BatteryDividerTopOhms = 390000;
            board.BatteryDividerBottomOhms = 100000;
            board.BatteryDividerRatioThousandths = 4900;

            // ESP32-S3 ADC at 11/12 dB: ESP-IDF v4.4 ESP32-S3 ADC guide, measurable 0–3100 mV with Vout = Dout · Vmax / Dmax
            // (Vmax = 3100 mV, Dmax = 4095); 4.2 V / 4.9 = 857 mV.
            board.BatteryAdcFullScaleMillivolts = 3100;

            board.ChipDeepSleepNanoamps = 8000;
            board.RegulatorQuiescentNanoamps = -1;
            board.UsbSerialIdleNanoamps = 0;
            board.LedsNanoamps = -1;
            board.BatteryDividerNanoamps = 0;
            board.RadioSleepNanoamps = 600;
            board.BoardDeepSleepNanoamps = -1;
            board.CurrentSources = "chip: ESP32-S3 Series Datasheet, low-power-mode current table, Deep-sleep with RTC memory and RTC peripherals powered up 8 µA; radio: DS_SX1261-2 §3.4 electrical specifications, IDDSL sleep with warm start (configuration retained) 600 nA typ (our driver sleeps with warm start, Sx126x.Commands.cs); divider: switched off in sleep; CP2102: powered from VBUS, so 0 on battery (schematic; as in firmware/Runtime/Energy/BoardEnergyProfiles.cs); regulator and LEDs: no published figure found, board total to be measured";
            return board;
        }

        /// <summary>The radio driver's profile: SPI1, TCXO 1.8 V on DIO3, DIO2 RF switch, DC-DC regulator, up to +22 dBm.</summary>
        /// <returns>A new profile, built from <see cref="Describe"/>.</returns>
        public static Sx126xBoardProfile CreateRadioProfile()
        {
            return BoardRadioProfiles.CreateSx126x(Describe());
        }
    }
}
