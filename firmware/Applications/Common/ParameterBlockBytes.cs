// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

namespace SmartCityNodes.Applications.Common
{
    /// <summary>
    /// Little-endian field access for the application parameter blocks (the byte order of the configuration record,
    /// docs/applications.md "Parameter blocks"). Allocation-free.
    /// </summary>
    public static class ParameterBlockBytes
    {
        /// <summary>Version of every application parameter block layout defined so far.</summary>
        public const byte LayoutVersion = 1;

        /// <summary>Writes the low 16 bits of <paramref name="value"/>, low byte first.</summary>
        /// <param name="buffer">Destination.</param>
        /// <param name="offset">First byte.</param>
        /// <param name="value">Value (0..65535, or −32768..32767 for signed fields).</param>
        public static void WriteUInt16(byte[] buffer, int offset, int value)
        {
            buffer[offset] = (byte)value;
            buffer[offset + 1] = (byte)(value >> 8);
        }

        /// <summary>Reads an unsigned 16-bit field, low byte first.</summary>
        /// <param name="buffer">Source.</param>
        /// <param name="offset">First byte.</param>
        /// <returns>0..65535.</returns>
        public static int ReadUInt16(byte[] buffer, int offset)
        {
            return buffer[offset] | (buffer[offset + 1] << 8);
        }

        /// <summary>Reads a signed (two's complement) 16-bit field, low byte first.</summary>
        /// <param name="buffer">Source.</param>
        /// <param name="offset">First byte.</param>
        /// <returns>−32768..32767.</returns>
        public static int ReadInt16(byte[] buffer, int offset)
        {
            return (short)(buffer[offset] | (buffer[offset + 1] << 8));
        }
    }
}
