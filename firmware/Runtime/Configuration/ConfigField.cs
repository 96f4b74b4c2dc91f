// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

namespace SmartCityNodes.Runtime.Configuration
{
    /// <summary>
    /// The fields of the provisioning record. The numbers are part of the console protocol and of validation
    /// results (docs/provisioning-console.md): never renumber, only add.
    /// </summary>
    public enum ConfigField : byte
    {
        /// <summary>No particular field (the record as a whole).</summary>
        None = 0,

        /// <summary>OTAA or ABP.</summary>
        Activation = 1,

        /// <summary>DevEUI (8 bytes).</summary>
        DevEui = 2,

        /// <summary>JoinEUI (8 bytes).</summary>
        JoinEui = 3,

        /// <summary>AppKey (16 bytes, write-only).</summary>
        AppKey = 4,

        /// <summary>DevAddr (4 bytes, ABP).</summary>
        DevAddr = 5,

        /// <summary>NwkSKey (16 bytes, ABP, write-only).</summary>
        NwkSKey = 6,

        /// <summary>AppSKey (16 bytes, ABP, write-only).</summary>
        AppSKey = 7,

        /// <summary>Regional channel plan (RegionId).</summary>
        Region = 8,

        /// <summary>Sub-band of a fixed channel plan (US915/AU915: 1..8; 0 = all channels / not applicable).</summary>
        SubBand = 9,

        /// <summary>Periodic report interval in seconds.</summary>
        ReportIntervalSeconds = 10,

        /// <summary>Heartbeat (status uplink) interval in seconds.</summary>
        HeartbeatIntervalSeconds = 11,

        /// <summary>Lower alarm threshold, in the application's units.</summary>
        ThresholdLow = 12,

        /// <summary>Upper alarm threshold, in the application's units.</summary>
        ThresholdHigh = 13,

        /// <summary>Confirmed uplinks on/off.</summary>
        ConfirmedUplinks = 14,

        /// <summary>Adaptive data rate on/off.</summary>
        Adr = 15,

        /// <summary>Application parameters: version byte then opaque bytes, validated by the application.</summary>
        ApplicationParameters = 16,

        /// <summary>Sensor sampling interval between uplinks, in seconds (remote-config interval id 0x01).</summary>
        SampleIntervalSeconds = 17,

        /// <summary>Periodic status message interval in seconds, 0 = off (remote-config interval id 0x03).</summary>
        StatusIntervalSeconds = 18,
    }
}
