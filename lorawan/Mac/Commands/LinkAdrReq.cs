// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using SmartCityNodes.Hal;

namespace SmartCityNodes.LoRaWan.Mac
{
    /// <summary>
    /// LinkADRReq (downlink, LoRaWAN L2 1.0.4 §5.2): CID 0x03, DataRate_TXPower (DataRate bits 7..4, TXPower bits
    /// 3..0; 0xF in either means "keep the current value"), ChMask (2 bytes little-endian, bit n enables channel n of
    /// the block chosen by ChMaskCntl), Redundancy (RFU bit 7, ChMaskCntl bits 6..4, NbTrans bits 3..0).
    /// </summary>
    [HotPath]
    public sealed class LinkAdrReq
    {
        /// <summary>CID plus payload, in bytes.</summary>
        public const int Size = 5;

        /// <summary>DataRate or TXPower value meaning "keep the current setting" (L2 1.0.4 §5.2).</summary>
        public const byte Keep = 0x0F;

        /// <summary>Data-rate index, 0..15.</summary>
        public byte DataRate;

        /// <summary>TX power index, 0..15.</summary>
        public byte TxPower;

        /// <summary>Channel mask of the addressed block of 16 channels.</summary>
        public ushort ChMask;

        /// <summary>Channel-mask control, 0..7 (meaning is regional, RP002-1.0.4).</summary>
        public byte ChMaskCntl;

        /// <summary>Transmissions per uplink, 0..15 (0 means "use the default, 1").</summary>
        public byte NbTrans;

        /// <summary>Writes CID and payload at <paramref name="offset"/>; returns <see cref="Size"/>, or 0 when the buffer is too small.</summary>
        /// <param name="buffer">Destination.</param>
        /// <param name="offset">Position of the CID byte.</param>
        public int Encode(byte[] buffer, int offset)
        {
            if (buffer.Length - offset < Size) { return 0; }
            buffer[offset] = (byte)Cid.LinkADR;
            buffer[offset + 1] = (byte)(((DataRate & 0x0F) << 4) | (TxPower & 0x0F));
            buffer[offset + 2] = (byte)ChMask;
            buffer[offset + 3] = (byte)(ChMask >> 8);
            buffer[offset + 4] = (byte)(((ChMaskCntl & 0x07) << 4) | (NbTrans & 0x0F));
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
            DataRate = (byte)(buffer[offset + 1] >> 4);
            TxPower = (byte)(buffer[offset + 1] & 0x0F);
            ChMask = (ushort)(buffer[offset + 2] | (buffer[offset + 3] << 8));
            ChMaskCntl = (byte)((buffer[offset + 4] >> 4) & 0x07);
            NbTrans = (byte)(buffer[offset + 4] & 0x0F);
        }
    }
}
