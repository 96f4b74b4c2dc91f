// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

namespace SmartCityNodes.Codecs;

/// <summary>The checks every uplink passes before its fields are read, in the order the JavaScript codecs use.</summary>
internal static class MessageCheck
{
    /// <summary>Returns why the message is refused, or null: empty, version, type for the FPort, length.</summary>
    public static string? Problem(byte[] bytes, int fPort, int expectedLength, params int[] allowedTypes)
    {
        if (bytes.Length == 0)
        {
            return $"expected {expectedLength} bytes on FPort {fPort}, got 0";
        }

        int version = bytes[0] >> 4;
        if (version != WireFormat.Version)
        {
            return $"unsupported format version {version}";
        }

        int type = bytes[0] & 0x0F;
        if (!allowedTypes.Contains(type))
        {
            return $"message type {type} does not belong on FPort {fPort}";
        }

        return bytes.Length != expectedLength ? $"expected {expectedLength} bytes on FPort {fPort}, got {bytes.Length}" : null;
    }

    /// <summary>The header type expected on FPort 1 or 2.</summary>
    public static int ReadingType(int fPort) => fPort == WireFormat.PeriodicPort ? WireFormat.PeriodicType : WireFormat.EventType;

    /// <summary>Big-endian unsigned 16-bit value.</summary>
    public static int UInt16(byte[] bytes, int index) => (bytes[index] << 8) | bytes[index + 1];

    /// <summary>Four bytes as eight upper-case hex digits.</summary>
    public static string Crc(byte[] bytes, int index) => Convert.ToHexString(bytes, index, 4);
}
