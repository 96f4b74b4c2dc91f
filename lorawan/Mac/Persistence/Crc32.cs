// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

namespace SmartCityNodes.LoRaWan.Mac
{
    /// <summary>
    /// CRC-32 as in IEEE 802.3 / zlib (reflected polynomial 0xEDB88320, initial value and final XOR 0xFFFFFFFF;
    /// check value of "123456789" is 0xCBF43926). Nibble-table form: 16 entries, no allocation per call.
    /// </summary>
    public static class Crc32
    {
        private const uint ReflectedPolynomial = 0xEDB88320;

        private static readonly uint[] NibbleTable = BuildTable();

        /// <summary>CRC of <paramref name="count"/> bytes of <paramref name="buffer"/> from <paramref name="offset"/>.</summary>
        /// <param name="buffer">Data.</param>
        /// <param name="offset">First byte.</param>
        /// <param name="count">Bytes to cover.</param>
        public static uint Compute(byte[] buffer, int offset, int count)
        {
            uint crc = 0xFFFFFFFF;
            for (int i = offset; i < offset + count; i++)
            {
                crc ^= buffer[i];
                crc = (crc >> 4) ^ NibbleTable[crc & 0x0F];
                crc = (crc >> 4) ^ NibbleTable[crc & 0x0F];
            }

            return ~crc;
        }

        private static uint[] BuildTable()
        {
            var table = new uint[16];
            for (uint n = 0; n < 16; n++)
            {
                uint c = n;
                for (int bit = 0; bit < 4; bit++)
                {
                    c = (c & 1) != 0 ? (c >> 1) ^ ReflectedPolynomial : c >> 1;
                }

                table[n] = c;
            }

            return table;
        }
    }
}
