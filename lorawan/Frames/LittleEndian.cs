// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using SmartCityNodes.Hal;

namespace SmartCityNodes.LoRaWan.Frames
{
    /// <summary>LoRaWAN puts every multi-byte field on the air least-significant byte first (L2 1.0.4 §4).</summary>
    [HotPath]
    public static class LittleEndian
    {
        /// <summary>Writes 2 bytes.</summary>
        public static void WriteUInt16(byte[] buffer, int offset, ushort value)
        {
            buffer[offset] = (byte)value;
            buffer[offset + 1] = (byte)(value >> 8);
        }

        /// <summary>Writes 3 bytes (JoinNonce, NetID, channel frequency / 100 Hz).</summary>
        public static void WriteUInt24(byte[] buffer, int offset, uint value)
        {
            buffer[offset] = (byte)value;
            buffer[offset + 1] = (byte)(value >> 8);
            buffer[offset + 2] = (byte)(value >> 16);
        }

        /// <summary>Writes 4 bytes.</summary>
        public static void WriteUInt32(byte[] buffer, int offset, uint value)
        {
            buffer[offset] = (byte)value;
            buffer[offset + 1] = (byte)(value >> 8);
            buffer[offset + 2] = (byte)(value >> 16);
            buffer[offset + 3] = (byte)(value >> 24);
        }

        /// <summary>Writes 8 bytes (EUI-64 fields).</summary>
        public static void WriteUInt64(byte[] buffer, int offset, ulong value)
        {
            WriteUInt32(buffer, offset, (uint)value);
            WriteUInt32(buffer, offset + 4, (uint)(value >> 32));
        }

        /// <summary>Reads 2 bytes.</summary>
        public static ushort ReadUInt16(byte[] buffer, int offset) => (ushort)(buffer[offset] | (buffer[offset + 1] << 8));

        /// <summary>Reads 3 bytes.</summary>
        public static uint ReadUInt24(byte[] buffer, int offset) => (uint)(buffer[offset] | (buffer[offset + 1] << 8) | (buffer[offset + 2] << 16));

        /// <summary>Reads 4 bytes.</summary>
        public static uint ReadUInt32(byte[] buffer, int offset)
            => (uint)(buffer[offset] | (buffer[offset + 1] << 8) | (buffer[offset + 2] << 16) | (buffer[offset + 3] << 24));

        /// <summary>Reads 8 bytes.</summary>
        public static ulong ReadUInt64(byte[] buffer, int offset) => ReadUInt32(buffer, offset) | ((ulong)ReadUInt32(buffer, offset + 4) << 32);
    }
}
