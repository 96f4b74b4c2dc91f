// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using SmartCityNodes.Runtime.Energy;

namespace SmartCityNodes.Simulator.Node
{
    /// <summary>
    /// Which board and battery a scenario runs on: the runtime's energy profiles (firmware/Runtime/Energy
    /// BoardEnergyProfiles, every figure with its source, docs/runtime-energy.md) and the 19 Ah Li-SOCl2 D cell.
    /// </summary>
    internal sealed class SimulatedBoard
    {
        public static readonly string[] ProfileNames = { "low-power", "ttgo", "heltec" };

        /// <summary>low-power (ESP32 + SX1262, TPS7A02 LDO, no USB bridge), ttgo (TTGO LoRa32 V2.1) or heltec (Heltec WiFi LoRa 32 V3).</summary>
        public string Profile { get; set; } = "low-power";

        /// <summary>Battery capacity override in mAh (0 = the 19 Ah Li-SOCl2 D cell's).</summary>
        public double BatteryMilliampereHours { get; set; }

        /// <summary>
        /// Managed-code time of one boot after Main (configuration and state restore, MAC start), ms: the host cannot see
        /// CPU time, so the simulator advances the RTC by this much and the runtime books it as Compute. An estimate to
        /// replace by a bench figure; the boot before Main is the profile's own figure.
        /// </summary>
        public int BootComputeMilliseconds { get; set; } = 50;

        /// <summary>
        /// Sensors on a GPIO-switched rail (a load switch on the low-power board): the A02YYUW and the PMS5003 draw nothing
        /// between readings instead of their idle currents (8 mA and 200 µA). False: always powered.
        /// </summary>
        public bool SensorRail { get; set; } = true;

        /// <summary>Deep sleep only (PlannerSettings.ForceDeepSleep): for boards or fleets that do not trust light sleep.</summary>
        public bool ForceDeepSleep { get; set; }

        public BoardEnergyProfile CreateProfile() => Profile switch
        {
            "ttgo" => BoardEnergyProfiles.TtgoLoRa32V21(),
            "heltec" => BoardEnergyProfiles.HeltecWiFiLoRa32V3(),
            _ => BoardEnergyProfiles.LowPowerEsp32Sx1262(),
        };

        public BatteryProfile CreateBattery()
        {
            var battery = BatteryProfile.LiSocl2D19Ah();
            if (BatteryMilliampereHours > 0)
            {
                battery.CapacityMicroampHours = (long)(BatteryMilliampereHours * 1000);
            }

            return battery;
        }
    }
}
