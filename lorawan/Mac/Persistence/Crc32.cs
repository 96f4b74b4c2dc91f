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

        // CRC of each nibble value n: n shifted right through 4 steps of the reflected polynomial (entry 1 = 0x1DB71064,
        // entry 8 = 0xEDB88320, the polynomial itself). Constant data rather than a loop at boot: nanoCLR runs this
        // static constructor on every wake (the persisted state is checked on every wake, so the table is always needed),
        // and a literal array is one newarr plus RuntimeHelpers.InitializeArray, a single memcpy from the assembly
        // (docs/boot-budget.md). The check value test ("123456789" gives 0xCBF43926) covers every entry's use.
        private static readonly uint[] NibbleTable =
        {
            0x00000000, 0x1DB71064, 0x3B6E20C8, 0x26D930AC,
            0x76DC4190, 0x6B6B51F4, 0x4DB26158, 0x5005713C,
            0xEDB88320, 0xF00F9344, 0xD6D6A3E8, 0xCB61B38C,
            0x9B64C2B0, 0x86D3D2D4, 0xA00AE278, 0xBDBDF21C
        };

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
    }
}
