// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using System;
using SmartCityNodes.Hal;

namespace SmartCityNodes.Applications.Payloads
{
    /// <summary>
    /// Fixed-point helpers the encoders share: rounding to a field's resolution, saturation, big-endian writes and
    /// the battery byte. Integer-only (nanoFramework has no public Math), nothing allocated.
    /// </summary>
    [HotPath]
    public static class FieldEncoding
    {
        /// <summary>Battery byte fault value.</summary>
        public const int BatteryFault = 0xFF;

        /// <summary>Battery byte origin: raw 0 = 2000 mV.</summary>
        public const int BatteryOffsetMillivolts = 2000;

        /// <summary>Battery byte resolution: 10 mV per step (2.00..4.54 V).</summary>
        public const int BatteryStepMillivolts = 10;

        /// <summary>Largest battery raw value that is a reading (254 = 4.54 V or more).</summary>
        public const int BatteryMaximumRaw = 254;

        /// <summary>
        /// (value + offset) / step rounded half up, saturated to 0..maximumRaw. The offset moves the field's lowest
        /// value to raw 0, so the rounding works on non-negative numbers only.
        /// </summary>
        /// <param name="value">Reading in its fine unit (for example 0.01 °C).</param>
        /// <param name="offset">Added first, in the same unit (4000 for an origin of -40.00 °C).</param>
        /// <param name="step">Field resolution in the same unit (100 for 1 °C).</param>
        /// <param name="maximumRaw">Largest raw value that is a reading.</param>
        /// <returns>The raw field value.</returns>
        public static int Quantize(long value, long offset, long step, int maximumRaw)
        {
            long shifted = value + offset;
            if (shifted <= 0)
            {
                return 0;
            }

            long raw = (shifted + (step / 2)) / step;
            return raw > maximumRaw ? maximumRaw : (int)raw;
        }

        /// <summary>The battery byte: (mV − 2000) / 10 rounded, 0..254, or 0xFF when <paramref name="fault"/>.</summary>
        /// <param name="batteryMillivolts">Battery voltage in millivolts, or <see cref="PayloadFormat.Missing"/>.</param>
        /// <param name="fault">True when the battery monitor failed.</param>
        /// <returns>The raw byte.</returns>
        public static byte Battery(int batteryMillivolts, bool fault)
        {
            if (fault || batteryMillivolts == PayloadFormat.Missing)
            {
                return BatteryFault;
            }

            return (byte)Quantize(batteryMillivolts, -BatteryOffsetMillivolts, BatteryStepMillivolts, BatteryMaximumRaw);
        }

        /// <summary>Writes <paramref name="value"/> as two bytes, most significant first.</summary>
        /// <param name="buffer">Destination.</param>
        /// <param name="offset">First byte.</param>
        /// <param name="value">0..65535.</param>
        public static void WriteUInt16BigEndian(byte[] buffer, int offset, int value)
        {
            buffer[offset] = (byte)(value >> 8);
            buffer[offset + 1] = (byte)value;
        }

        /// <summary>Writes <paramref name="value"/> as four bytes, most significant first.</summary>
        /// <param name="buffer">Destination.</param>
        /// <param name="offset">First byte.</param>
        /// <param name="value">Value.</param>
        public static void WriteUInt32BigEndian(byte[] buffer, int offset, uint value)
        {
            buffer[offset] = (byte)(value >> 24);
            buffer[offset + 1] = (byte)(value >> 16);
            buffer[offset + 2] = (byte)(value >> 8);
            buffer[offset + 3] = (byte)value;
        }

        /// <summary>
        /// ORs the low <paramref name="width"/> bits of <paramref name="value"/> into the bit stream that starts at
        /// <paramref name="offset"/>, most significant bit first; bit position 0 is bit 7 of the first byte. The
        /// caller clears the bytes first.
        /// </summary>
        /// <param name="buffer">Destination.</param>
        /// <param name="offset">First byte of the bit stream.</param>
        /// <param name="bitPosition">Position of the field's most significant bit in the stream.</param>
        /// <param name="width">Field width in bits, 1..31.</param>
        /// <param name="value">Field value; bits above the width are ignored.</param>
        /// <returns>The bit position after the field.</returns>
        public static int WriteBits(byte[] buffer, int offset, int bitPosition, int width, int value)
        {
            for (int bit = width - 1; bit >= 0; bit--)
            {
                if (((value >> bit) & 1) != 0)
                {
                    buffer[offset + (bitPosition >> 3)] |= (byte)(0x80 >> (bitPosition & 7));
                }

                bitPosition++;
            }

            return bitPosition;
        }

        /// <summary>
        /// The check every encoder starts with: null arguments are programmer misuse (exception); a buffer too small
        /// is a result (false, nothing written).
        /// </summary>
        /// <param name="buffer">Destination.</param>
        /// <param name="offset">First byte.</param>
        /// <param name="length">Bytes the message needs.</param>
        /// <param name="readings">The readings object the encoder reads.</param>
        /// <returns>True when the message fits.</returns>
        public static bool CanWrite(byte[] buffer, int offset, int length, object readings)
        {
            if (buffer == null)
            {
                throw new ArgumentNullException(nameof(buffer));
            }

            if (readings == null)
            {
                throw new ArgumentNullException(nameof(readings));
            }

            return Fits(buffer, offset, length);
        }

        /// <summary>True when <paramref name="length"/> bytes fit in <paramref name="buffer"/> from <paramref name="offset"/>.</summary>
        /// <param name="buffer">Destination (not null).</param>
        /// <param name="offset">First byte.</param>
        /// <param name="length">Bytes needed.</param>
        /// <returns>Whether they fit.</returns>
        public static bool Fits(byte[] buffer, int offset, int length)
        {
            return offset >= 0 && offset <= buffer.Length - length;
        }

        /// <summary>Sets <paramref name="length"/> bytes from <paramref name="offset"/> to zero.</summary>
        /// <param name="buffer">Destination.</param>
        /// <param name="offset">First byte.</param>
        /// <param name="length">Bytes to clear.</param>
        public static void Clear(byte[] buffer, int offset, int length)
        {
            for (int i = offset; i < offset + length; i++)
            {
                buffer[i] = 0;
            }
        }
    }
}
