// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

namespace SmartCityNodes.DeviceTests.Payloads
{
    /// <summary>
    /// Buffers pre-filled with a marker byte, so a test sees every byte an encoder wrote, and every byte it must not
    /// have written (outside its message, or anything at all when it refuses a buffer that is too small).
    /// </summary>
    public static class GuardedBuffer
    {
        /// <summary>The marker: 0xA5 (1010 0101) is neither 0x00 nor 0xFF nor any header byte, so no field value hides it by chance.</summary>
        public const byte Marker = 0xA5;

        /// <summary>A new buffer of <paramref name="length"/> marker bytes.</summary>
        /// <param name="length">Bytes.</param>
        /// <returns>The buffer.</returns>
        public static byte[] Create(int length)
        {
            byte[] buffer = new byte[length];
            for (int i = 0; i < length; i++)
            {
                buffer[i] = Marker;
            }

            return buffer;
        }

        /// <summary>True when every byte of <paramref name="buffer"/> still holds the marker.</summary>
        /// <param name="buffer">Buffer from <see cref="Create"/>.</param>
        /// <returns>Whether nothing was written.</returns>
        public static bool IsUntouched(byte[] buffer)
        {
            for (int i = 0; i < buffer.Length; i++)
            {
                if (buffer[i] != Marker)
                {
                    return false;
                }
            }

            return true;
        }
    }
}
