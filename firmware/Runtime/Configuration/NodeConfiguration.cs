// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using System;
using SmartCityNodes.LoRaWan.Region;
using SmartCityNodes.Hal;

namespace SmartCityNodes.Runtime.Configuration
{
    /// <summary>
    /// The provisioning record in RAM: identity and keys (OTAA or ABP), region, intervals, thresholds, uplink
    /// options and the application's opaque parameter block. Instances are created at start-up and filled in
    /// place. Keys are write-only by convention: nothing in the runtime prints, uplinks or logs them; the console
    /// only ever says whether each one is set.
    /// </summary>
    public sealed class NodeConfiguration
    {
        private readonly byte[] appKey = new byte[ConfigurationLimits.KeyLength];
        private readonly byte[] networkSessionKey = new byte[ConfigurationLimits.KeyLength];
        private readonly byte[] applicationSessionKey = new byte[ConfigurationLimits.KeyLength];
        private readonly byte[] applicationParameters = new byte[ConfigurationLimits.MaxApplicationParametersLength];

        /// <summary>Creates a configuration holding the factory defaults.</summary>
        public NodeConfiguration()
        {
            ResetToDefaults();
        }

        /// <summary>OTAA or ABP.</summary>
        public ActivationMode Activation { get; set; }

        /// <summary>DevEUI as a number (MSB first as written on labels; little-endian on the air).</summary>
        public ulong DevEui { get; set; }

        /// <summary>JoinEUI as a number.</summary>
        public ulong JoinEui { get; set; }

        /// <summary>AppKey bytes (meaningful only when <see cref="AppKeySet"/>).</summary>
        public byte[] AppKey => appKey;

        /// <summary>True once an AppKey was provisioned.</summary>
        public bool AppKeySet { get; set; }

        /// <summary>DevAddr (ABP).</summary>
        public uint DevAddr { get; set; }

        /// <summary>NwkSKey bytes (ABP; meaningful only when <see cref="NetworkSessionKeySet"/>).</summary>
        public byte[] NetworkSessionKey => networkSessionKey;

        /// <summary>True once an NwkSKey was provisioned.</summary>
        public bool NetworkSessionKeySet { get; set; }

        /// <summary>AppSKey bytes (ABP).</summary>
        public byte[] ApplicationSessionKey => applicationSessionKey;

        /// <summary>True once an AppSKey was provisioned.</summary>
        public bool ApplicationSessionKeySet { get; set; }

        /// <summary>Regional channel plan.</summary>
        public RegionId Region { get; set; }

        /// <summary>Sub-band 1..8 of a fixed plan (US915/AU915); 0 = all channels, and the only value for other regions.</summary>
        public int SubBand { get; set; }

        /// <summary>Periodic report interval in seconds.</summary>
        public uint ReportIntervalSeconds { get; set; }

        /// <summary>Heartbeat interval in seconds (ParkingNode periodic uplink; remote-config interval id 0x02).</summary>
        public uint HeartbeatIntervalSeconds { get; set; }

        /// <summary>Sensor sampling interval between uplinks in seconds (remote-config interval id 0x01).</summary>
        public uint SampleIntervalSeconds { get; set; }

        /// <summary>Periodic status message interval in seconds; 0 = no periodic status (remote-config interval id 0x03).</summary>
        public uint StatusIntervalSeconds { get; set; }

        /// <summary>Lower alarm threshold (application units).</summary>
        public int ThresholdLow { get; set; }

        /// <summary>Upper alarm threshold (application units).</summary>
        public int ThresholdHigh { get; set; }

        /// <summary>Confirmed uplinks.</summary>
        public bool ConfirmedUplinks { get; set; }

        /// <summary>Adaptive data rate.</summary>
        public bool AdrEnabled { get; set; }

        /// <summary>Version of the application parameter block.</summary>
        public byte ApplicationParametersVersion { get; set; }

        /// <summary>Application parameter bytes (opaque here).</summary>
        public byte[] ApplicationParameters => applicationParameters;

        /// <summary>Bytes used in <see cref="ApplicationParameters"/>.</summary>
        public int ApplicationParametersLength { get; set; }

        /// <summary>True when the node has what it needs to reach the network (OTAA: DevEUI and AppKey; ABP: DevAddr and both session keys).</summary>
        public bool IsProvisioned => Activation == ActivationMode.Otaa ? AppKeySet && DevEui != 0
            : NetworkSessionKeySet && ApplicationSessionKeySet && DevAddr != 0;

        /// <summary>
        /// Factory-safe defaults: OTAA without keys (so the node never joins and reports "unprovisioned"), EU868,
        /// report every 15 min, heartbeat every 6 h, sample every 5 min, status daily, thresholds 0, unconfirmed uplinks, ADR on, no application parameters.
        /// </summary>
        public void ResetToDefaults()
        {
            Activation = ActivationMode.Otaa;
            DevEui = 0;
            JoinEui = 0;
            DevAddr = 0;
            Array.Clear(appKey, 0, appKey.Length);
            Array.Clear(networkSessionKey, 0, networkSessionKey.Length);
            Array.Clear(applicationSessionKey, 0, applicationSessionKey.Length);
            AppKeySet = false;
            NetworkSessionKeySet = false;
            ApplicationSessionKeySet = false;
            Region = RegionId.Eu868;
            SubBand = 0;
            ReportIntervalSeconds = ConfigurationLimits.DefaultReportIntervalSeconds;
            HeartbeatIntervalSeconds = ConfigurationLimits.DefaultHeartbeatIntervalSeconds;
            SampleIntervalSeconds = ConfigurationLimits.DefaultSampleIntervalSeconds;
            StatusIntervalSeconds = ConfigurationLimits.DefaultStatusIntervalSeconds;
            ThresholdLow = 0;
            ThresholdHigh = 0;
            ConfirmedUplinks = false;
            AdrEnabled = true;
            ApplicationParametersVersion = 0;
            Array.Clear(applicationParameters, 0, applicationParameters.Length);
            ApplicationParametersLength = 0;
        }

        /// <summary>Copies every field of <paramref name="source"/> into this instance (no allocation).</summary>
        /// <param name="source">Configuration to copy.</param>
        [HotPath]
        public void CopyFrom(NodeConfiguration source)
        {
            Activation = source.Activation;
            DevEui = source.DevEui;
            JoinEui = source.JoinEui;
            DevAddr = source.DevAddr;
            Array.Copy(source.appKey, appKey, appKey.Length);
            Array.Copy(source.networkSessionKey, networkSessionKey, networkSessionKey.Length);
            Array.Copy(source.applicationSessionKey, applicationSessionKey, applicationSessionKey.Length);
            AppKeySet = source.AppKeySet;
            NetworkSessionKeySet = source.NetworkSessionKeySet;
            ApplicationSessionKeySet = source.ApplicationSessionKeySet;
            Region = source.Region;
            SubBand = source.SubBand;
            ReportIntervalSeconds = source.ReportIntervalSeconds;
            HeartbeatIntervalSeconds = source.HeartbeatIntervalSeconds;
            SampleIntervalSeconds = source.SampleIntervalSeconds;
            StatusIntervalSeconds = source.StatusIntervalSeconds;
            ThresholdLow = source.ThresholdLow;
            ThresholdHigh = source.ThresholdHigh;
            ConfirmedUplinks = source.ConfirmedUplinks;
            AdrEnabled = source.AdrEnabled;
            ApplicationParametersVersion = source.ApplicationParametersVersion;
            Array.Copy(source.applicationParameters, applicationParameters, applicationParameters.Length);
            ApplicationParametersLength = source.ApplicationParametersLength;
        }

        /// <summary>
        /// Checks every field and the fields against each other; on failure <paramref name="field"/> names the first
        /// culprit. An unprovisioned configuration (no keys) is valid: it is the factory state.
        /// </summary>
        /// <param name="applicationValidator">The application's parameter check (null: any block is accepted).</param>
        /// <param name="field">The offending field, or <see cref="ConfigField.None"/>.</param>
        [HotPath]
        public ConfigStatus Validate(IApplicationParameterValidator applicationValidator, out ConfigField field)
        {
            field = ConfigField.Activation;
            if (Activation != ActivationMode.Otaa && Activation != ActivationMode.Abp)
            {
                return ConfigStatus.OutOfRange;
            }

            field = ConfigField.Region;
            if (!IsKnownRegion(Region))
            {
                return ConfigStatus.OutOfRange;
            }

            field = ConfigField.SubBand;
            if (SubBand < 0 || SubBand > ConfigurationLimits.MaxSubBand)
            {
                return ConfigStatus.OutOfRange;
            }

            if (SubBand != 0 && !IsFixedPlan(Region))
            {
                return ConfigStatus.Inconsistent;
            }

            field = ConfigField.ReportIntervalSeconds;
            if (!ConfigurationLimits.IsValidReportInterval(ReportIntervalSeconds))
            {
                return ConfigStatus.OutOfRange;
            }

            field = ConfigField.HeartbeatIntervalSeconds;
            if (!ConfigurationLimits.IsValidHeartbeatInterval(HeartbeatIntervalSeconds))
            {
                return ConfigStatus.OutOfRange;
            }

            if (HeartbeatIntervalSeconds < ReportIntervalSeconds)
            {
                return ConfigStatus.Inconsistent;
            }

            field = ConfigField.SampleIntervalSeconds;
            if (!ConfigurationLimits.IsValidSampleInterval(SampleIntervalSeconds))
            {
                return ConfigStatus.OutOfRange;
            }

            field = ConfigField.StatusIntervalSeconds;
            if (!ConfigurationLimits.IsValidStatusInterval(StatusIntervalSeconds))
            {
                return ConfigStatus.OutOfRange;
            }

            field = ConfigField.ThresholdHigh;
            if (ThresholdLow > ThresholdHigh)
            {
                return ConfigStatus.Inconsistent;
            }

            field = ConfigField.ApplicationParameters;
            if (ApplicationParametersLength < 0 || ApplicationParametersLength > applicationParameters.Length)
            {
                return ConfigStatus.BadLength;
            }

            if (applicationValidator != null)
            {
                ConfigStatus application = applicationValidator.Validate(ApplicationParametersVersion, applicationParameters, 0, ApplicationParametersLength);
                if (application != ConfigStatus.Ok)
                {
                    return application;
                }
            }

            field = ConfigField.None;
            return ConfigStatus.Ok;
        }

        /// <summary>True for the regions this stack implements.</summary>
        /// <param name="region">Region to check.</param>
        public static bool IsKnownRegion(RegionId region) => region >= RegionId.Eu868 && region <= RegionId.In865;

        /// <summary>True for the fixed channel plans that have sub-bands (US915, AU915).</summary>
        /// <param name="region">Region to check.</param>
        public static bool IsFixedPlan(RegionId region) => region == RegionId.Us915 || region == RegionId.Au915;
    }
}
