// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using SmartCityNodes.Hal;

namespace SmartCityNodes.LoRaWan.Mac
{
    /// <summary>
    /// NewChannelReq (downlink, LoRaWAN L2 1.0.4 §5.6): CID 0x07, ChIndex (1 byte), Freq (3 bytes, 100 Hz units,
    /// little-endian; 0 disables the channel), DrRange (MaxDR bits 7..4, MinDR bits 3..0).
    /// </summary>
    [HotPath]
    public sealed class NewChannelReq
    {
        /// <summary>CID plus payload, in bytes.</summary>
        public const int Size = 6;

        /// <summary>Channel index being created or changed.</summary>
        public byte ChannelIndex;

        /// <summary>Channel frequency in Hz, 0 to disable.</summary>
        public uint FrequencyHz;

        /// <summary>Lowest uplink data rate allowed on the channel.</summary>
        public byte MinDataRate;

        /// <summary>Highest uplink data rate allowed on the channel.</summary>
        public byte MaxDataRate;

        /// <summary>Writes CID and payload at <paramref name="offset"/>; returns <see cref="Size"/>, or 0 when the buffer is too small.</summary>
        /// <param name="buffer">Destination.</param>
        /// <param name="offset">Position of the CID byte.</param>
        public int Encode(byte[] buffer, int offset)
        {
            if (buffer.Length - offset < Size) { return 0; }
            buffer[offset] = (byte)Cid.NewChannel;
            buffer[offset + 1] = ChannelIndex;
            MacFrequency.WriteHz(FrequencyHz, buffer, offset + 2);
            buffer[offset + 5] = (byte)(((MaxDataRate & 0x0F) << 4) | (MinDataRate & 0x0F));
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
            ChannelIndex = buffer[offset + 1];
            FrequencyHz = MacFrequency.ReadHz(buffer, offset + 2);
            MaxDataRate = (byte)(buffer[offset + 5] >> 4);
            MinDataRate = (byte)(buffer[offset + 5] & 0x0F);
        }
    }
}
