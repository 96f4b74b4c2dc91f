// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

namespace SmartCityNodes.Runtime.Configuration
{
    /// <summary>Ranges and defaults of the configuration fields, with the reason for each.</summary>
    public static class ConfigurationLimits
    {
        /// <summary>LoRaWAN keys are AES-128 keys (L2 1.0.4 §6.1.1).</summary>
        public const int KeyLength = 16;

        /// <summary>Largest application parameter block: it must fit one console line as hex and one downlink.</summary>
        public const int MaxApplicationParametersLength = 48;

        /// <summary>
        /// Shortest report interval: 60 s. Below it an SF12 uplink (about 1.5 s of airtime at 125 kHz) would exceed the
        /// 1 % duty cycle of the EU868 g1 sub-band (ETSI EN 300 220, RP002-1.0.4 §2.4) and public networks' fair use.
        /// </summary>
        public const uint MinReportIntervalSeconds = 60;

        /// <summary>Longest report interval: one day.</summary>
        public const uint MaxReportIntervalSeconds = 86400;

        /// <summary>Shortest heartbeat: 5 minutes.</summary>
        public const uint MinHeartbeatIntervalSeconds = 300;

        /// <summary>Longest heartbeat: 7 days (a silent node is noticed within a week).</summary>
        public const uint MaxHeartbeatIntervalSeconds = 604800;

        /// <summary>Highest sub-band of a fixed plan (US915/AU915: 8 blocks of 8 channels, RP002-1.0.4 §2.5.2).</summary>
        public const int MaxSubBand = 8;

        /// <summary>True when <paramref name="seconds"/> is an allowed report interval.</summary>
        /// <param name="seconds">Interval.</param>
        public static bool IsValidReportInterval(uint seconds) => seconds >= MinReportIntervalSeconds && seconds <= MaxReportIntervalSeconds;

        /// <summary>True when <paramref name="seconds"/> is an allowed heartbeat interval (on its own; it must also not be below the report interval).</summary>
        /// <param name="seconds">Interval.</param>
        public static bool IsValidHeartbeatInterval(uint seconds) => seconds >= MinHeartbeatIntervalSeconds && seconds <= MaxHeartbeatIntervalSeconds;

        /// <summary>Default report interval: 15 minutes.</summary>
        public const uint DefaultReportIntervalSeconds = 900;

        /// <summary>Default heartbeat: 6 hours.</summary>
        public const uint DefaultHeartbeatIntervalSeconds = 21600;
    }
}
