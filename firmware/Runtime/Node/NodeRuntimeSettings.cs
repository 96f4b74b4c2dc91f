// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using SmartCityNodes.Runtime.Energy;
using SmartCityNodes.Runtime.Planning;

namespace SmartCityNodes.Runtime.Node
{
    /// <summary>Build-time settings of one node image (created once at start-up).</summary>
    public sealed class NodeRuntimeSettings
    {
        /// <summary>First slot of the node-state pair (docs/persistent-state.md: slots 0/1 state, 2/3 configuration).</summary>
        public int StateSlotA;

        /// <summary>Second slot of the node-state pair.</summary>
        public int StateSlotB = 1;

        /// <summary>First slot of the configuration pair.</summary>
        public int ConfigurationSlotA = 2;

        /// <summary>Second slot of the configuration pair.</summary>
        public int ConfigurationSlotB = 3;

        /// <summary>Largest MAC record, bytes (EU868 about 420 plus a postponed frame of up to 255).</summary>
        public int MacRecordCapacityBytes = 768;

        /// <summary>Uplink counters reserved per write (docs/persistent-state.md suggests 16).</summary>
        public int UplinkReservationBlock = 16;

        /// <summary>Firmware version, major (status message).</summary>
        public int FirmwareMajor = 1;

        /// <summary>Firmware version, minor.</summary>
        public int FirmwareMinor;

        /// <summary>Firmware version, patch.</summary>
        public int FirmwarePatch;

        /// <summary>Sleep of an unprovisioned node between console checks, ms (1 h).</summary>
        public int UnprovisionedSleepMilliseconds = 3600 * 1000;

        /// <summary>Delay before a reboot the runtime asks for, ms.</summary>
        public int RebootDelayMilliseconds = 1000;

        /// <summary>Board energy profile (BoardEnergyProfiles).</summary>
        public BoardEnergyProfile Profile = BoardEnergyProfiles.TtgoLoRa32V21();

        /// <summary>Battery for the energy budget (BatteryProfile.SaftLs33600 and others); null = no budget, the planner never stretches.</summary>
        public BatteryProfile Battery;

        /// <summary>Target battery life for the energy budget, days (10 years).</summary>
        public int TargetLifetimeDays = 3652;

        /// <summary>Planner policy.</summary>
        public PlannerSettings Planner = new PlannerSettings();

        /// <summary>Creates the defaults.</summary>
        public NodeRuntimeSettings()
        {
        }

        /// <summary>
        /// Conducted transmit power assumed before the MAC has transmitted in a boot, dBm (afterwards the ledger uses
        /// LoRaWanNode.LastTransmitPowerDbm): EU868's default 16 dBm EIRP (RP002-1.0.4 §2.4.3) less the 2 dBi antenna gain.
        /// </summary>
        public int TransmitPowerDbm = 14;
    }
}
