// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using SmartCityNodes.Hal;

namespace SmartCityNodes.LoRaWan.Mac
{
    /// <summary>
    /// RXParamSetupReq (downlink, LoRaWAN L2 1.0.4 §5.4): CID 0x05, DLsettings (RFU bit 7, RX1DRoffset bits 6..4,
    /// RX2DataRate bits 3..0), Frequency (3 bytes, 100 Hz units, little-endian) of the RX2 window.
    /// </summary>
    [HotPath]
    public sealed class RxParamSetupReq
    {
        /// <summary>CID plus payload, in bytes.</summary>
        public const int Size = 5;

        /// <summary>RX1 data-rate offset, 0..7.</summary>
        public byte Rx1DrOffset;

        /// <summary>RX2 data-rate index, 0..15.</summary>
        public byte Rx2DataRate;

        /// <summary>RX2 frequency in Hz (a multiple of 100).</summary>
        public uint FrequencyHz;

        /// <summary>Writes CID and payload at <paramref name="offset"/>; returns <see cref="Size"/>, or 0 when the buffer is too small.</summary>
        /// <param name="buffer">Destination.</param>
        /// <param name="offset">Position of the CID byte.</param>
        public int Encode(byte[] buffer, int offset)
        {
            if (buffer.Length - offset < Size) { return 0; }
            buffer[offset] = (byte)Cid.RXParamSetup;
            buffer[offset + 1] = (byte)(((Rx1DrOffset & 0x07) << 4) | (Rx2DataRate & 0x0F));
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
            Rx1DrOffset = (byte)((buffer[offset + 1] >> 4) & 0x07);
            Rx2DataRate = (byte)(buffer[offset + 1] & 0x0F);
            FrequencyHz = MacFrequency.ReadHz(buffer, offset + 2);
        }
    }
}
