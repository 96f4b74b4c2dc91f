// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using SmartCityNodes.Hal;

namespace SmartCityNodes.LoRaWan.Mac
{
    /// <summary>
    /// RXParamSetupAns (uplink, LoRaWAN L2 1.0.4 §5.4): CID 0x05, Status (RFU bits 7..3, RX1DRoffset ACK bit 2,
    /// RX2 Data rate ACK bit 1, Channel ACK bit 0). Sticky: repeated in every uplink until a class-A downlink arrives.
    /// </summary>
    [HotPath]
    public sealed class RxParamSetupAns
    {
        /// <summary>CID plus payload, in bytes.</summary>
        public const int Size = 2;

        /// <summary>The RX1 data-rate offset was accepted (bit 2).</summary>
        public bool Rx1DrOffsetAck;

        /// <summary>The RX2 data rate was accepted (bit 1).</summary>
        public bool Rx2DataRateAck;

        /// <summary>The RX2 frequency was accepted (bit 0).</summary>
        public bool ChannelAck;

        /// <summary>The status byte as on the wire.</summary>
        public byte Status
        {
            get { return (byte)((Rx1DrOffsetAck ? 0b100 : 0) | (Rx2DataRateAck ? 0b010 : 0) | (ChannelAck ? 0b001 : 0)); }
        }

        /// <summary>True when all three bits are set.</summary>
        public bool Accepted
        {
            get { return Rx1DrOffsetAck && Rx2DataRateAck && ChannelAck; }
        }

        /// <summary>Writes CID and payload at <paramref name="offset"/>; returns <see cref="Size"/>, or 0 when the buffer is too small.</summary>
        /// <param name="buffer">Destination.</param>
        /// <param name="offset">Position of the CID byte.</param>
        public int Encode(byte[] buffer, int offset)
        {
            if (buffer.Length - offset < Size) { return 0; }
            buffer[offset] = (byte)Cid.RXParamSetup;
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
            Rx1DrOffsetAck = (status & 0b100) != 0;
            Rx2DataRateAck = (status & 0b010) != 0;
            ChannelAck = (status & 0b001) != 0;
        }
    }
}
