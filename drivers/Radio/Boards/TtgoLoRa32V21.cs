// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using SmartCityNodes.Drivers.Radio.Sx127x;

namespace SmartCityNodes.Drivers.Radio.Boards
{
    /// <summary>
    /// LILYGO TTGO LoRa32 V2.1 (PCB "T3 V1.6", ESP32 + SX1276/HPD13A, PA_BOOST output).
    /// Pins from the board's public pin maps: Xinyuan-LilyGO/TTGO-LoRa-Series README (V1.6 column),
    /// lnlp/LMIC-node <c>bsf_ttgo_lora32_v216.h</c> (NSS 18, RST 23, DIO0 26, DIO1 33) and
    /// cyberman54/ESP32-Paxcounter <c>src/hal/ttgov21.h</c> (SCK 5, MOSI 27, MISO 19, DIO1 33, DIO2 32).
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

        /// <summary>The radio profile: SPI1, PA_BOOST, up to +20 dBm.</summary>
        public static Sx127xBoardProfile Create()
        {
            Sx127xBoardProfile profile = new Sx127xBoardProfile();
            profile.Name = "TTGO LoRa32 V2.1 (T3 V1.6)";
            profile.SpiBus = 1;
            profile.SckPin = SckPin;
            profile.MosiPin = MosiPin;
            profile.MisoPin = MisoPin;
            profile.NssPin = NssPin;
            profile.ResetPin = ResetPin;
            profile.Dio0Pin = Dio0Pin;
            profile.Dio1Pin = Dio1Pin;
            profile.PaOutput = PaOutput.PaBoost;
            profile.MaxPowerDbm = 20;
            return profile;
        }
    }
}
