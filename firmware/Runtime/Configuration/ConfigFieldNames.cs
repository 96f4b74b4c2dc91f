// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

namespace SmartCityNodes.Runtime.Configuration
{
    /// <summary>
    /// The name of each <see cref="ConfigField"/> as the console and the technician tool write it
    /// (docs/provisioning-console.md).
    /// </summary>
    public static class ConfigFieldNames
    {
        /// <summary>Highest field number.</summary>
        public const int LastField = (int)ConfigField.StatusIntervalSeconds;

        /// <summary>The name of <paramref name="field"/> ("-" for None or an unknown number).</summary>
        /// <param name="field">Field.</param>
        public static string NameOf(ConfigField field)
        {
            // A switch, not a static table: nanoCLR runs static constructors on every deep-sleep wake.
            switch (field)
            {
                case ConfigField.Activation: return "activation";
                case ConfigField.DevEui: return "deveui";
                case ConfigField.JoinEui: return "joineui";
                case ConfigField.AppKey: return "appkey";
                case ConfigField.DevAddr: return "devaddr";
                case ConfigField.NwkSKey: return "nwkskey";
                case ConfigField.AppSKey: return "appskey";
                case ConfigField.Region: return "region";
                case ConfigField.SubBand: return "subband";
                case ConfigField.ReportIntervalSeconds: return "report_s";
                case ConfigField.HeartbeatIntervalSeconds: return "heartbeat_s";
                case ConfigField.ThresholdLow: return "threshold_low";
                case ConfigField.ThresholdHigh: return "threshold_high";
                case ConfigField.ConfirmedUplinks: return "confirmed";
                case ConfigField.Adr: return "adr";
                case ConfigField.ApplicationParameters: return "app_params";
                case ConfigField.SampleIntervalSeconds: return "sample_s";
                case ConfigField.StatusIntervalSeconds: return "status_s";
                default: return "-";
            }
        }

        /// <summary>True for the write-only key fields.</summary>
        /// <param name="field">Field.</param>
        public static bool IsKey(ConfigField field) => field == ConfigField.AppKey || field == ConfigField.NwkSKey || field == ConfigField.AppSKey;
    }
}
