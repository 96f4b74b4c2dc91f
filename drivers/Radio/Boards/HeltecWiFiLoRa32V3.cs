// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using SmartCityNodes.Drivers.Radio.Sx126x;

namespace SmartCityNodes.Drivers.Radio.Boards
{
    /// <summary>
    /// Heltec WiFi LoRa 32 V3 (ESP32-S3 + SX1262, TCXO powered from DIO3 at 1.8 V, antenna switch on DIO2).
    /// Pins from Heltec's schematic HTIT-WB32LA(F)_V3.1 as transcribed in public board files (e.g.
    /// bitrot-alpha/lora-weather-esp32 <c>src/_common/heltec_board_pins.h</c>, mr1337357/mt-lite <c>boards/heltec_v3.h</c>):
    /// NSS 8, SCK 9, MOSI 10, MISO 11, RST 12, BUSY 13, DIO1 14.
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

        /// <summary>The radio profile: SPI1, TCXO 1.8 V on DIO3, DIO2 RF switch, DC-DC regulator, up to +22 dBm.</summary>
        public static Sx126xBoardProfile Create()
        {
            Sx126xBoardProfile profile = new Sx126xBoardProfile();
            profile.Name = "Heltec WiFi LoRa 32 V3";
            profile.SpiBus = 1;
            profile.SckPin = SckPin;
            profile.MosiPin = MosiPin;
            profile.MisoPin = MisoPin;
            profile.NssPin = NssPin;
            profile.ResetPin = ResetPin;
            profile.BusyPin = BusyPin;
            profile.Dio1Pin = Dio1Pin;
            profile.UsesTcxo = true;
            profile.TcxoVoltage = TcxoVoltage.Volts1_8;
            profile.TcxoStartupMicroseconds = TcxoStartupMicroseconds;
            profile.Dio2AsRfSwitch = true;
            profile.UseDcDcRegulator = true;
            profile.MaxPowerDbm = 22;
            return profile;
        }
    }
}
