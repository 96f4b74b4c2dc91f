// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

namespace SmartCityNodes.Runtime.Configuration
{
    /// <summary>
    /// Ranges and defaults of the configuration fields, with the reason for each. The interval ranges are the ones of
    /// the remote-configuration contract (docs/payloads/remote-config.md, "Intervals"); the downlink parser, the
    /// provisioning console and <see cref="NodeConfiguration.Validate"/> all use these, so each range has one definition.
    /// </summary>
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

        /// <summary>Longest report interval: 30 days (docs/payloads/remote-config.md).</summary>
        public const uint MaxReportIntervalSeconds = 2592000;

        /// <summary>Shortest heartbeat (ParkingNode periodic uplink): 60 s, for the same duty-cycle reason as the report interval.</summary>
        public const uint MinHeartbeatIntervalSeconds = 60;

        /// <summary>Longest heartbeat: 30 days (docs/payloads/remote-config.md).</summary>
        public const uint MaxHeartbeatIntervalSeconds = 2592000;

        /// <summary>Shortest sensor sampling interval between uplinks: 1 s (sampling sends nothing).</summary>
        public const uint MinSampleIntervalSeconds = 1;

        /// <summary>Longest sampling interval: one day (docs/payloads/remote-config.md).</summary>
        public const uint MaxSampleIntervalSeconds = 86400;

        /// <summary>Status interval meaning "no periodic status message".</summary>
        public const uint StatusIntervalOff = 0;

        /// <summary>Shortest periodic status interval: one hour (a status message is larger than a reading, docs/payloads/status.md).</summary>
        public const uint MinStatusIntervalSeconds = 3600;

        /// <summary>Longest periodic status interval: 30 days (docs/payloads/remote-config.md).</summary>
        public const uint MaxStatusIntervalSeconds = 2592000;

        /// <summary>Highest sub-band of a fixed plan (US915/AU915: 8 blocks of 8 channels, RP002-1.0.4 §2.5.2).</summary>
        public const int MaxSubBand = 8;

        /// <summary>True when <paramref name="seconds"/> is an allowed report interval.</summary>
        /// <param name="seconds">Interval.</param>
        public static bool IsValidReportInterval(uint seconds) => seconds >= MinReportIntervalSeconds && seconds <= MaxReportIntervalSeconds;

        /// <summary>True when <paramref name="seconds"/> is an allowed heartbeat interval (on its own; it must also not be below the report interval).</summary>
        /// <param name="seconds">Interval.</param>
        public static bool IsValidHeartbeatInterval(uint seconds) => seconds >= MinHeartbeatIntervalSeconds && seconds <= MaxHeartbeatIntervalSeconds;

        /// <summary>True when <paramref name="seconds"/> is an allowed sampling interval.</summary>
        /// <param name="seconds">Interval.</param>
        public static bool IsValidSampleInterval(uint seconds) => seconds >= MinSampleIntervalSeconds && seconds <= MaxSampleIntervalSeconds;

        /// <summary>True when <paramref name="seconds"/> is an allowed status interval: off, or within its range.</summary>
        /// <param name="seconds">Interval.</param>
        public static bool IsValidStatusInterval(uint seconds) => seconds == StatusIntervalOff
            || (seconds >= MinStatusIntervalSeconds && seconds <= MaxStatusIntervalSeconds);

        /// <summary>Default report interval: 15 minutes.</summary>
        public const uint DefaultReportIntervalSeconds = 900;

        /// <summary>Default heartbeat: 6 hours.</summary>
        public const uint DefaultHeartbeatIntervalSeconds = 21600;

        /// <summary>Default sampling interval: 5 minutes, three samples per default report interval.</summary>
        public const uint DefaultSampleIntervalSeconds = 300;

        /// <summary>Default status interval: one day, so the server sees the configuration CRC and battery daily.</summary>
        public const uint DefaultStatusIntervalSeconds = 86400;
    }
}
