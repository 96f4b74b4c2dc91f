// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using SmartCityNodes.Hal;

namespace SmartCityNodes.LoRaWan.Frames
{
    /// <summary>
    /// Builds a data uplink PHYPayload: MHDR | FHDR | FPort | encrypted FRMPayload | MIC (L2 1.0.4 §4).
    /// Works on caller buffers and allocates nothing; changes no state (the MAC owns FCntUp).
    /// </summary>
    [HotPath]
    public sealed class UplinkEncoder
    {
        private const int MacPayloadMaxLength = FrameLayout.PhyPayloadMaxLength - FrameLayout.MhdrLength - FrameLayout.MicLength; // 250

        private readonly FrameCrypto _crypto;

        /// <summary>
        /// Allows FPort 224, the LoRaWAN certification-protocol port (TS009), which only a device in certification
        /// test mode may use; off by default so no application frame can land there.
        /// </summary>
        public bool CertificationPortEnabled { get; set; }

        /// <summary>Creates an encoder with its own crypto scratch state.</summary>
        public UplinkEncoder()
            : this(new FrameCrypto())
        {
        }

        /// <summary>Creates an encoder sharing <paramref name="crypto"/> (one per stack saves RAM).</summary>
        public UplinkEncoder(FrameCrypto crypto)
        {
            _crypto = crypto;
        }

        /// <summary>
        /// Encodes <paramref name="frame"/> with <paramref name="session"/>'s DevAddr, keys and FCntUp into
        /// <paramref name="output"/>.
        /// </summary>
        /// <param name="session">Keys, DevAddr and the counter to use (FCntUp, sent as its low 16 bits).</param>
        /// <param name="frame">Header flags, FOpts, FPort and plaintext payload.</param>
        /// <param name="maxMacPayloadLength">The data rate's M (RP002-1.0.4 max MACPayload size, dwell time considered).</param>
        /// <param name="output">Receives the PHYPayload.</param>
        /// <param name="offset">Where the PHYPayload starts in <paramref name="output"/>.</param>
        /// <param name="length">PHYPayload length on success, 0 otherwise.</param>
        public LoRaWanStatus Encode(Session session, UplinkFrame frame, int maxMacPayloadLength, byte[] output, int offset, out int length)
        {
            length = 0;
            LoRaWanStatus status = Validate(session, frame, maxMacPayloadLength, output, offset);
            if (status != LoRaWanStatus.Ok)
            {
                return status;
            }

            uint counter = session.FCntUp;
            int position = offset;
            output[position++] = Mhdr.Encode(frame.Confirmed ? MType.ConfirmedDataUp : MType.UnconfirmedDataUp);
            LittleEndian.WriteUInt32(output, position, session.DevAddr);
            position += FrameLayout.DevAddrLength;
            output[position++] = FCtrl.EncodeUplink(frame.Adr, frame.AdrAckReq, frame.Ack, frame.ClassB, frame.FOptsLength);
            LittleEndian.WriteUInt16(output, position, (ushort)counter);
            position += 2;
            System.Array.Copy(frame.FOpts, 0, output, position, frame.FOptsLength);
            position += frame.FOptsLength;

            if (frame.FPort >= 0)
            {
                output[position++] = (byte)frame.FPort;
                if (frame.PayloadLength > 0)
                {
                    System.Array.Copy(frame.Payload, frame.PayloadOffset, output, position, frame.PayloadLength);
                    byte[] key = frame.FPort == 0 ? session.NwkSKey : session.AppSKey; // §4.3.3: FPort 0 uses NwkSKey
                    _crypto.CryptPayload(key, Direction.Uplink, session.DevAddr, counter, output, position, frame.PayloadLength);
                    position += frame.PayloadLength;
                }
            }

            uint mic = _crypto.ComputeDataMic(session.NwkSKey, Direction.Uplink, session.DevAddr, counter, output, offset, position - offset);
            LittleEndian.WriteUInt32(output, position, mic);
            position += FrameLayout.MicLength;
            length = position - offset;
            return LoRaWanStatus.Ok;
        }

        /// <summary>The PHYPayload length <paramref name="frame"/> would encode to.</summary>
        public static int EncodedLength(UplinkFrame frame)
            => FrameLayout.MhdrLength + MacPayloadLength(frame) + FrameLayout.MicLength;

        private static int MacPayloadLength(UplinkFrame frame)
            => FrameLayout.FhdrMinLength + frame.FOptsLength + (frame.FPort >= 0 ? 1 + frame.PayloadLength : 0);

        private LoRaWanStatus Validate(Session session, UplinkFrame frame, int maxMacPayloadLength, byte[] output, int offset)
        {
            if (session == null || frame == null || output == null || offset < 0)
            {
                return LoRaWanStatus.InvalidArgument;
            }

            if (session.FCntUp == uint.MaxValue)
            {
                // We never send with 2^32 - 1: the counter after it would wrap to 0 and reuse keystream and MIC
                // inputs; a 1.0.4 device must start a new session first (§4.3.1.5).
                return LoRaWanStatus.CounterExhausted;
            }

            if (maxMacPayloadLength < FrameLayout.FhdrMinLength)
            {
                return LoRaWanStatus.InvalidArgument;
            }

            if (frame.FOptsLength < 0 || frame.FOptsLength > FrameLayout.FOptsMaxLength)
            {
                return LoRaWanStatus.FOptsTooLong;
            }

            if ((frame.FPort > FrameLayout.FPortMaxApplication && !(frame.FPort == FrameLayout.FPortCertification && CertificationPortEnabled))
                || frame.FPort > FrameLayout.FPortCertification || frame.FPort < -1)
            {
                return LoRaWanStatus.InvalidPort;
            }

            if (frame.FPort < 0 && frame.PayloadLength > 0)
            {
                return LoRaWanStatus.InvalidPort; // FRMPayload needs an FPort (§4.3.2)
            }

            if (frame.FPort == 0 && frame.FOptsLength > 0)
            {
                return LoRaWanStatus.PortZeroWithFOpts;
            }

            if (frame.PayloadLength < 0 || (frame.PayloadLength > 0
                && (frame.Payload == null || frame.PayloadOffset < 0 || frame.PayloadLength > frame.Payload.Length - frame.PayloadOffset)))
            {
                return LoRaWanStatus.InvalidArgument;
            }

            // The caller's M comes from the region table; 250 caps it whatever it says (B0 holds the length in one byte).
            if (MacPayloadLength(frame) > (maxMacPayloadLength < MacPayloadMaxLength ? maxMacPayloadLength : MacPayloadMaxLength))
            {
                return LoRaWanStatus.PayloadTooLong;
            }

            if (EncodedLength(frame) > output.Length - offset)
            {
                return LoRaWanStatus.BufferTooSmall;
            }

            return LoRaWanStatus.Ok;
        }
    }
}
