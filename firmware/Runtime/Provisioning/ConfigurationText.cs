// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using SmartCityNodes.LoRaWan.Region;
using SmartCityNodes.Runtime.Configuration;

namespace SmartCityNodes.Runtime.Provisioning
{
    /// <summary>
    /// Console text of each configuration field (docs/provisioning-console.md, "Fields"): parses a SET value into a
    /// staged configuration, formats a GET value. EUIs and DevAddr are hex, most significant byte first (as printed
    /// on labels and shown by network servers); keys are hex in byte order; keys are never formatted.
    /// </summary>
    public static class ConfigurationText
    {
        /// <summary>The field named by the text, or <see cref="ConfigField.None"/>.</summary>
        /// <param name="text">Bytes.</param>
        /// <param name="offset">First byte.</param>
        /// <param name="length">Length.</param>
        public static ConfigField FindField(byte[] text, int offset, int length)
        {
            for (int i = 1; i <= ConfigFieldNames.LastField; i++)
            {
                if (AsciiText.EqualsIgnoreCase(text, offset, length, ConfigFieldNames.NameOf((ConfigField)i)))
                {
                    return (ConfigField)i;
                }
            }

            return ConfigField.None;
        }

        /// <summary>Console name of a region ("-" when unknown).</summary>
        /// <param name="region">Region.</param>
        public static string RegionName(RegionId region)
        {
            // A switch, not a static table: nanoCLR runs static constructors on every deep-sleep wake.
            switch (region)
            {
                case RegionId.Eu868: return "EU868";
                case RegionId.Us915: return "US915";
                case RegionId.Au915: return "AU915";
                case RegionId.As923Group1: return "AS923-1";
                case RegionId.As923Group2: return "AS923-2";
                case RegionId.As923Group3: return "AS923-3";
                case RegionId.As923Group4: return "AS923-4";
                case RegionId.Kr920: return "KR920";
                case RegionId.In865: return "IN865";
                default: return "-";
            }
        }

        /// <summary>
        /// Parses <paramref name="length"/> bytes of value text for <paramref name="field"/> into
        /// <paramref name="target"/>. Checks syntax, length and the field's own range; cross-field checks wait for
        /// COMMIT. On any error <paramref name="target"/> is unchanged.
        /// </summary>
        /// <param name="field">Field.</param>
        /// <param name="text">Bytes.</param>
        /// <param name="offset">First byte of the value.</param>
        /// <param name="length">Value length.</param>
        /// <param name="target">Staged configuration.</param>
        public static ConsoleError Parse(ConfigField field, byte[] text, int offset, int length, NodeConfiguration target)
        {
            switch (field)
            {
                case ConfigField.Activation:
                    if (AsciiText.EqualsIgnoreCase(text, offset, length, "otaa"))
                    {
                        target.Activation = ActivationMode.Otaa;
                        return ConsoleError.None;
                    }

                    if (AsciiText.EqualsIgnoreCase(text, offset, length, "abp"))
                    {
                        target.Activation = ActivationMode.Abp;
                        return ConsoleError.None;
                    }

                    return ConsoleError.BadValue;
                case ConfigField.DevEui:
                case ConfigField.JoinEui:
                case ConfigField.DevAddr:
                    int bytes = field == ConfigField.DevAddr ? 4 : 8;
                    ConsoleError hexError = CheckHex(text, offset, length, bytes);
                    if (hexError != ConsoleError.None)
                    {
                        return hexError;
                    }

                    ulong value = 0;
                    for (int i = 0; i < length; i++)
                    {
                        value = (value << 4) | (uint)AsciiText.HexValue(text[offset + i]);
                    }

                    if (field == ConfigField.DevEui)
                    {
                        target.DevEui = value;
                    }
                    else if (field == ConfigField.JoinEui)
                    {
                        target.JoinEui = value;
                    }
                    else
                    {
                        target.DevAddr = (uint)value;
                    }

                    return ConsoleError.None;
                case ConfigField.AppKey:
                case ConfigField.NwkSKey:
                case ConfigField.AppSKey:
                    ConsoleError keyError = CheckHex(text, offset, length, ConfigurationLimits.KeyLength);
                    if (keyError != ConsoleError.None)
                    {
                        return keyError;
                    }

                    byte[] key = field == ConfigField.AppKey ? target.AppKey : field == ConfigField.NwkSKey ? target.NetworkSessionKey : target.ApplicationSessionKey;
                    AsciiText.TryParseHex(text, offset, length, key, 0, ConfigurationLimits.KeyLength);
                    if (field == ConfigField.AppKey)
                    {
                        target.AppKeySet = true;
                    }
                    else if (field == ConfigField.NwkSKey)
                    {
                        target.NetworkSessionKeySet = true;
                    }
                    else
                    {
                        target.ApplicationSessionKeySet = true;
                    }

                    return ConsoleError.None;
                case ConfigField.Region:
                    for (int i = (int)RegionId.Eu868; i <= (int)RegionId.In865; i++)
                    {
                        if (AsciiText.EqualsIgnoreCase(text, offset, length, RegionName((RegionId)i)))
                        {
                            target.Region = (RegionId)i;
                            return ConsoleError.None;
                        }
                    }

                    return ConsoleError.BadValue;
                case ConfigField.SubBand:
                    return ParseNumber(field, text, offset, length, 0, ConfigurationLimits.MaxSubBand, target);
                case ConfigField.ReportIntervalSeconds:
                    return ParseNumber(field, text, offset, length, ConfigurationLimits.MinReportIntervalSeconds, ConfigurationLimits.MaxReportIntervalSeconds, target);
                case ConfigField.HeartbeatIntervalSeconds:
                    return ParseNumber(field, text, offset, length, ConfigurationLimits.MinHeartbeatIntervalSeconds, ConfigurationLimits.MaxHeartbeatIntervalSeconds, target);
                case ConfigField.SampleIntervalSeconds:
                    return ParseNumber(field, text, offset, length, ConfigurationLimits.MinSampleIntervalSeconds, ConfigurationLimits.MaxSampleIntervalSeconds, target);
                case ConfigField.StatusIntervalSeconds:
                    // 0 (off) or the range; 1..3599 passes here and is refused by COMMIT's whole-record check.
                    return ParseNumber(field, text, offset, length, ConfigurationLimits.StatusIntervalOff, ConfigurationLimits.MaxStatusIntervalSeconds, target);
                case ConfigField.ThresholdLow:
                case ConfigField.ThresholdHigh:
                    return ParseNumber(field, text, offset, length, int.MinValue, int.MaxValue, target);
                case ConfigField.ConfirmedUplinks:
                case ConfigField.Adr:
                    bool on = AsciiText.EqualsIgnoreCase(text, offset, length, "on");
                    if (!on && !AsciiText.EqualsIgnoreCase(text, offset, length, "off"))
                    {
                        return ConsoleError.BadValue;
                    }

                    if (field == ConfigField.Adr)
                    {
                        target.AdrEnabled = on;
                    }
                    else
                    {
                        target.ConfirmedUplinks = on;
                    }

                    return ConsoleError.None;
                case ConfigField.ApplicationParameters:
                    if (!AsciiText.IsHex(text, offset, length))
                    {
                        return ConsoleError.BadValue;
                    }

                    if (length < 2 || length % 2 != 0 || length > 2 * (ConfigurationLimits.MaxApplicationParametersLength + 1))
                    {
                        return ConsoleError.BadLength;
                    }

                    // Checked above: the digits are valid and fit, so nothing below can fail half-way.
                    int count = (length / 2) - 1;
                    target.ApplicationParametersVersion = (byte)((AsciiText.HexValue(text[offset]) << 4) | AsciiText.HexValue(text[offset + 1]));
                    AsciiText.TryParseHex(text, offset + 2, length - 2, target.ApplicationParameters, 0, count);
                    target.ApplicationParametersLength = count;
                    return ConsoleError.None;
                default:
                    return ConsoleError.UnknownField;
            }
        }

        /// <summary>Writes the GET value of <paramref name="field"/>; keys give "set" or "unset". Returns the new offset.</summary>
        /// <param name="field">Field.</param>
        /// <param name="configuration">Configuration.</param>
        /// <param name="output">Destination.</param>
        /// <param name="offset">First byte.</param>
        public static int Format(ConfigField field, NodeConfiguration configuration, byte[] output, int offset)
        {
            switch (field)
            {
                case ConfigField.Activation:
                    return WriteAscii(configuration.Activation == ActivationMode.Abp ? "abp" : "otaa", output, offset);
                case ConfigField.DevEui:
                    return AsciiText.WriteHex(configuration.DevEui, 16, output, offset);
                case ConfigField.JoinEui:
                    return AsciiText.WriteHex(configuration.JoinEui, 16, output, offset);
                case ConfigField.DevAddr:
                    return AsciiText.WriteHex(configuration.DevAddr, 8, output, offset);
                case ConfigField.AppKey:
                    return WriteAscii(configuration.AppKeySet ? "set" : "unset", output, offset);
                case ConfigField.NwkSKey:
                    return WriteAscii(configuration.NetworkSessionKeySet ? "set" : "unset", output, offset);
                case ConfigField.AppSKey:
                    return WriteAscii(configuration.ApplicationSessionKeySet ? "set" : "unset", output, offset);
                case ConfigField.Region:
                    return WriteAscii(RegionName(configuration.Region), output, offset);
                case ConfigField.SubBand:
                    return AsciiText.WriteDecimal(configuration.SubBand, output, offset);
                case ConfigField.ReportIntervalSeconds:
                    return AsciiText.WriteDecimal(configuration.ReportIntervalSeconds, output, offset);
                case ConfigField.HeartbeatIntervalSeconds:
                    return AsciiText.WriteDecimal(configuration.HeartbeatIntervalSeconds, output, offset);
                case ConfigField.SampleIntervalSeconds:
                    return AsciiText.WriteDecimal(configuration.SampleIntervalSeconds, output, offset);
                case ConfigField.StatusIntervalSeconds:
                    return AsciiText.WriteDecimal(configuration.StatusIntervalSeconds, output, offset);
                case ConfigField.ThresholdLow:
                    return AsciiText.WriteDecimal(configuration.ThresholdLow, output, offset);
                case ConfigField.ThresholdHigh:
                    return AsciiText.WriteDecimal(configuration.ThresholdHigh, output, offset);
                case ConfigField.ConfirmedUplinks:
                    return WriteAscii(configuration.ConfirmedUplinks ? "on" : "off", output, offset);
                case ConfigField.Adr:
                    return WriteAscii(configuration.AdrEnabled ? "on" : "off", output, offset);
                case ConfigField.ApplicationParameters:
                    offset = AsciiText.WriteHex(configuration.ApplicationParametersVersion, 2, output, offset);
                    for (int i = 0; i < configuration.ApplicationParametersLength; i++)
                    {
                        offset = AsciiText.WriteHex(configuration.ApplicationParameters[i], 2, output, offset);
                    }

                    return offset;
                default:
                    return WriteAscii("-", output, offset);
            }
        }

        /// <summary>Copies an ASCII string; returns the new offset.</summary>
        /// <param name="text">Text (ASCII only).</param>
        /// <param name="output">Destination.</param>
        /// <param name="offset">First byte.</param>
        public static int WriteAscii(string text, byte[] output, int offset)
        {
            for (int i = 0; i < text.Length; i++)
            {
                output[offset + i] = (byte)text[i];
            }

            return offset + text.Length;
        }

        private static ConsoleError CheckHex(byte[] text, int offset, int length, int bytes)
        {
            if (!AsciiText.IsHex(text, offset, length))
            {
                return ConsoleError.BadValue;
            }

            return length == bytes * 2 ? ConsoleError.None : ConsoleError.BadLength;
        }

        private static ConsoleError ParseNumber(ConfigField field, byte[] text, int offset, int length, long minimum, long maximum, NodeConfiguration target)
        {
            long value;
            if (!AsciiText.TryParseDecimal(text, offset, length, out value))
            {
                return ConsoleError.BadValue;
            }

            if (value < minimum || value > maximum)
            {
                return ConsoleError.OutOfRange;
            }

            switch (field)
            {
                case ConfigField.SubBand:
                    target.SubBand = (int)value;
                    break;
                case ConfigField.ReportIntervalSeconds:
                    target.ReportIntervalSeconds = (uint)value;
                    break;
                case ConfigField.HeartbeatIntervalSeconds:
                    target.HeartbeatIntervalSeconds = (uint)value;
                    break;
                case ConfigField.SampleIntervalSeconds:
                    target.SampleIntervalSeconds = (uint)value;
                    break;
                case ConfigField.StatusIntervalSeconds:
                    target.StatusIntervalSeconds = (uint)value;
                    break;
                case ConfigField.ThresholdLow:
                    target.ThresholdLow = (int)value;
                    break;
                default:
                    target.ThresholdHigh = (int)value;
                    break;
            }

            return ConsoleError.None;
        }
    }
}
