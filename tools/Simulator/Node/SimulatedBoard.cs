// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using SmartCityNodes.Runtime.Energy;

namespace SmartCityNodes.Simulator.Node
{
    /// <summary>
    /// Which board and battery a scenario runs on: the runtime's energy profiles (firmware/Runtime/Energy
    /// BoardEnergyProfiles, every figure with its source, docs/runtime-energy.md) and the Saft LS 33600 cell.
    /// </summary>
    internal sealed class SimulatedBoard
    {
        public static readonly string[] ProfileNames = { "low-power", "ttgo", "heltec" };

        /// <summary>low-power (ESP32 + SX1262, TPS7A02 LDO, no USB bridge), ttgo (TTGO LoRa32 V2.1) or heltec (Heltec WiFi LoRa 32 V3).</summary>
        public string Profile { get; set; } = "low-power";

        /// <summary>Battery capacity override in mAh (0 = the Saft LS 33600's 17 Ah).</summary>
        public double BatteryMilliampereHours { get; set; }

        /// <summary>
        /// CPU time per wake after Main (restore, decide, encode, save), ms, booked at the board's awake-active current.
        /// An assumption to replace by a bench figure; the boot before Main is the profile's own figure.
        /// </summary>
        public int ComputeMillisecondsPerWake { get; set; } = 50;

        public BoardEnergyProfile CreateProfile() => Profile switch
        {
            "ttgo" => BoardEnergyProfiles.TtgoLoRa32V21(),
            "heltec" => BoardEnergyProfiles.HeltecWiFiLoRa32V3(),
            _ => BoardEnergyProfiles.LowPowerEsp32Sx1262(),
        };

        public BatteryProfile CreateBattery()
        {
            var battery = BatteryProfile.SaftLs33600();
            if (BatteryMilliampereHours > 0)
            {
                battery.CapacityMicroampHours = (long)(BatteryMilliampereHours * 1000);
            }

            return battery;
        }
    }
}
