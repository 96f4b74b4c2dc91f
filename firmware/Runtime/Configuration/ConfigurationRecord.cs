// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using System;
using SmartCityNodes.LoRaWan.Frames;
using SmartCityNodes.LoRaWan.Mac;
using SmartCityNodes.LoRaWan.Region;
using SmartCityNodes.Hal;

namespace SmartCityNodes.Runtime.Configuration
{
    /// <summary>
    /// The configuration as bytes (payload of the 'C' 'F' record in a <c>SlotPair</c>, which adds magic, sequence
    /// and CRC). Version 2, little-endian:
    /// <code>
    /// 0  activation (1)          1 OTAA, 2 ABP
    /// 1  key flags (1)           bit0 AppKey set, bit1 NwkSKey set, bit2 AppSKey set
    /// 2  DevEUI (8)  10 JoinEUI (8)  18 AppKey (16)  34 DevAddr (4)  38 NwkSKey (16)  54 AppSKey (16)
    /// 70 region (1, RegionId)  71 sub-band (1)
    /// 72 report interval s (4)  76 heartbeat s (4)  80 threshold low (4, signed)  84 threshold high (4, signed)
    /// 88 options (1)             bit0 confirmed uplinks, bit1 ADR
    /// 89 sample interval s (4)  93 status interval s (4, 0 = off)
    /// 97 application parameters version (1)  98 length (1)  99 bytes (length)
    /// </code>
    /// Version 1 (written before the remote-configuration intervals sample and status existed) is the same without
    /// bytes 89..96; <see cref="Read"/> still accepts it and fills those two intervals with their defaults, so a node
    /// updated in the field keeps its keys and settings.
    /// The configuration CRC (<see cref="ComputeCrc"/>) is the CRC-32 of these bytes: it depends only on the
    /// content, not on how often it was saved, so the status uplink's CRC tells the server which configuration
    /// is in force.
    /// </summary>
    public static class ConfigurationRecord
    {
        /// <summary>Format version written by this firmware.</summary>
        public const byte Version = 2;

        /// <summary>The version before the sample and status intervals; still read.</summary>
        public const byte Version1 = 1;

        /// <summary>Bytes before the application parameters.</summary>
        public const int FixedLength = 99;

        /// <summary>Bytes before the application parameters in version 1.</summary>
        public const int Version1FixedLength = 91;

        /// <summary>Largest payload.</summary>
        public const int MaxLength = FixedLength + ConfigurationLimits.MaxApplicationParametersLength;

        private const byte FlagAppKey = 0b0000_0001;
        private const byte FlagNetworkSessionKey = 0b0000_0010;
        private const byte FlagApplicationSessionKey = 0b0000_0100;
        private const byte OptionConfirmed = 0b0000_0001;
        private const byte OptionAdr = 0b0000_0010;
        private const int KeyLength = ConfigurationLimits.KeyLength;

        /// <summary>Writes <paramref name="configuration"/>; returns the length (at most <see cref="MaxLength"/>).</summary>
        /// <param name="configuration">Source.</param>
        /// <param name="buffer">Destination.</param>
        /// <param name="offset">First byte.</param>
        [HotPath]
        public static int Write(NodeConfiguration configuration, byte[] buffer, int offset)
        {
            int p = offset;
            buffer[p++] = (byte)configuration.Activation;
            buffer[p++] = (byte)((configuration.AppKeySet ? FlagAppKey : 0) | (configuration.NetworkSessionKeySet ? FlagNetworkSessionKey : 0)
                | (configuration.ApplicationSessionKeySet ? FlagApplicationSessionKey : 0));
            LittleEndian.WriteUInt64(buffer, p, configuration.DevEui);
            p += 8;
            LittleEndian.WriteUInt64(buffer, p, configuration.JoinEui);
            p += 8;
            Array.Copy(configuration.AppKey, 0, buffer, p, KeyLength);
            p += KeyLength;
            LittleEndian.WriteUInt32(buffer, p, configuration.DevAddr);
            p += 4;
            Array.Copy(configuration.NetworkSessionKey, 0, buffer, p, KeyLength);
            p += KeyLength;
            Array.Copy(configuration.ApplicationSessionKey, 0, buffer, p, KeyLength);
            p += KeyLength;
            buffer[p++] = (byte)configuration.Region;
            buffer[p++] = (byte)configuration.SubBand;
            LittleEndian.WriteUInt32(buffer, p, configuration.ReportIntervalSeconds);
            p += 4;
            LittleEndian.WriteUInt32(buffer, p, configuration.HeartbeatIntervalSeconds);
            p += 4;
            LittleEndian.WriteUInt32(buffer, p, (uint)configuration.ThresholdLow);
            p += 4;
            LittleEndian.WriteUInt32(buffer, p, (uint)configuration.ThresholdHigh);
            p += 4;
            buffer[p++] = (byte)((configuration.ConfirmedUplinks ? OptionConfirmed : 0) | (configuration.AdrEnabled ? OptionAdr : 0));
            LittleEndian.WriteUInt32(buffer, p, configuration.SampleIntervalSeconds);
            p += 4;
            LittleEndian.WriteUInt32(buffer, p, configuration.StatusIntervalSeconds);
            p += 4;
            buffer[p++] = configuration.ApplicationParametersVersion;
            buffer[p++] = (byte)configuration.ApplicationParametersLength;
            Array.Copy(configuration.ApplicationParameters, 0, buffer, p, configuration.ApplicationParametersLength);
            return p + configuration.ApplicationParametersLength - offset;
        }

        /// <summary>
        /// Reads a version-2 (or version-1) payload into <paramref name="configuration"/> without validating ranges
        /// (call <see cref="NodeConfiguration.Validate"/>); BadLength when the length does not match the layout,
        /// RecordInvalid for an unknown version.
        /// </summary>
        /// <param name="buffer">Source.</param>
        /// <param name="offset">First byte.</param>
        /// <param name="length">Payload length.</param>
        /// <param name="version">Record version the slot header carries.</param>
        /// <param name="configuration">Destination (overwritten even on failure: read into a scratch instance).</param>
        [HotPath]
        public static ConfigStatus Read(byte[] buffer, int offset, int length, byte version, NodeConfiguration configuration)
        {
            if (version != Version && version != Version1)
            {
                return ConfigStatus.RecordInvalid;
            }

            int fixedLength = version == Version ? FixedLength : Version1FixedLength;
            if (length < fixedLength || buffer[offset + fixedLength - 1] > ConfigurationLimits.MaxApplicationParametersLength
                || length != fixedLength + buffer[offset + fixedLength - 1])
            {
                return ConfigStatus.BadLength;
            }

            int p = offset;
            configuration.Activation = (ActivationMode)buffer[p++];
            byte flags = buffer[p++];
            configuration.AppKeySet = (flags & FlagAppKey) != 0;
            configuration.NetworkSessionKeySet = (flags & FlagNetworkSessionKey) != 0;
            configuration.ApplicationSessionKeySet = (flags & FlagApplicationSessionKey) != 0;
            configuration.DevEui = LittleEndian.ReadUInt64(buffer, p);
            p += 8;
            configuration.JoinEui = LittleEndian.ReadUInt64(buffer, p);
            p += 8;
            Array.Copy(buffer, p, configuration.AppKey, 0, KeyLength);
            p += KeyLength;
            configuration.DevAddr = LittleEndian.ReadUInt32(buffer, p);
            p += 4;
            Array.Copy(buffer, p, configuration.NetworkSessionKey, 0, KeyLength);
            p += KeyLength;
            Array.Copy(buffer, p, configuration.ApplicationSessionKey, 0, KeyLength);
            p += KeyLength;
            configuration.Region = (RegionId)buffer[p++];
            configuration.SubBand = buffer[p++];
            configuration.ReportIntervalSeconds = LittleEndian.ReadUInt32(buffer, p);
            p += 4;
            configuration.HeartbeatIntervalSeconds = LittleEndian.ReadUInt32(buffer, p);
            p += 4;
            configuration.ThresholdLow = (int)LittleEndian.ReadUInt32(buffer, p);
            p += 4;
            configuration.ThresholdHigh = (int)LittleEndian.ReadUInt32(buffer, p);
            p += 4;
            byte options = buffer[p++];
            configuration.ConfirmedUplinks = (options & OptionConfirmed) != 0;
            configuration.AdrEnabled = (options & OptionAdr) != 0;
            if (version == Version)
            {
                configuration.SampleIntervalSeconds = LittleEndian.ReadUInt32(buffer, p);
                p += 4;
                configuration.StatusIntervalSeconds = LittleEndian.ReadUInt32(buffer, p);
                p += 4;
            }
            else
            {
                configuration.SampleIntervalSeconds = ConfigurationLimits.DefaultSampleIntervalSeconds;
                configuration.StatusIntervalSeconds = ConfigurationLimits.DefaultStatusIntervalSeconds;
            }

            configuration.ApplicationParametersVersion = buffer[p++];
            configuration.ApplicationParametersLength = buffer[p++];
            Array.Copy(buffer, p, configuration.ApplicationParameters, 0, configuration.ApplicationParametersLength);
            return ConfigStatus.Ok;
        }

        /// <summary>CRC-32 (IEEE 802.3) of the configuration's record bytes in the current layout (version 2), written into <paramref name="scratch"/>.</summary>
        /// <param name="configuration">Configuration.</param>
        /// <param name="scratch">At least <see cref="MaxLength"/> bytes.</param>
        [HotPath]
        public static uint ComputeCrc(NodeConfiguration configuration, byte[] scratch)
        {
            int length = Write(configuration, scratch, 0);
            return Crc32.Compute(scratch, 0, length);
        }
    }
}
