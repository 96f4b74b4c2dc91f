// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

namespace SmartCityNodes.Runtime.Configuration
{
    /// <summary>
    /// The name of each <see cref="ConfigField"/> as the console and the technician tool write it
    /// (docs/provisioning-console.md). Index = field number.
    /// </summary>
    public static class ConfigFieldNames
    {
        private static readonly string[] Names =
        {
            "-", "activation", "deveui", "joineui", "appkey", "devaddr", "nwkskey", "appskey", "region", "subband",
            "report_s", "heartbeat_s", "threshold_low", "threshold_high", "confirmed", "adr", "app_params",
        };

        /// <summary>Highest field number.</summary>
        public const int LastField = (int)ConfigField.ApplicationParameters;

        /// <summary>The name of <paramref name="field"/> ("-" for None or an unknown number).</summary>
        /// <param name="field">Field.</param>
        public static string NameOf(ConfigField field)
        {
            int index = (int)field;
            return index >= 0 && index < Names.Length ? Names[index] : Names[0];
        }

        /// <summary>True for the write-only key fields.</summary>
        /// <param name="field">Field.</param>
        public static bool IsKey(ConfigField field) => field == ConfigField.AppKey || field == ConfigField.NwkSKey || field == ConfigField.AppSKey;
    }
}
