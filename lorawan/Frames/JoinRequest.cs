// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using SmartCityNodes.Hal;

namespace SmartCityNodes.LoRaWan.Frames
{
    /// <summary>
    /// Join-Request: MHDR | JoinEUI | DevEUI | DevNonce | MIC, MIC = aes128_cmac(AppKey, MHDR..DevNonce)[0..3]
    /// (TS001-1.0.4 §6.2.5). In 1.0.4 DevNonce is a counter starting at 0 that the device persists and never
    /// reuses; the MAC owns that counter and passes the value to use.
    /// </summary>
    [HotPath]
    public static class JoinRequest
    {
        /// <summary>Offset of JoinEUI (after MHDR).</summary>
        public const int JoinEuiOffset = 1;

        /// <summary>Offset of DevEUI.</summary>
        public const int DevEuiOffset = 9;

        /// <summary>Offset of DevNonce.</summary>
        public const int DevNonceOffset = 17;

        /// <summary>Offset of the MIC.</summary>
        public const int MicOffset = 19;

        /// <summary>Encodes a Join-Request into <paramref name="output"/> (23 bytes).</summary>
        /// <param name="joinEui">JoinEUI (AppEUI in 1.0.2) as the number printed on labels, MSB first.</param>
        /// <param name="devEui">DevEUI as printed, MSB first.</param>
        /// <param name="devNonce">The DevNonce counter value for this attempt.</param>
        /// <param name="appKey">The 16-byte root key (AppKey in 1.0.x, NwkKey in 1.1).</param>
        /// <param name="crypto">Scratch crypto state (shared by the stack).</param>
        /// <param name="output">Receives the frame.</param>
        /// <param name="offset">Where it starts.</param>
        /// <param name="length">23 on success, 0 otherwise.</param>
        public static LoRaWanStatus Encode(ulong joinEui, ulong devEui, ushort devNonce, byte[] appKey, FrameCrypto crypto, byte[] output, int offset, out int length)
        {
            length = 0;
            if (appKey == null || appKey.Length != FrameLayout.KeyLength || crypto == null || output == null || offset < 0)
            {
                return LoRaWanStatus.InvalidArgument;
            }

            if (FrameLayout.JoinRequestLength > output.Length - offset)
            {
                return LoRaWanStatus.BufferTooSmall;
            }

            output[offset] = Mhdr.Encode(MType.JoinRequest);
            LittleEndian.WriteUInt64(output, offset + JoinEuiOffset, joinEui);
            LittleEndian.WriteUInt64(output, offset + DevEuiOffset, devEui);
            LittleEndian.WriteUInt16(output, offset + DevNonceOffset, devNonce);
            uint mic = crypto.ComputeJoinMic(appKey, output, offset, MicOffset);
            LittleEndian.WriteUInt32(output, offset + MicOffset, mic);
            length = FrameLayout.JoinRequestLength;
            return LoRaWanStatus.Ok;
        }
    }
}
