// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using SmartCityNodes.LoRaWan.Frames;

namespace SmartCityNodes.Applications.Common
{
    /// <summary>
    /// Signed little-endian fields of the applications' persisted state records (byte[] + offset). Built on the stack's
    /// <see cref="LittleEndian"/> so there is one byte-order helper in the repository.
    /// </summary>
    public static class StateRecord
    {
        /// <summary>Writes a signed 16-bit value.</summary>
        /// <param name="buffer">Destination.</param>
        /// <param name="offset">First byte.</param>
        /// <param name="value">Value in [-32768, 32767].</param>
        public static void WriteInt16(byte[] buffer, int offset, int value)
        {
            LittleEndian.WriteUInt16(buffer, offset, (ushort)value);
        }

        /// <summary>Reads a signed 16-bit value.</summary>
        /// <param name="buffer">Source.</param>
        /// <param name="offset">First byte.</param>
        /// <returns>The value.</returns>
        public static int ReadInt16(byte[] buffer, int offset)
        {
            return (short)LittleEndian.ReadUInt16(buffer, offset);
        }

        /// <summary>Writes a signed 32-bit value.</summary>
        /// <param name="buffer">Destination.</param>
        /// <param name="offset">First byte.</param>
        /// <param name="value">Value.</param>
        public static void WriteInt32(byte[] buffer, int offset, int value)
        {
            LittleEndian.WriteUInt32(buffer, offset, (uint)value);
        }

        /// <summary>Reads a signed 32-bit value.</summary>
        /// <param name="buffer">Source.</param>
        /// <param name="offset">First byte.</param>
        /// <returns>The value.</returns>
        public static int ReadInt32(byte[] buffer, int offset)
        {
            return (int)LittleEndian.ReadUInt32(buffer, offset);
        }

        /// <summary>Writes a signed 64-bit value (times in milliseconds).</summary>
        /// <param name="buffer">Destination.</param>
        /// <param name="offset">First byte.</param>
        /// <param name="value">Value.</param>
        public static void WriteInt64(byte[] buffer, int offset, long value)
        {
            LittleEndian.WriteUInt64(buffer, offset, (ulong)value);
        }

        /// <summary>Reads a signed 64-bit value.</summary>
        /// <param name="buffer">Source.</param>
        /// <param name="offset">First byte.</param>
        /// <returns>The value.</returns>
        public static long ReadInt64(byte[] buffer, int offset)
        {
            return (long)LittleEndian.ReadUInt64(buffer, offset);
        }

        /// <summary>Checks the version byte and the length before a record is read.</summary>
        /// <param name="buffer">Source.</param>
        /// <param name="offset">First byte of the record (its version byte).</param>
        /// <param name="length">Bytes available from <paramref name="offset"/>.</param>
        /// <param name="version">The version this code reads.</param>
        /// <param name="recordLength">The record's length.</param>
        /// <returns><see cref="StateRecordStatus.Ok"/>, or why the record cannot be read.</returns>
        public static StateRecordStatus CheckHeader(byte[] buffer, int offset, int length, byte version, int recordLength)
        {
            if (buffer == null || offset < 0 || length < recordLength || offset > buffer.Length - recordLength)
            {
                return StateRecordStatus.TooShort;
            }

            return buffer[offset] == version ? StateRecordStatus.Ok : StateRecordStatus.WrongVersion;
        }
    }
}
