// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using System;

namespace SmartCityNodes.DeviceTests
{
    /// <summary>
    /// Hex text ⇄ bytes for test vectors, written for nanoFramework (no Convert.FromHexString, no StringBuilder there):
    /// vectors are written as the specs print them and compared as hex strings, so a failure shows both values.
    /// Shared by every device test project (linked, one copy).
    /// </summary>
    public static class HexBytes
    {
        private const string Digits = "0123456789ABCDEF";

        /// <summary>Bytes of <paramref name="hex"/>; spaces are ignored, either case accepted.</summary>
        /// <param name="hex">Pairs of hex digits, e.g. "2b7e1516 28aed2a6".</param>
        /// <returns>A new array.</returns>
        public static byte[] Parse(string hex)
        {
            int digits = 0;
            for (int i = 0; i < hex.Length; i++)
            {
                if (hex[i] != ' ')
                {
                    digits++;
                }
            }

            if ((digits & 1) != 0)
            {
                throw new ArgumentException("odd number of hex digits");
            }

            byte[] bytes = new byte[digits / 2];
            int high = -1;
            int index = 0;
            for (int i = 0; i < hex.Length; i++)
            {
                if (hex[i] == ' ')
                {
                    continue;
                }

                int value = DigitValue(hex[i]);
                if (high < 0)
                {
                    high = value;
                }
                else
                {
                    bytes[index++] = (byte)((high << 4) | value);
                    high = -1;
                }
            }

            return bytes;
        }

        /// <summary>Parses <paramref name="hex"/> into <paramref name="destination"/> from <paramref name="offset"/> (a key, a section, a payload set in place).</summary>
        /// <param name="hex">Pairs of hex digits.</param>
        /// <param name="destination">Array filled in place.</param>
        /// <param name="offset">First byte to write.</param>
        /// <returns>Bytes written.</returns>
        public static int ParseInto(string hex, byte[] destination, int offset)
        {
            byte[] bytes = Parse(hex);
            Array.Copy(bytes, 0, destination, offset, bytes.Length);
            return bytes.Length;
        }

        /// <summary>Upper-case hex of <paramref name="count"/> bytes from <paramref name="offset"/>, no separators.</summary>
        /// <param name="bytes">Source.</param>
        /// <param name="offset">First byte.</param>
        /// <param name="count">Number of bytes.</param>
        /// <returns>The hex text.</returns>
        public static string Format(byte[] bytes, int offset, int count)
        {
            char[] text = new char[count * 2];
            for (int i = 0; i < count; i++)
            {
                byte value = bytes[offset + i];
                text[2 * i] = Digits[value >> 4];
                text[(2 * i) + 1] = Digits[value & 0x0F];
            }

            return new string(text);
        }

        /// <summary>Upper-case hex of <paramref name="hex"/> with spaces removed: the form <see cref="Format"/> returns.</summary>
        /// <param name="hex">Hex text as a spec prints it.</param>
        /// <returns>The normalised text.</returns>
        public static string Normalize(string hex)
        {
            byte[] bytes = Parse(hex);
            return Format(bytes, 0, bytes.Length);
        }

        private static int DigitValue(char digit)
        {
            if (digit >= '0' && digit <= '9')
            {
                return digit - '0';
            }

            if (digit >= 'a' && digit <= 'f')
            {
                return digit - 'a' + 10;
            }

            if (digit >= 'A' && digit <= 'F')
            {
                return digit - 'A' + 10;
            }

            throw new ArgumentException("not a hex digit");
        }
    }
}
