// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using SmartCityNodes.Hal;

namespace SmartCityNodes.LoRaWan.Mac
{
    /// <summary>
    /// DeviceTimeAns (downlink, LoRaWAN L2 1.0.4 §5.9): CID 0x0D, seconds since the GPS epoch (4 bytes,
    /// little-endian), fractional second in 1/256 s (1 byte). The time is that of the end of the uplink that
    /// carried the DeviceTimeReq.
    /// </summary>
    [HotPath]
    public sealed class DeviceTimeAns
    {
        /// <summary>CID plus payload, in bytes.</summary>
        public const int Size = 6;

        /// <summary>Whole seconds since 1980-01-06T00:00:00 GPS time.</summary>
        public uint GpsSeconds;

        /// <summary>Fraction of a second in units of 1/256 s.</summary>
        public byte FractionalSecond;

        /// <summary>The fractional part in milliseconds, rounded down (n × 1000 / 256).</summary>
        public int FractionalMilliseconds
        {
            get { return FractionalSecond * 1000 / 256; }
        }

        /// <summary>Writes CID and payload at <paramref name="offset"/>; returns <see cref="Size"/>, or 0 when the buffer is too small.</summary>
        /// <param name="buffer">Destination.</param>
        /// <param name="offset">Position of the CID byte.</param>
        public int Encode(byte[] buffer, int offset)
        {
            if (buffer.Length - offset < Size) { return 0; }
            buffer[offset] = (byte)Cid.DeviceTime;
            buffer[offset + 1] = (byte)GpsSeconds;
            buffer[offset + 2] = (byte)(GpsSeconds >> 8);
            buffer[offset + 3] = (byte)(GpsSeconds >> 16);
            buffer[offset + 4] = (byte)(GpsSeconds >> 24);
            buffer[offset + 5] = FractionalSecond;
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
            GpsSeconds = (uint)(buffer[offset + 1] | (buffer[offset + 2] << 8) | (buffer[offset + 3] << 16) | (buffer[offset + 4] << 24));
            FractionalSecond = buffer[offset + 5];
        }
    }
}
