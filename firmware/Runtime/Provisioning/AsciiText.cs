// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

namespace SmartCityNodes.Runtime.Provisioning
{
    /// <summary>Parsing and formatting of ASCII text in byte arrays, without strings or allocation.</summary>
    public static class AsciiText
    {
        private const string HexDigits = "0123456789ABCDEF";

        /// <summary>Value of a hex digit (either case), or -1.</summary>
        /// <param name="character">ASCII byte.</param>
        public static int HexValue(byte character)
        {
            if (character >= '0' && character <= '9')
            {
                return character - '0';
            }

            if (character >= 'A' && character <= 'F')
            {
                return character - 'A' + 10;
            }

            return character >= 'a' && character <= 'f' ? character - 'a' + 10 : -1;
        }

        /// <summary>Uppercase hex digit of the low nibble.</summary>
        /// <param name="nibble">0..15.</param>
        public static byte HexDigit(int nibble) => (byte)HexDigits[nibble & 0x0F];

        /// <summary>True when the <paramref name="length"/> bytes at <paramref name="offset"/> spell <paramref name="word"/>, ignoring ASCII case.</summary>
        /// <param name="text">Bytes.</param>
        /// <param name="offset">First byte.</param>
        /// <param name="length">Length.</param>
        /// <param name="word">Word to match.</param>
        public static bool EqualsIgnoreCase(byte[] text, int offset, int length, string word)
        {
            if (length != word.Length)
            {
                return false;
            }

            for (int i = 0; i < length; i++)
            {
                if (ToUpper(text[offset + i]) != ToUpper((byte)word[i]))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>Decodes exactly <paramref name="byteCount"/> bytes of hex; false on a bad digit or wrong length.</summary>
        /// <param name="text">Bytes.</param>
        /// <param name="offset">First hex digit.</param>
        /// <param name="length">Number of hex digits.</param>
        /// <param name="output">Destination.</param>
        /// <param name="outputOffset">First destination byte.</param>
        /// <param name="byteCount">Bytes expected.</param>
        public static bool TryParseHex(byte[] text, int offset, int length, byte[] output, int outputOffset, int byteCount)
        {
            if (length != byteCount * 2)
            {
                return false;
            }

            for (int i = 0; i < byteCount; i++)
            {
                int high = HexValue(text[offset + (2 * i)]);
                int low = HexValue(text[offset + (2 * i) + 1]);
                if (high < 0 || low < 0)
                {
                    return false;
                }

                output[outputOffset + i] = (byte)((high << 4) | low);
            }

            return true;
        }

        /// <summary>True when every byte is a hex digit.</summary>
        /// <param name="text">Bytes.</param>
        /// <param name="offset">First byte.</param>
        /// <param name="length">Length.</param>
        public static bool IsHex(byte[] text, int offset, int length)
        {
            for (int i = 0; i < length; i++)
            {
                if (HexValue(text[offset + i]) < 0)
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>Parses an optionally signed decimal number within -2^31..2^32-1; false on anything else.</summary>
        /// <param name="text">Bytes.</param>
        /// <param name="offset">First byte.</param>
        /// <param name="length">Length (1..11).</param>
        /// <param name="value">The number.</param>
        public static bool TryParseDecimal(byte[] text, int offset, int length, out long value)
        {
            value = 0;
            bool negative = length > 0 && text[offset] == '-';
            int start = negative ? 1 : 0;
            if (length - start < 1 || length - start > 10)
            {
                return false;
            }

            for (int i = start; i < length; i++)
            {
                byte c = text[offset + i];
                if (c < '0' || c > '9')
                {
                    return false;
                }

                value = (value * 10) + (c - '0');
            }

            if (negative)
            {
                value = -value;
            }

            return value >= int.MinValue && value <= uint.MaxValue;
        }

        /// <summary>Writes <paramref name="value"/> in decimal; returns the new offset.</summary>
        /// <param name="value">Number.</param>
        /// <param name="output">Destination.</param>
        /// <param name="offset">First byte.</param>
        public static int WriteDecimal(long value, byte[] output, int offset)
        {
            if (value < 0)
            {
                output[offset++] = (byte)'-';
                value = -value;
            }

            int digits = 1;
            for (long rest = value / 10; rest > 0; rest /= 10)
            {
                digits++;
            }

            for (int i = digits - 1; i >= 0; i--)
            {
                output[offset + i] = (byte)('0' + (value % 10));
                value /= 10;
            }

            return offset + digits;
        }

        /// <summary>Writes the low <paramref name="digits"/> hex digits of <paramref name="value"/>, most significant first; returns the new offset.</summary>
        /// <param name="value">Number.</param>
        /// <param name="digits">Digits (up to 16).</param>
        /// <param name="output">Destination.</param>
        /// <param name="offset">First byte.</param>
        public static int WriteHex(ulong value, int digits, byte[] output, int offset)
        {
            for (int i = digits - 1; i >= 0; i--)
            {
                output[offset + i] = HexDigit((int)(value & 0x0F));
                value >>= 4;
            }

            return offset + digits;
        }

        private static byte ToUpper(byte c) => c >= 'a' && c <= 'z' ? (byte)(c - 32) : c;
    }
}
