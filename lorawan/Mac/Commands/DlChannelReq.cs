// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using SmartCityNodes.Hal;

namespace SmartCityNodes.LoRaWan.Mac
{
    /// <summary>
    /// DlChannelReq (downlink, LoRaWAN L2 1.0.4 §5.6): CID 0x0A, ChIndex (1 byte), Freq (3 bytes, 100 Hz units,
    /// little-endian): the RX1 downlink frequency of an existing uplink channel.
    /// </summary>
    [HotPath]
    public sealed class DlChannelReq
    {
        /// <summary>CID plus payload, in bytes.</summary>
        public const int Size = 5;

        /// <summary>Uplink channel index whose RX1 frequency changes.</summary>
        public byte ChannelIndex;

        /// <summary>New RX1 frequency in Hz.</summary>
        public uint FrequencyHz;

        /// <summary>Writes CID and payload at <paramref name="offset"/>; returns <see cref="Size"/>, or 0 when the buffer is too small.</summary>
        /// <param name="buffer">Destination.</param>
        /// <param name="offset">Position of the CID byte.</param>
        public int Encode(byte[] buffer, int offset)
        {
            if (buffer.Length - offset < Size) { return 0; }
            buffer[offset] = (byte)Cid.DlChannel;
            buffer[offset + 1] = ChannelIndex;
            MacFrequency.WriteHz(FrequencyHz, buffer, offset + 2);
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
        }
    }
}
