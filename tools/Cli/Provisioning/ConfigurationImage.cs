// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using System.Buffers.Binary;

namespace SmartCityNodes.Cli.Provisioning;

/// <summary>
/// The host's own computation of the configuration CRC the node reports after COMMIT: the CRC-32 (IEEE 802.3,
/// reflected polynomial 0xEDB88320, initial value and final XOR 0xFFFFFFFF) of the version-2 configuration bytes,
/// laid out as docs/persistent-state.md "Configuration record layout" describes (little-endian; 99 fixed bytes then
/// the application parameters). Written from that description, not from the firmware code, so a node that stored
/// something else than what was sent is caught.
/// </summary>
public static class ConfigurationImage
{
    /// <summary>Region names of the console and their byte in the record (lorawan/Region/RegionId).</summary>
    public static readonly IReadOnlyDictionary<string, byte> RegionCodes = new Dictionary<string, byte>(StringComparer.Ordinal)
    {
        ["EU868"] = 1, ["US915"] = 2, ["AU915"] = 3, ["AS923-1"] = 4, ["AS923-2"] = 5, ["AS923-3"] = 6, ["AS923-4"] = 7,
        ["KR920"] = 8, ["IN865"] = 9,
    };

    /// <summary>The version-2 bytes of an OTAA configuration with <paramref name="settings"/> and the ABP DevAddr the node holds (session keys unset).</summary>
    public static byte[] Bytes(NodeSettings settings, uint devAddr)
    {
        var parameters = settings.ApplicationParameters;
        var bytes = new byte[99 + parameters.Length - 1];
        bytes[0] = 1; // activation: 1 OTAA, 2 ABP
        bytes[1] = 0b001; // key flags: bit0 AppKey set (NwkSKey bit1 and AppSKey bit2 unset)
        BinaryPrimitives.WriteUInt64LittleEndian(bytes.AsSpan(2), settings.DevEui);
        BinaryPrimitives.WriteUInt64LittleEndian(bytes.AsSpan(10), settings.JoinEui);
        settings.AppKey.CopyTo(bytes, 18);
        BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(34), devAddr);
        // 38..53 NwkSKey and 54..69 AppSKey stay zero: unset keys are all zero.
        bytes[70] = RegionCodes[settings.Region];
        bytes[71] = (byte)settings.SubBand;
        BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(72), settings.ReportIntervalSeconds);
        BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(76), settings.HeartbeatIntervalSeconds);
        BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(80), settings.ThresholdLow);
        BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(84), settings.ThresholdHigh);
        bytes[88] = (byte)((settings.Confirmed ? 1 : 0) | (settings.Adr ? 2 : 0));
        BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(89), settings.SampleIntervalSeconds);
        BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(93), settings.StatusIntervalSeconds);
        bytes[97] = parameters[0];
        bytes[98] = (byte)(parameters.Length - 1);
        Array.Copy(parameters, 1, bytes, 99, parameters.Length - 1);
        return bytes;
    }

    /// <summary>The configuration CRC of <paramref name="settings"/>.</summary>
    public static uint Crc(NodeSettings settings, uint devAddr) => Crc32(Bytes(settings, devAddr));

    /// <summary>CRC-32 (IEEE 802.3), bit by bit; check value 0xCBF43926 for "123456789".</summary>
    public static uint Crc32(byte[] data)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in data)
        {
            crc ^= b;
            for (var bit = 0; bit < 8; bit++)
            {
                crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB88320u : crc >> 1;
            }
        }

        return ~crc;
    }
}
