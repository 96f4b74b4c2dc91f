// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

namespace SmartCityNodes.Runtime.Provisioning
{
    /// <summary>
    /// The console's line checksum, as in NMEA 0183 sentences: the XOR of every byte of the line before the
    /// <c>*</c>, sent as two uppercase hex digits after it (e.g. <c>ID*0D</c>: 'I' 0x49 XOR 'D' 0x44 = 0x0D).
    /// </summary>
    public static class LineChecksum
    {
        /// <summary>XOR of <paramref name="count"/> bytes.</summary>
        /// <param name="buffer">Bytes.</param>
        /// <param name="offset">First byte.</param>
        /// <param name="count">Length.</param>
        public static byte Compute(byte[] buffer, int offset, int count)
        {
            byte checksum = 0;
            for (int i = offset; i < offset + count; i++)
            {
                checksum ^= buffer[i];
            }

            return checksum;
        }
    }
}
