// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using SmartCityNodes.Hal.Power;

namespace SmartCityNodes.Runtime
{
    /// <summary>What the runtime puts in a status message (filled in place, one instance per node).</summary>
    public sealed class NodeStatus
    {
        /// <summary>True for the answer to a status request, false for the start-up message.</summary>
        public bool IsReply;

        /// <summary>Why the node booted, as the HAL reported it.</summary>
        public WakeCause ResetCause;

        /// <summary>True when the boot followed a remote Reboot command (the reset cause then reads "remote reboot").</summary>
        public bool RemoteReboot;

        /// <summary>CRC-32 of the configuration in force (ConfigurationStore.Crc).</summary>
        public uint ConfigurationCrc;

        /// <summary>Battery voltage, mV (0 when unknown).</summary>
        public int BatteryMillivolts;

        /// <summary>Firmware version, major.</summary>
        public int FirmwareMajor;

        /// <summary>Firmware version, minor.</summary>
        public int FirmwareMinor;

        /// <summary>Firmware version, patch.</summary>
        public int FirmwarePatch;
    }
}
