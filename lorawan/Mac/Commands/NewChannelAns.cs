// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using SmartCityNodes.Hal;

namespace SmartCityNodes.LoRaWan.Mac
{
    /// <summary>
    /// NewChannelAns (uplink, LoRaWAN L2 1.0.4 §5.6): CID 0x07, Status (RFU bits 7..2, Data rate range ok bit 1,
    /// Channel frequency ok bit 0). Any bit 0 means the channel was not changed.
    /// </summary>
    [HotPath]
    public sealed class NewChannelAns
    {
        /// <summary>CID plus payload, in bytes.</summary>
        public const int Size = 2;

        /// <summary>The data-rate range is possible on this device (bit 1).</summary>
        public bool DataRateRangeOk;

        /// <summary>The device can use this frequency (bit 0).</summary>
        public bool ChannelFrequencyOk;

        /// <summary>The status byte as on the wire.</summary>
        public byte Status
        {
            get { return (byte)((DataRateRangeOk ? 0b10 : 0) | (ChannelFrequencyOk ? 0b01 : 0)); }
        }

        /// <summary>Writes CID and payload at <paramref name="offset"/>; returns <see cref="Size"/>, or 0 when the buffer is too small.</summary>
        /// <param name="buffer">Destination.</param>
        /// <param name="offset">Position of the CID byte.</param>
        public int Encode(byte[] buffer, int offset)
        {
            if (buffer.Length - offset < Size) { return 0; }
            buffer[offset] = (byte)Cid.NewChannel;
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
            DataRateRangeOk = (buffer[offset + 1] & 0b10) != 0;
            ChannelFrequencyOk = (buffer[offset + 1] & 0b01) != 0;
        }
    }
}
