// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using SmartCityNodes.Drivers.Radio.Sx126x;

namespace SmartCityNodes.Boards
{
    /// <summary>
    /// The low-power node: a DFRobot FireBeetle 2 ESP32-E (DFR0654, ESP32-WROOM-32E, LiPo charger, "Low Power Pad" that
    /// disconnects the RGB LED) with an Ebyte E22-900M22S SX1262 module (TCXO on DIO3, external RF switch) wired by us.
    /// Both parts are sold off the shelf; the wiring between them is this project's reference wiring, documented in
    /// firmware/Boards/README.md. Every figure and its source is in <see cref="Describe"/>.
    /// </summary>
    public static class FireBeetleEsp32ESx1262
    {
        /// <summary>TCXO start-up allowance: 5 ms, as for the Heltec V3 (RadioLib's default for SX126x TCXO boards).</summary>
        public const int TcxoStartupMicroseconds = 5000;

        /// <summary>The board, every figure with its source.</summary>
        /// <returns>A new description.</returns>
        public static BoardDescription Describe()
        {
            BoardDescription board = new BoardDescription();
            board.Id = "firebeetle2-esp32e-e22";
            board.Name = "DFRobot FireBeetle 2 ESP32-E (DFR0654) + Ebyte E22-900M22S, SmartCityNodes reference wiring";
            board.Chip = "ESP32-WROOM-32E (ESP32-D0WD-V3)";
            board.FlashMegabytes = 4;
            board.HasPsram = false;
            board.UsbSerial = "USB-UART bridge on UART0, powered from USB (the board runs from the LiPo through its own regulator)";
            board.NanoffTarget = "ESP32_REV3";
            board.NanoffTargetReason = "a chip revision 3 ESP32 (ESP32-D0WD-V3 in the WROOM-32E) with 4 MB flash and no PSRAM: ESP32_REV3 is nanoFramework's target for revision 3 silicon without SPIRAM, wire protocol on UART0";
            board.Sources = "DFRobot wiki FireBeetle_Board_ESP32_E_SKU_DFR0654 (module, pinout, Low Power Pad); Espressif ESP32-WROOM-32E datasheet (ESP32-D0WD-V3, 4 MB flash variant); nf-interpreter targets/ESP32/CMakePresets.json ESP32_REV3; battery divider on GPIO34, ratio 2: DFR0654 schematic as used in public FireBeetle battery tests; E22-900M22S: Ebyte user manual (SX1262, TCXO, TXEN/RXEN RF switch pins, +22 dBm), meshtastic SX126X_DIO3_TCXO_VOLTAGE 1.8 for E22 modules";

            // Our reference wiring on the ESP32's VSPI pins (ESP32 TRM IO_MUX: VSPICLK 18, VSPID 23, VSPIQ 19, VSPICS0 5).
            // E22 TXEN is linked to the SX1262's DIO2 on the carrier (the chip drives it high during TX); RXEN goes to
            // GPIO13, to be driven high while receiving and low otherwise (never both high: E22 manual).
            board.Radio = RadioChip.Sx1262;
            board.RadioSpiBus = 1;
            board.RadioClockPin = 18;
            board.RadioMosiPin = 23;
            board.RadioMisoPin = 19;
            board.RadioSelectPin = 5;
            board.RadioResetPin = 25;
            board.RadioDio0Pin = -1;
            board.RadioDio1Pin = 27;
            board.RadioBusyPin = 26;
            board.RadioReceiveEnablePin = 13;
            board.RadioUsesTcxo = true;
            board.RadioTcxoVoltage = TcxoVoltage.Volts1_8;
            board.RadioTcxoStartupMicroseconds = TcxoStartupMicroseconds;
            board.RadioDio2AsRfSwitch = true;
            board.RadioUsesDcDcRegulator = true;
            board.RadioMaxPowerDbm = 22;

            // FireBeetle's SDA/SCL header pins.
            board.I2cBus = 1;
            board.I2cDataPin = 21;
            board.I2cClockPin = 22;

            // GPIO16/17 are free on the WROOM-32E (the WROVER uses them for PSRAM).
            board.SensorUartPortName = "COM2";
            board.SensorUartTxPin = 17;
            board.SensorUartRxPin = 16;

            // Our choice: the console on COM3 with TX on GPIO14 and RX on GPIO4, both free on the header, neither a strapping
            // pin (GPIO0/2/5/12/15) nor input-only (RX needs the UART driver's pull-up); GPIO13 is the E22's RXEN.
            board.ConsoleUartPortName = "COM3";
            board.ConsoleUartTxPin = 14;
            board.ConsoleUartRxPin = 4;

            // GPIO35: input-only RTC GPIO (RTC_GPIO5, ESP32 Series Datasheet "RTC Function" pin list), free on the header;
            // the ParkingNode image wires the LIS3MDL's INT here and wakes on its HIGH level (ext0).
            board.SensorWakePin = 35;
            // Our carrier's sensor rail: a load switch (TI TPS22917 class: EN active high, nA-level off leakage — check the
            // part you fit) on GPIO33, free on the header and no strapping pin, with a 100 kΩ pull-down on EN so the rail
            // is off through reset and deep sleep (the ESP32 leaves its GPIOs floating there). The ultrasonic rangers
            // have no sleep mode (8 mA idle): without this rail a BinNode would not last a year.
            board.SensorPowerEnablePin = 33;
            board.SensorPowerEnableActiveLow = false;

            // GPIO34 = ADC1 channel 6, on-board divider halving the battery voltage, always connected.
            board.BatteryAdcPin = 34;
            board.BatteryAdcChannel = 6;
            board.BatteryDividerEnablePin = -1;
            board.BatteryDividerEnableActiveHigh = false;
            board.BatteryDividerTopOhms = -1;
            board.BatteryDividerBottomOhms = -1;
            board.BatteryDividerRatioThousandths = 2000;
            // ESP32 ADC at 11 dB: ESP-IDF adc.h "11dB attenuation (ADC_ATTEN_DB_11) gives full-scale voltage 3.9V" (Vref
            // 1.1 V × 10^(11/20) = 3.9 V); accurate between 150 and 2450 mV, where 4.2 V / 2 = 2.1 V lies.
            board.BatteryAdcFullScaleMillivolts = 3900;

            board.ChipDeepSleepNanoamps = 10000;
            board.RegulatorQuiescentNanoamps = -1;
            board.UsbSerialIdleNanoamps = 0;
            board.LedsNanoamps = 0;
            board.BatteryDividerNanoamps = -1;
            board.RadioSleepNanoamps = 600;
            board.BoardDeepSleepNanoamps = 23000;
            board.CurrentSources = "chip: ESP32 Series Datasheet, Deep-sleep RTC timer + RTC memory 10 µA; board: 23 µA in deep sleep on LiPo with the Low Power Pad cut (Torxgewinde/Firebeetle-2-ESP32-E README; antoinecellerier/firebeetle-esp32-e-thermometer measured an ~18 µA floor with a PPK2), regulator and divider included, radio not; LEDs: none lit once the Low Power Pad is cut; USB bridge: unpowered without USB; radio: DS_SX1261-2 IDDSL warm start 600 nA typ";
            return board;
        }

        /// <summary>The radio driver's profile: SPI1 (VSPI pins), TCXO 1.8 V on DIO3, DIO2 drives TXEN, DC-DC, up to +22 dBm.</summary>
        /// <returns>A new profile, built from <see cref="Describe"/>.</returns>
        public static Sx126xBoardProfile CreateRadioProfile()
        {
            return BoardRadioProfiles.CreateSx126x(Describe());
        }
    }
}
