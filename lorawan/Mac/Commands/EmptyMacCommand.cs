// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using SmartCityNodes.Hal;

namespace SmartCityNodes.LoRaWan.Mac
{
    /// <summary>
    /// The commands that are a bare CID (LoRaWAN L2 1.0.4 §5): LinkCheckReq, DeviceTimeReq (uplink requests),
    /// DutyCycleAns, RXTimingSetupAns, TxParamSetupAns (uplink answers), DevStatusReq (downlink request).
    /// </summary>
    [HotPath]
    public static class EmptyMacCommand
    {
        /// <summary>Size of such a command: the CID byte alone.</summary>
        public const int Size = 1;

        /// <summary>Writes the CID at <paramref name="offset"/>; returns 1, or 0 when the buffer is full.</summary>
        /// <param name="cid">The command.</param>
        /// <param name="buffer">Destination.</param>
        /// <param name="offset">Position of the CID byte.</param>
        public static int Encode(Cid cid, byte[] buffer, int offset)
        {
            if (buffer.Length - offset < Size) { return 0; }
            buffer[offset] = (byte)cid;
            return Size;
        }
    }
}
