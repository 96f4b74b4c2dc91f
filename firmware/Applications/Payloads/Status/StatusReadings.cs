// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

namespace SmartCityNodes.Applications.Payloads.Status
{
    /// <summary>What the status message reports; the runtime creates one at start-up and fills it in place.</summary>
    public sealed class StatusReadings
    {
        /// <summary>Which application runs.</summary>
        public DeviceKind Device;

        /// <summary>Firmware major version, 0..255.</summary>
        public int FirmwareMajor;

        /// <summary>Firmware minor version, 0..255.</summary>
        public int FirmwareMinor;

        /// <summary>Firmware patch version, 0..255.</summary>
        public int FirmwarePatch;

        /// <summary>Why the node last started.</summary>
        public ResetCause ResetCause;

        /// <summary>CRC-32 of the configuration record in force (the runtime's record CRC).</summary>
        public uint ConfigurationCrc;

        /// <summary>Battery voltage in millivolts, or <see cref="PayloadFormat.Missing"/> (mains-powered, monitor failed).</summary>
        public int BatteryMillivolts;
    }
}
