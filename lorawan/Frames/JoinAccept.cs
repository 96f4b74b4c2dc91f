// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using SmartCityNodes.Hal;

namespace SmartCityNodes.LoRaWan.Frames
{
    /// <summary>
    /// Join-Accept: MHDR | aes128_decrypt(AppKey, JoinNonce | NetID | DevAddr | DLSettings | RxDelay | [CFList] | MIC)
    /// (TS001-1.0.4 §6.2.6). The device recovers the plaintext with aes128_encrypt, checks the MIC and the JoinNonce,
    /// then derives NwkSKey and AppSKey (same section).
    /// </summary>
    [HotPath]
    public sealed class JoinAccept
    {
        private const int DlSettingsOffset = 11;
        private const int RxDelayOffset = 12;
        private const int CFListOffset = 13;
        private const int RxDelayMask = 0x0F;
        private const int OptNegMask = 0b1000_0000;       // DLSettings bit 7: RFU in 1.0.4, OptNeg in 1.1
        private const int Rx1DrOffsetShift = 4;           // DLSettings bits 6..4
        private const int Rx1DrOffsetMask = 0b0111;
        private const int Rx2DataRateMask = 0b0000_1111;  // DLSettings bits 3..0

        private readonly FrameCrypto _crypto;
        private readonly byte[] _plain = new byte[FrameLayout.JoinAcceptWithCFListLength];

        /// <summary>Creates a decoder using <paramref name="crypto"/> for scratch state.</summary>
        public JoinAccept(FrameCrypto crypto)
        {
            _crypto = crypto;
        }

        /// <summary>
        /// Decrypts and checks a Join-Accept. Nothing is written to <paramref name="result"/> unless the frame is
        /// authentic and its JoinNonce fresh under <paramref name="policy"/>.
        /// </summary>
        /// <param name="appKey">Root key (AppKey in 1.0.x).</param>
        /// <param name="frame">The received PHYPayload.</param>
        /// <param name="offset">Where it starts.</param>
        /// <param name="length">17 or 33.</param>
        /// <param name="devNonce">The DevNonce of the Join-Request this answers (needed for key derivation).</param>
        /// <param name="hasLastJoinNonce">False for the device's first join ever.</param>
        /// <param name="lastJoinNonce">The JoinNonce of the last accepted Join-Accept (persisted by the MAC).</param>
        /// <param name="policy">How the new JoinNonce must relate to the last.</param>
        /// <param name="result">Receives fields and derived keys.</param>
        public LoRaWanStatus Decode(byte[] appKey, byte[] frame, int offset, int length, ushort devNonce,
            bool hasLastJoinNonce, uint lastJoinNonce, JoinNoncePolicy policy, JoinAcceptResult result)
        {
            if (appKey == null || appKey.Length != FrameLayout.KeyLength || frame == null || result == null
                || offset < 0 || length < 0 || length > frame.Length - offset)
            {
                return LoRaWanStatus.InvalidArgument;
            }

            if (length < FrameLayout.MhdrLength)
            {
                return LoRaWanStatus.FrameTooShort;
            }

            byte mhdr = frame[offset];
            if (Mhdr.MajorOf(mhdr) != Mhdr.MajorLoRaWanR1)
            {
                return LoRaWanStatus.UnsupportedMajor;
            }

            if (Mhdr.TypeOf(mhdr) != MType.JoinAccept)
            {
                return LoRaWanStatus.WrongMType;
            }

            if (length != FrameLayout.JoinAcceptLength && length != FrameLayout.JoinAcceptWithCFListLength)
            {
                return LoRaWanStatus.JoinAcceptLengthInvalid;
            }

            // Decrypt into our own buffer: the caller's frame stays as received.
            System.Array.Copy(frame, offset, _plain, 0, length);
            _crypto.EncryptBlocks(appKey, _plain, FrameLayout.MhdrLength, length - FrameLayout.MhdrLength);

            int micOffset = length - FrameLayout.MicLength;
            uint mic = _crypto.ComputeJoinMic(appKey, _plain, 0, micOffset);
            if (mic != LittleEndian.ReadUInt32(_plain, micOffset))
            {
                return LoRaWanStatus.MicMismatch;
            }

            uint joinNonce = LittleEndian.ReadUInt24(_plain, 1);
            if (hasLastJoinNonce && !IsFresh(joinNonce, lastJoinNonce, policy))
            {
                return LoRaWanStatus.JoinNonceNotNew;
            }

            result.JoinNonce = joinNonce;
            result.NetId = LittleEndian.ReadUInt24(_plain, 4);
            result.DevAddr = LittleEndian.ReadUInt32(_plain, 7);
            int dlSettings = _plain[DlSettingsOffset];
            result.OptNeg = (dlSettings & OptNegMask) != 0;
            result.Rx1DrOffset = (dlSettings >> Rx1DrOffsetShift) & Rx1DrOffsetMask;
            result.Rx2DataRate = dlSettings & Rx2DataRateMask;
            int rxDelay = _plain[RxDelayOffset] & RxDelayMask;
            result.RxDelaySeconds = rxDelay == 0 ? 1 : rxDelay;
            result.HasCFList = length == FrameLayout.JoinAcceptWithCFListLength;
            if (result.HasCFList)
            {
                System.Array.Copy(_plain, CFListOffset, result.CFList, 0, FrameLayout.CFListLength);
            }
            else
            {
                System.Array.Clear(result.CFList, 0, FrameLayout.CFListLength);
            }

            _crypto.DeriveSessionKey(appKey, FrameCrypto.NwkSKeyPrefix, joinNonce, result.NetId, devNonce, result.NwkSKey, 0);
            _crypto.DeriveSessionKey(appKey, FrameCrypto.AppSKeyPrefix, joinNonce, result.NetId, devNonce, result.AppSKey, 0);
            return LoRaWanStatus.Ok;
        }

        /// <summary>Whether <paramref name="joinNonce"/> may be accepted after <paramref name="lastJoinNonce"/>.</summary>
        public static bool IsFresh(uint joinNonce, uint lastJoinNonce, JoinNoncePolicy policy)
            => policy == JoinNoncePolicy.MustDiffer ? joinNonce != lastJoinNonce : joinNonce > lastJoinNonce;
    }
}
