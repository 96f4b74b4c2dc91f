// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using SmartCityNodes.Hal;

namespace SmartCityNodes.LoRaWan.Mac
{
    /// <summary>
    /// LinkADRAns (uplink, LoRaWAN L2 1.0.4 §5.2): CID 0x03, Status (RFU bits 7..3, Power ACK bit 2, Data rate ACK
    /// bit 1, Channel mask ACK bit 0). Any bit 0 means the whole request was rejected and nothing changed.
    /// </summary>
    [HotPath]
    public sealed class LinkAdrAns
    {
        /// <summary>CID plus payload, in bytes.</summary>
        public const int Size = 2;

        /// <summary>Status bit 2.</summary>
        public const byte PowerAckBit = 0b0000_0100;

        /// <summary>Status bit 1.</summary>
        public const byte DataRateAckBit = 0b0000_0010;

        /// <summary>Status bit 0.</summary>
        public const byte ChannelMaskAckBit = 0b0000_0001;

        /// <summary>The TX power was accepted.</summary>
        public bool PowerAck;

        /// <summary>The data rate was accepted.</summary>
        public bool DataRateAck;

        /// <summary>The channel mask was accepted.</summary>
        public bool ChannelMaskAck;

        /// <summary>The status byte as on the wire.</summary>
        public byte Status
        {
            get
            {
                return (byte)((PowerAck ? PowerAckBit : 0) | (DataRateAck ? DataRateAckBit : 0) | (ChannelMaskAck ? ChannelMaskAckBit : 0));
            }
        }

        /// <summary>True when all three bits are set.</summary>
        public bool Accepted
        {
            get { return PowerAck && DataRateAck && ChannelMaskAck; }
        }

        /// <summary>Writes CID and payload at <paramref name="offset"/>; returns <see cref="Size"/>, or 0 when the buffer is too small.</summary>
        /// <param name="buffer">Destination.</param>
        /// <param name="offset">Position of the CID byte.</param>
        public int Encode(byte[] buffer, int offset)
        {
            if (buffer.Length - offset < Size) { return 0; }
            buffer[offset] = (byte)Cid.LinkADR;
            buffer[offset + 1] = Status;
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
            byte status = buffer[offset + 1];
            PowerAck = (status & PowerAckBit) != 0;
            DataRateAck = (status & DataRateAckBit) != 0;
            ChannelMaskAck = (status & ChannelMaskAckBit) != 0;
        }
    }
}
