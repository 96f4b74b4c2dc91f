// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using System;
using SmartCityNodes.Hal;
using SmartCityNodes.Runtime.Configuration;

namespace SmartCityNodes.Runtime.RemoteConfiguration
{
    /// <summary>
    /// Parses the remote-configuration downlink (FPort 20, docs/payloads/remote-config.md): header 0x1C,
    /// transaction id, then 1..8 commands. Every command and value is checked before anything is handed out, so a
    /// bad downlink yields a result code and an empty list, never a half-applied configuration. No exception for
    /// bad input, nothing allocated.
    /// </summary>
    [HotPath]
    public static class RemoteConfigParser
    {
        /// <summary>Payload format version in the header's high nibble (docs/payloads/README.md, "Header byte"). The one
        /// definition: the application encoders' <c>PayloadFormat.Version</c> refers to it.</summary>
        public const int FormatVersion = 1;

        /// <summary>Message type 0xC in the header's low nibble (docs/payloads/README.md, "Header byte").</summary>
        public const int MessageType = 0xC;

        /// <summary>Header byte of a version-1 configuration command: 0x1C.</summary>
        public const byte Header = (FormatVersion << 4) | MessageType;

        /// <summary>Header and transaction id.</summary>
        public const int PrefixLength = 2;

        /// <summary>Largest downlink accepted: prefix plus eight 6-byte commands.</summary>
        public const int MaximumLength = PrefixLength + (RemoteConfigCommandList.Capacity * 6);

        /// <summary>Parses one downlink into <paramref name="commands"/>.</summary>
        /// <param name="fPort">FPort the downlink arrived on; anything but <see cref="RuntimePorts.Configuration"/> is Malformed.</param>
        /// <param name="buffer">Decrypted FRMPayload.</param>
        /// <param name="offset">First byte.</param>
        /// <param name="length">FRMPayload length.</param>
        /// <param name="commands">Filled in place; Count is 0 unless the result is Ok.</param>
        /// <returns>Ok, or the first problem found (FailingCommandIndex says which command when one is to blame).</returns>
        public static RemoteConfigResult Parse(int fPort, byte[] buffer, int offset, int length, RemoteConfigCommandList commands)
        {
            if (commands == null)
            {
                throw new ArgumentNullException(nameof(commands));
            }

            commands.Count = 0;
            commands.TransactionId = 0;
            commands.FailingCommandIndex = RemoteConfigCommandList.NoFailingCommand;
            if (buffer == null || offset < 0 || length < 0 || offset > buffer.Length - length || fPort != RuntimePorts.Configuration)
            {
                return RemoteConfigResult.Malformed;
            }

            if (length >= 1 && (buffer[offset] >> 4) != FormatVersion)
            {
                return RemoteConfigResult.UnsupportedVersion;
            }

            if (length >= PrefixLength)
            {
                commands.TransactionId = buffer[offset + 1];
            }

            if (length <= PrefixLength || buffer[offset] != Header)
            {
                return RemoteConfigResult.Malformed;
            }

            int position = offset + PrefixLength;
            int end = offset + length;
            int index = 0;
            while (position < end)
            {
                if (index == RemoteConfigCommandList.Capacity)
                {
                    return Fail(commands, index, RemoteConfigResult.TooManyCommands);
                }

                RemoteConfigOpcode opcode = (RemoteConfigOpcode)buffer[position];
                int commandLength = CommandLength(opcode);
                if (commandLength == 0)
                {
                    return Fail(commands, index, RemoteConfigResult.UnknownCommand);
                }

                if (position + commandLength > end)
                {
                    return Fail(commands, index, RemoteConfigResult.Malformed);
                }

                int parameter = 0;
                int value = 0;
                RemoteConfigResult check = RemoteConfigResult.Ok;
                switch (opcode)
                {
                    case RemoteConfigOpcode.SetInterval:
                        parameter = buffer[position + 1];
                        uint seconds = ((uint)buffer[position + 2] << 24) | ((uint)buffer[position + 3] << 16) | ((uint)buffer[position + 4] << 8) | buffer[position + 5];
                        value = seconds > int.MaxValue ? -1 : (int)seconds;
                        check = CheckInterval(parameter, value);
                        break;
                    case RemoteConfigOpcode.SetThreshold:
                        parameter = buffer[position + 1];
                        value = (short)((buffer[position + 2] << 8) | buffer[position + 3]);
                        check = CheckThreshold(parameter, value);
                        break;
                    case RemoteConfigOpcode.SetConfirmedUplinks:
                    case RemoteConfigOpcode.SetAdaptiveDataRate:
                        value = buffer[position + 1];
                        check = value <= 1 ? RemoteConfigResult.Ok : RemoteConfigResult.ValueOutOfRange;
                        break;
                }

                if (check != RemoteConfigResult.Ok)
                {
                    return Fail(commands, index, check);
                }

                commands.Opcodes[index] = opcode;
                commands.ParameterIds[index] = (byte)parameter;
                commands.Values[index] = value;
                index++;
                position += commandLength;
            }

            commands.Count = index;
            return RemoteConfigResult.Ok;
        }

        /// <summary>Bytes one command takes, opcode included; 0 for an unknown opcode.</summary>
        /// <param name="opcode">Opcode.</param>
        /// <returns>Length in bytes.</returns>
        public static int CommandLength(RemoteConfigOpcode opcode)
        {
            switch (opcode)
            {
                case RemoteConfigOpcode.SetInterval:
                    return 6;
                case RemoteConfigOpcode.SetThreshold:
                    return 4;
                case RemoteConfigOpcode.SetConfirmedUplinks:
                case RemoteConfigOpcode.SetAdaptiveDataRate:
                    return 2;
                case RemoteConfigOpcode.Reboot:
                case RemoteConfigOpcode.RequestStatus:
                    return 1;
                default:
                    return 0;
            }
        }

        private static RemoteConfigResult CheckInterval(int interval, int seconds)
        {
            // The ranges have one definition, ConfigurationLimits; seconds above int.MaxValue arrive as -1.
            uint value = seconds < 0 ? uint.MaxValue : (uint)seconds;
            bool valid;
            switch ((RemoteConfigInterval)interval)
            {
                case RemoteConfigInterval.Report:
                    valid = ConfigurationLimits.IsValidReportInterval(value);
                    break;
                case RemoteConfigInterval.Heartbeat:
                    valid = ConfigurationLimits.IsValidHeartbeatInterval(value);
                    break;
                case RemoteConfigInterval.Sample:
                    valid = ConfigurationLimits.IsValidSampleInterval(value);
                    break;
                case RemoteConfigInterval.Status:
                    valid = ConfigurationLimits.IsValidStatusInterval(value);
                    break;
                default:
                    return RemoteConfigResult.UnknownParameter;
            }

            return valid ? RemoteConfigResult.Ok : RemoteConfigResult.ValueOutOfRange;
        }

        private static RemoteConfigResult CheckThreshold(int threshold, int value)
        {
            switch ((RemoteConfigThreshold)threshold)
            {
                case RemoteConfigThreshold.BinFullPercent:
                    return InRange(value, 1, 100);
                case RemoteConfigThreshold.BinFireTemperatureCelsius:
                    return InRange(value, 30, 200);
                case RemoteConfigThreshold.BinTiltDegrees:
                    return InRange(value, 5, 180);
                case RemoteConfigThreshold.BinPickupDropPercent:
                    return InRange(value, 5, 100);
                case RemoteConfigThreshold.AirPm25MicrogramsPerCubicMetre:
                case RemoteConfigThreshold.AirPm10MicrogramsPerCubicMetre:
                    return InRange(value, 1, 1000);
                case RemoteConfigThreshold.AirTemperatureHighDeciCelsius:
                    return InRange(value, -400, 1250);
                case RemoteConfigThreshold.AirGasResistanceLowKiloohms:
                    return InRange(value, 1, 30000);
                case RemoteConfigThreshold.ParkingOccupiedDeviationMicrotesla:
                    return InRange(value, 1, 500);
                case RemoteConfigThreshold.ParkingVacantDeviationMicrotesla:
                    return InRange(value, 0, 500);
                default:
                    return RemoteConfigResult.UnknownParameter;
            }
        }

        private static RemoteConfigResult InRange(int value, int minimum, int maximum)
        {
            return value >= minimum && value <= maximum ? RemoteConfigResult.Ok : RemoteConfigResult.ValueOutOfRange;
        }

        private static RemoteConfigResult Fail(RemoteConfigCommandList commands, int index, RemoteConfigResult result)
        {
            commands.Count = 0;
            commands.FailingCommandIndex = index;
            return result;
        }
    }
}
