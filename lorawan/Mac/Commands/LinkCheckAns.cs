// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using SmartCityNodes.Hal;

namespace SmartCityNodes.LoRaWan.Mac
{
    /// <summary>
    /// LinkCheckAns (downlink, LoRaWAN L2 1.0.4 §5.1): CID 0x02, Margin (1 byte, dB above the demodulation floor of
    /// the gateway that received the LinkCheckReq best, 0..254, 255 reserved), GwCnt (1 byte, gateways that received it).
    /// </summary>
    [HotPath]
    public sealed class LinkCheckAns
    {
        /// <summary>CID plus payload, in bytes.</summary>
        public const int Size = 3;

        /// <summary>Link margin in dB.</summary>
        public byte MarginDb;

        /// <summary>Number of gateways that received the request.</summary>
        public byte GatewayCount;

        /// <summary>Writes CID and payload at <paramref name="offset"/>; returns <see cref="Size"/>, or 0 when the buffer is too small.</summary>
        /// <param name="buffer">Destination.</param>
        /// <param name="offset">Position of the CID byte.</param>
        public int Encode(byte[] buffer, int offset)
        {
            if (buffer.Length - offset < Size) { return 0; }
            buffer[offset] = (byte)Cid.LinkCheck;
            buffer[offset + 1] = MarginDb;
            buffer[offset + 2] = GatewayCount;
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
            MarginDb = buffer[offset + 1];
            GatewayCount = buffer[offset + 2];
        }
    }
}
