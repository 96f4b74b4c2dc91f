// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using SmartCityNodes.Hal;

namespace SmartCityNodes.LoRaWan.Mac
{
    /// <summary>
    /// RXTimingSetupReq (downlink, LoRaWAN L2 1.0.4 §5.7): CID 0x08, RxTimingSettings (RFU bits 7..4, Del bits 3..0).
    /// RECEIVE_DELAY1 becomes Del seconds, with Del = 0 meaning 1 s; RECEIVE_DELAY2 = RECEIVE_DELAY1 + 1 s.
    /// </summary>
    [HotPath]
    public sealed class RxTimingSetupReq
    {
        /// <summary>CID plus payload, in bytes.</summary>
        public const int Size = 2;

        /// <summary>Del field, 0..15.</summary>
        public byte Delay;

        /// <summary>RECEIVE_DELAY1 in seconds that <see cref="Delay"/> stands for (§5.7 table: 0 and 1 both mean 1 s).</summary>
        public int DelaySeconds
        {
            get { return Delay == 0 ? 1 : Delay; }
        }

        /// <summary>Writes CID and payload at <paramref name="offset"/>; returns <see cref="Size"/>, or 0 when the buffer is too small.</summary>
        /// <param name="buffer">Destination.</param>
        /// <param name="offset">Position of the CID byte.</param>
        public int Encode(byte[] buffer, int offset)
        {
            if (buffer.Length - offset < Size) { return 0; }
            buffer[offset] = (byte)Cid.RXTimingSetup;
            buffer[offset + 1] = (byte)(Delay & 0x0F);
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
            Delay = (byte)(buffer[offset + 1] & 0x0F);
        }
    }
}
