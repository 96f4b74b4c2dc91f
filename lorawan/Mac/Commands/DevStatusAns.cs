// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using SmartCityNodes.Hal;

namespace SmartCityNodes.LoRaWan.Mac
{
    /// <summary>
    /// DevStatusAns (uplink, LoRaWAN L2 1.0.4 §5.5): CID 0x06, Battery (0 = external power, 1..254 = level from
    /// minimum to maximum, 255 = cannot measure), Margin (RFU bits 7..6, bits 5..0 a signed 6-bit integer, -32..31,
    /// the SNR in dB rounded to the nearest integer of the last successfully received DevStatusReq).
    /// </summary>
    [HotPath]
    public sealed class DevStatusAns
    {
        /// <summary>CID plus payload, in bytes.</summary>
        public const int Size = 3;

        /// <summary>Battery value for "connected to an external power source".</summary>
        public const byte BatteryExternalPower = 0;

        /// <summary>Battery value for "the end-device was not able to measure the battery level".</summary>
        public const byte BatteryUnknown = 255;

        /// <summary>Smallest margin the 6-bit field holds.</summary>
        public const int MarginMinDb = -32;

        /// <summary>Largest margin the 6-bit field holds.</summary>
        public const int MarginMaxDb = 31;

        /// <summary>Battery field as defined above.</summary>
        public byte Battery;

        /// <summary>Demodulation margin in dB, clamped to -32..31 when encoded.</summary>
        public int MarginDb;

        /// <summary>Writes CID and payload at <paramref name="offset"/>; returns <see cref="Size"/>, or 0 when the buffer is too small.</summary>
        /// <param name="buffer">Destination.</param>
        /// <param name="offset">Position of the CID byte.</param>
        public int Encode(byte[] buffer, int offset)
        {
            if (buffer.Length - offset < Size) { return 0; }
            int margin = MarginDb < MarginMinDb ? MarginMinDb : (MarginDb > MarginMaxDb ? MarginMaxDb : MarginDb);
            buffer[offset] = (byte)Cid.DevStatus;
            buffer[offset + 1] = Battery;
            buffer[offset + 2] = (byte)(margin & 0x3F);
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
            int raw = buffer[offset + 2] & 0x3F;
            Battery = buffer[offset + 1];
            MarginDb = (raw & 0x20) != 0 ? raw - 64 : raw;
        }
    }
}
