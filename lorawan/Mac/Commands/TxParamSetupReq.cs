// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using SmartCityNodes.Hal;
using SmartCityNodes.LoRaWan.Region;

namespace SmartCityNodes.LoRaWan.Mac
{
    /// <summary>
    /// TxParamSetupReq (downlink, LoRaWAN L2 1.0.4 §5.8): CID 0x09, EIRP_DwellTime (RFU bits 7..6, DownlinkDwellTime
    /// bit 5, UplinkDwellTime bit 4, MaxEIRP bits 3..0). Dwell bit 1 = 400 ms limit; MaxEIRP indexes the table
    /// 8, 10, 12, 13, 14, 16, 18, 20, 21, 24, 26, 27, 29, 30, 33, 36 dBm.
    /// </summary>
    [HotPath]
    public sealed class TxParamSetupReq
    {
        /// <summary>CID plus payload, in bytes.</summary>
        public const int Size = 2;

        /// <summary>Downlink dwell time limited to 400 ms.</summary>
        public bool DownlinkDwellTime;

        /// <summary>Uplink dwell time limited to 400 ms.</summary>
        public bool UplinkDwellTime;

        /// <summary>MaxEIRP index, 0..15.</summary>
        public byte MaxEirpIndex;

        /// <summary>
        /// The maximum EIRP in dBm that <see cref="MaxEirpIndex"/> stands for (the L2 1.0.4 §5.8 coding, held once in
        /// <see cref="RegionParameters.TxParamMaxEirpDbm"/> as a switch, so no table is built at every boot).
        /// </summary>
        public int MaxEirpDbm
        {
            get { return RegionParameters.TxParamMaxEirpDbm(MaxEirpIndex); }
        }

        /// <summary>Writes CID and payload at <paramref name="offset"/>; returns <see cref="Size"/>, or 0 when the buffer is too small.</summary>
        /// <param name="buffer">Destination.</param>
        /// <param name="offset">Position of the CID byte.</param>
        public int Encode(byte[] buffer, int offset)
        {
            if (buffer.Length - offset < Size) { return 0; }
            buffer[offset] = (byte)Cid.TxParamSetup;
            buffer[offset + 1] = (byte)((DownlinkDwellTime ? 0b0010_0000 : 0) | (UplinkDwellTime ? 0b0001_0000 : 0) | (MaxEirpIndex & 0x0F));
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
            byte field = buffer[offset + 1];
            DownlinkDwellTime = (field & 0b0010_0000) != 0;
            UplinkDwellTime = (field & 0b0001_0000) != 0;
            MaxEirpIndex = (byte)(field & 0x0F);
        }
    }
}
