// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using SmartCityNodes.Drivers.Radio.Sx127x;

namespace SmartCityNodes.Boards
{
    /// <summary>
    /// LILYGO TTGO LoRa32 V2.1 (PCB "T3 V1.6.1", ESP32-PICO-D4 + SX1276/HPD13A, PA_BOOST output). Every figure and its
    /// source is in <see cref="Describe"/>; the radio pins are also constants for code that needs them at compile time.
    /// Radio pins from the board's public pin maps: Xinyuan-LilyGO/TTGO-LoRa-Series README (V1.6 column),
    /// lnlp/LMIC-node <c>bsf_ttgo_lora32_v216.h</c> (NSS 18, RST 23, DIO0 26, DIO1 33) and cyberman54/ESP32-Paxcounter
    /// <c>src/hal/ttgov21.h</c> (SCK 5, MOSI 27, MISO 19, DIO1 33, DIO2 32).
    /// </summary>
    public static class TtgoLoRa32V21
    {
        /// <summary>SPI clock: GPIO5.</summary>
        public const int SckPin = 5;

        /// <summary>SPI MOSI: GPIO27.</summary>
        public const int MosiPin = 27;

        /// <summary>SPI MISO: GPIO19.</summary>
        public const int MisoPin = 19;

        /// <summary>SX1276 NSS: GPIO18.</summary>
        public const int NssPin = 18;

        /// <summary>SX1276 NRESET: GPIO23.</summary>
        public const int ResetPin = 23;

        /// <summary>SX1276 DIO0: GPIO26.</summary>
        public const int Dio0Pin = 26;

        /// <summary>SX1276 DIO1: GPIO33 (wired on the V1.6 PCB).</summary>
        public const int Dio1Pin = 33;

        /// <summary>The board, every figure with its source.</summary>
        /// <returns>A new description.</returns>
        public static BoardDescription Describe()
        {
            BoardDescription board = new BoardDescription();
            board.Id = "ttgo-lora32-v21";
            board.Name = "LILYGO TTGO LoRa32 V2.1 (PCB T3 V1.6.1)";
            board.Chip = "ESP32-PICO-D4";
            board.FlashMegabytes = 4;
            board.HasPsram = false;
            board.UsbSerial = "CH9102 USB-UART bridge on UART0";
            board.NanoffTarget = "ESP32_PICO";
            board.NanoffTargetReason = "the ESP32-PICO-D4 system-in-package without PSRAM: nanoFramework's ESP32_PICO target is built for it (no SPIRAM, 4 MB flash, wire protocol on UART0)";
            board.Sources = "Xinyuan-LilyGO/LilyGo-LoRa-Series docs/en/t3_v161_sx1276 (SOC ESP32-PICO-D4, 4 MB flash, no PSRAM); nf-interpreter targets/ESP32/CMakePresets.json ESP32_PICO; radio pins: TTGO-LoRa-Series README V1.6 column, lnlp/LMIC-node bsf_ttgo_lora32_v216.h, cyberman54/ESP32-Paxcounter src/hal/ttgov21.h; I2C and battery: ESP32-Paxcounter src/hal/ttgov21new.h (MY_OLED_SDA 21, MY_OLED_SCL 22, ADC1_GPIO35_CHANNEL, BATT_FACTOR 2)";

            board.Radio = RadioChip.Sx1276;
            board.RadioSpiBus = 1;
            board.RadioClockPin = SckPin;
            board.RadioMosiPin = MosiPin;
            board.RadioMisoPin = MisoPin;
            board.RadioSelectPin = NssPin;
            board.RadioResetPin = ResetPin;
            board.RadioDio0Pin = Dio0Pin;
            board.RadioDio1Pin = Dio1Pin;
            board.RadioBusyPin = -1;
            board.RadioReceiveEnablePin = -1;
            board.RadioUsesPaBoost = true;
            board.RadioMaxPowerDbm = 20;

            // I2C1 is the OLED bus, shared with the sensors.
            board.I2cBus = 1;
            board.I2cDataPin = 21;
            board.I2cClockPin = 22;

            // Our choice: GPIO12 (the usual GNSS TX) is a strapping pin that selects 1.8 V flash if a sensor pulls it
            // high at reset, so TX is GPIO13 (the SD slot's D3: leave the card slot empty); GPIO34 is input-only, fine for RX.
            board.SensorUartPortName = "COM2";
            board.SensorUartTxPin = 13;
            board.SensorUartRxPin = 34;

            // Our choice: the console on COM3 with TX on GPIO14 (the SD slot's SCK, free with the slot empty; not a strapping
            // pin) and RX on GPIO4 (pulled up by the UART driver, unlike the input-only GPIO34-39); GPIO25 carries the LED,
            // GPIO32 the radio's DIO2, GPIO0/2/12/15 are strapping pins. Check the header silkscreen on the board in hand.
            board.ConsoleUartPortName = "COM3";
            board.ConsoleUartTxPin = 14;
            board.ConsoleUartRxPin = 4;

            // Our choice: GPIO39 is an RTC GPIO (ESP32 datasheet, RTC_GPIO3) and input-only, so a sensor interrupt can wake
            // the chip with ext0/ext1 without touching the radio or strapping pins.
            board.SensorWakePin = 39;
            board.SensorPowerEnablePin = -1;
            board.SensorPowerEnableActiveLow = false;

            // GPIO35 = ADC1 channel 7 behind a 100 kΩ/100 kΩ divider that is always connected.
            board.BatteryAdcPin = 35;
            board.BatteryAdcChannel = 7;
            board.BatteryDividerEnablePin = -1;
            board.BatteryDividerEnableActiveHigh = false;
            board.BatteryDividerTopOhms = 100000;
            board.BatteryDividerBottomOhms = 100000;
            board.BatteryDividerRatioThousandths = 2000;
            // ESP32 ADC at 11 dB: ESP-IDF adc.h "11dB attenuation (ADC_ATTEN_DB_11) gives full-scale voltage 3.9V" (Vref
            // 1.1 V × 10^(11/20) = 3.9 V); accurate between 150 and 2450 mV, where 4.2 V / 2 = 2.1 V lies.
            board.BatteryAdcFullScaleMillivolts = 3900;

            board.ChipDeepSleepNanoamps = 10000;
            board.RegulatorQuiescentNanoamps = 55000;
            board.UsbSerialIdleNanoamps = -1;
            board.LedsNanoamps = -1;
            board.BatteryDividerNanoamps = 21000;
            board.RadioSleepNanoamps = 200;
            board.BoardDeepSleepNanoamps = -1;
            board.CurrentSources = "chip: ESP32 Series Datasheet, 'Power Consumption by Power Modes', Deep-sleep RTC timer + RTC memory 10 µA; radio: SX1276 datasheet Table 6, IDDSLEEP 0.2 µA typ; divider: 4.2 V / 200 kΩ = 21 µA (always connected); regulator: AP2112K-3.3 (part as identified in firmware/Runtime/Energy/BoardEnergyProfiles.cs), Diodes AP2112 datasheet IQ 55 µA typ; CH9102 on battery and LEDs: no published figure found, board total to be measured";
            return board;
        }

        /// <summary>The radio driver's profile: SPI1, PA_BOOST, up to +20 dBm.</summary>
        /// <returns>A new profile, built from <see cref="Describe"/>.</returns>
        public static Sx127xBoardProfile CreateRadioProfile()
        {
            return BoardRadioProfiles.CreateSx127x(Describe());
        }
    }
}
