// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using SmartCityNodes.Hal;

namespace SmartCityNodes.LoRaWan.Mac
{
    /// <summary>
    /// DutyCycleReq (downlink, LoRaWAN L2 1.0.4 §5.3): CID 0x04, DutyCyclePL (RFU bits 7..4, MaxDutyCycle bits 3..0).
    /// The aggregated duty cycle is limited to 1 / 2^MaxDutyCycle; 0 means no limit beyond the regional ones.
    /// </summary>
    [HotPath]
    public sealed class DutyCycleReq
    {
        /// <summary>CID plus payload, in bytes.</summary>
        public const int Size = 2;

        /// <summary>MaxDutyCycle exponent, 0..15.</summary>
        public byte MaxDutyCycle;

        /// <summary>Writes CID and payload at <paramref name="offset"/>; returns <see cref="Size"/>, or 0 when the buffer is too small.</summary>
        /// <param name="buffer">Destination.</param>
        /// <param name="offset">Position of the CID byte.</param>
        public int Encode(byte[] buffer, int offset)
        {
            if (buffer.Length - offset < Size) { return 0; }
            buffer[offset] = (byte)Cid.DutyCycle;
            buffer[offset + 1] = (byte)(MaxDutyCycle & 0x0F);
            return Size;
        }

        /// <summary>
        /// Reads the command whose CID byte is at <paramref name="offset"/> into this instance (length checked by the caller):
        /// the MAC keeps one instance per command type and refills it, as nanoCLR would allocate a struct per copy.
        /// </summary>
        /// <param name="buffer">Source.</param>
        /// <param name="offset">Position of the CID byte.</param>
        public void Decode(byte[] buffer, int offset)
        {
            MaxDutyCycle = (byte)(buffer[offset + 1] & 0x0F);
        }
    }
}
