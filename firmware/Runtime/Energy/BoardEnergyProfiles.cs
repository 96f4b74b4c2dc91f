// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

namespace SmartCityNodes.Runtime.Energy
{
    /// <summary>
    /// The three boards' energy profiles, each figure with its source. "ESTIMATE" marks a figure with no public
    /// source: measure it on the bench (docs/runtime-energy.md says how) and replace it. Factory methods, no static
    /// state: nanoCLR runs static constructors on every wake.
    /// </summary>
    public static class BoardEnergyProfiles
    {
        // ESP32 (ESP32-D0WD / PICO-D4), ESP32 Series Datasheet v3.5 Table 6 "Power Consumption by Power Modes":
        // Modem-sleep (CPU on, radio off) 240 MHz dual-core 30–68 mA, 160 MHz 27–44 mA; Light-sleep 0.8 mA;
        // Deep-sleep "RTC timer + RTC memory" 10 µA. nanoFramework's ESP32 firmware runs the CPU at 240 MHz.
        private const int Esp32CpuActiveMicroamps = 50000; // ESTIMATE inside Table 6's 30–68 mA at 240 MHz: one core interpreting, one idle
        private const int Esp32CpuIdleMicroamps = 30000;   // Table 6 lower bound at 240 MHz: both cores in the FreeRTOS idle task
        private const int Esp32LightSleepMicroamps = 800;  // Table 6 Light-sleep
        private const int Esp32DeepSleepMicroamps = 10;    // Table 6 Deep-sleep, RTC timer + RTC memory

        // ESP32-S3: light sleep 240 µA and deep sleep 8 µA (RTC memory + RTC peripherals on) / 7 µA (RTC memory only),
        // ESP32-S3 Series Datasheet "Current Consumption in Low-Power Modes" as summarised by deepbluembedded.com
        // "ESP32 Power Consumption & Sleep Modes" (table not re-read here); lucidar.me measured 8 µA deep sleep and
        // 31.7 mA awake (idle FreeRTOS delay) on an ESP32-S3-DevKitM-1 at 3.3 V.
        private const int Esp32S3CpuActiveMicroamps = 40000; // ESTIMATE: 31.7 mA measured idle + interpreter load
        private const int Esp32S3CpuIdleMicroamps = 32000;   // lucidar.me ESP32-S3-DevKitM-1 awake measurement, rounded up
        private const int Esp32S3LightSleepMicroamps = 240;  // ESP32-S3 datasheet Light-sleep (see above)
        private const int Esp32S3DeepSleepMicroamps = 8;     // ESP32-S3 datasheet Deep-sleep, RTC memory + RTC peripherals

        // Boot to managed Main per deep-sleep wake: ESP-IDF second-stage boot, nanoCLR start, assembly load.
        // No public figure: ESTIMATE 500 ms at 45 mA (middle of the 350–600 ms / 40–50 mA guess), to be measured.
        private const int BootMicroseconds = 500000;
        private const int BootMicroamps = 45000;

        // One power-loss-safe record write (two-slot store on I:\): ESTIMATE 30 ms at 50 mA (CPU active plus SPI flash
        // page program), to be measured.
        private const int FlashWriteMicroseconds = 30000;
        private const int FlashWriteMicroamps = 50000;

        // Light-sleep exit latency: ESP-IDF "Sleep Modes" describes hundreds of µs to resume; ESTIMATE 1 ms margin.
        private const int LightSleepExitMicroseconds = 1000;

        /// <summary>
        /// LILYGO TTGO LoRa32 V2.1 (T3 V1.6): ESP32 + SX1276 on PA_BOOST, AP2112K-3.3 LDO, USB-serial bridge.
        /// </summary>
        public static BoardEnergyProfile TtgoLoRa32V21()
        {
            BoardEnergyProfile profile = Esp32(new BoardEnergyProfile());
            profile.Name = "TTGO LoRa32 V2.1";

            // Diodes AP2112 datasheet, Electrical Characteristics: quiescent current IQ 55 µA typical.
            profile.RegulatorQuiescentNanoamps = 55000;

            // CP2104 / CH9102 bridge on the 3.3 V rail: ESTIMATE 100 µA (Silicon Labs CP210x "USB suspend" supply current
            // class); whether the bridge is fed from the battery rail depends on the PCB revision: measure.
            profile.UsbSerialMicroamps = 100;
            profile.OtherAlwaysOnMicroamps = 0; // the charge LED lights only while charging from USB

            // SX1276/77/78/79 datasheet rev 7, §2.5.1 Table 6 "Power Consumption": IDDSLEEP 0.2 µA; IDDR band 1 with
            // LnaBoost on 11.5 mA (the driver sets LnaBoostHf); IDDT on PA_BOOST +17 dBm 87 mA, +20 dBm 120 mA. The
            // table gives no PA_BOOST figure below +17 dBm, so lower powers are counted at 87 mA (over-counts; RFO +13 dBm
            // would be 29 mA but this board wires only PA_BOOST).
            profile.RadioSleepNanoamps = 200;
            profile.RadioReceiveMicroamps = 11500;
            profile.RadioTransmitPowerDbm = new int[] { 17, 20 };
            profile.RadioTransmitMicroamps = new int[] { 87000, 120000 };
            profile.LightSleepBetweenWakesAllowed = true;
            profile.LightSleepInWakeAllowed = true;
            return profile;
        }

        /// <summary>Heltec WiFi LoRa 32 V3: ESP32-S3 + SX1262 (DC-DC, TCXO), USB-serial bridge on the USB side.</summary>
        public static BoardEnergyProfile HeltecWiFiLoRa32V3()
        {
            BoardEnergyProfile profile = new BoardEnergyProfile();
            profile.Name = "Heltec WiFi LoRa 32 V3";
            profile.CpuActiveMicroamps = Esp32S3CpuActiveMicroamps;
            profile.CpuIdleMicroamps = Esp32S3CpuIdleMicroamps;
            profile.LightSleepMicroamps = Esp32S3LightSleepMicroamps;
            profile.DeepSleepMicroamps = Esp32S3DeepSleepMicroamps;

            // The V3 regulator is not identified here; Heltec community thread 11866 (Wireless Stick Lite V3, same
            // power path) measured "a few µA" board floor in deep sleep on battery: ESTIMATE 10 µA for regulator and rest.
            profile.RegulatorQuiescentNanoamps = 10000;
            profile.UsbSerialMicroamps = 0; // CP2102 powered from VBUS
            profile.OtherAlwaysOnMicroamps = 0;
            Sx1262DcDc(profile);

            // The same thread measured a ~7.7 mA board base current in light sleep (not the datasheet's 240 µA): light
            // sleep between wakes is not trusted on this board until measured; inside a wake it still beats 32 mA idle.
            profile.LightSleepBetweenWakesAllowed = false;
            profile.LightSleepInWakeAllowed = true;
            return profile;
        }

        /// <summary>
        /// Low-power design: ESP32 module + SX1262 (DC-DC), TI TPS7A02 LDO, no USB-serial bridge or LEDs, battery
        /// divider switched off between readings.
        /// </summary>
        public static BoardEnergyProfile LowPowerEsp32Sx1262()
        {
            BoardEnergyProfile profile = Esp32(new BoardEnergyProfile());
            profile.Name = "ESP32 + SX1262 low-power board";

            // TI TPS7A02 datasheet, Electrical Characteristics: IQ 25 nA typical (an XC6220 would be 8 µA).
            profile.RegulatorQuiescentNanoamps = 25;
            profile.UsbSerialMicroamps = 0;
            profile.OtherAlwaysOnMicroamps = 0;
            Sx1262DcDc(profile);
            profile.LightSleepBetweenWakesAllowed = true;
            profile.LightSleepInWakeAllowed = true;
            return profile;
        }

        private static BoardEnergyProfile Esp32(BoardEnergyProfile profile)
        {
            profile.CpuActiveMicroamps = Esp32CpuActiveMicroamps;
            profile.CpuIdleMicroamps = Esp32CpuIdleMicroamps;
            profile.LightSleepMicroamps = Esp32LightSleepMicroamps;
            profile.DeepSleepMicroamps = Esp32DeepSleepMicroamps;
            Common(profile);
            return profile;
        }

        private static void Sx1262DcDc(BoardEnergyProfile profile)
        {
            // DS_SX1261-2 V2.1 §3.4: Table 3-5 sleep with warm start and RC64k 1.2 µA (cold start 160 nA; the driver's
            // warm start without RTC is listed lower, 1.2 µA is kept as the bound), RX with DC-DC 4.6 mA (boosted gain
            // 5.3 mA; the driver keeps the power-saving gain); Table 3-7 SX1262 TX +14 dBm 45 mA (optimal PA settings,
            // DC-DC), +22 dBm 118 mA. Powers between the steps are counted at the next step up (over-counts).
            profile.RadioSleepNanoamps = 1200;
            profile.RadioReceiveMicroamps = 4600;
            profile.RadioTransmitPowerDbm = new int[] { 14, 22 };
            profile.RadioTransmitMicroamps = new int[] { 45000, 118000 };
            Common(profile);
        }

        private static void Common(BoardEnergyProfile profile)
        {
            profile.BootMicroseconds = BootMicroseconds;
            profile.BootMicroamps = BootMicroamps;
            profile.FlashWriteMicroseconds = FlashWriteMicroseconds;
            profile.FlashWriteMicroamps = FlashWriteMicroamps;
            profile.LightSleepExitMicroseconds = LightSleepExitMicroseconds;
        }
    }
}
