// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using System;
using SmartCityNodes.Hal;
using SmartCityNodes.LoRaWan.Frames;
using SmartCityNodes.LoRaWan.Mac;

namespace SmartCityNodes.Runtime
{
    /// <summary>
    /// The frame every runtime record shares: magic (2 bytes, little-endian), version, a layout byte (entry count),
    /// the body, and a CRC-32 over everything before it in the last 4 bytes (the MAC record's <see cref="Crc32"/>).
    /// </summary>
    [HotPath]
    public static class RuntimeRecord
    {
        /// <summary>Bytes before the body.</summary>
        public const int HeaderLength = 4;

        /// <summary>Bytes of the CRC at the end.</summary>
        public const int CrcLength = 4;

        /// <summary>Writes the header; throws on a buffer too small for <paramref name="length"/> bytes (programmer misuse).</summary>
        /// <param name="buffer">Destination.</param>
        /// <param name="offset">First byte.</param>
        /// <param name="length">Whole record length.</param>
        /// <param name="magic">Record magic.</param>
        /// <param name="version">Layout version.</param>
        /// <param name="layout">Entry count or other layout byte.</param>
        public static void WriteHeader(byte[] buffer, int offset, int length, ushort magic, byte version, byte layout)
        {
            if (buffer == null || offset < 0 || buffer.Length - offset < length)
            {
                throw new ArgumentException();
            }

            LittleEndian.WriteUInt16(buffer, offset, magic);
            buffer[offset + 2] = version;
            buffer[offset + 3] = layout;
        }

        /// <summary>Writes the CRC-32 of the first length − 4 bytes into the last 4 and returns the length.</summary>
        /// <param name="buffer">Destination.</param>
        /// <param name="offset">First byte.</param>
        /// <param name="length">Whole record length.</param>
        public static int Seal(byte[] buffer, int offset, int length)
        {
            LittleEndian.WriteUInt32(buffer, offset + length - CrcLength, Crc32.Compute(buffer, offset, length - CrcLength));
            return length;
        }

        /// <summary>Checks size, magic, version, layout and CRC, in that order; Ok when the body may be read.</summary>
        /// <param name="buffer">Source.</param>
        /// <param name="offset">First byte.</param>
        /// <param name="count">Bytes available.</param>
        /// <param name="length">Whole record length.</param>
        /// <param name="magic">Expected magic.</param>
        /// <param name="version">Expected version.</param>
        /// <param name="layout">Expected layout byte.</param>
        public static RuntimeRecordStatus Check(byte[] buffer, int offset, int count, int length, ushort magic, byte version, byte layout)
        {
            if (buffer == null || offset < 0 || count < length || buffer.Length - offset < length)
            {
                return RuntimeRecordStatus.TooShort;
            }

            if (LittleEndian.ReadUInt16(buffer, offset) != magic)
            {
                return RuntimeRecordStatus.WrongMagic;
            }

            if (buffer[offset + 2] != version || buffer[offset + 3] != layout)
            {
                return RuntimeRecordStatus.UnsupportedVersion;
            }

            if (LittleEndian.ReadUInt32(buffer, offset + length - CrcLength) != Crc32.Compute(buffer, offset, length - CrcLength))
            {
                return RuntimeRecordStatus.CrcMismatch;
            }

            return RuntimeRecordStatus.Ok;
        }
    }
}
