// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

namespace SmartCityNodes.LoRaWan.Frames
{
    /// <summary>
    /// The fields of one data uplink, filled by the MAC and handed to <see cref="UplinkEncoder"/>.
    /// Reusable: the MAC keeps one and overwrites it each time, so nothing allocates per uplink.
    /// </summary>
    public sealed class UplinkFrame
    {
        /// <summary>ConfirmedDataUp when true, UnconfirmedDataUp otherwise.</summary>
        public bool Confirmed;

        /// <summary>FCtrl.ADR.</summary>
        public bool Adr;

        /// <summary>FCtrl.ADRACKReq.</summary>
        public bool AdrAckReq;

        /// <summary>FCtrl.ACK: acknowledges the last confirmed downlink.</summary>
        public bool Ack;

        /// <summary>FCtrl.ClassB.</summary>
        public bool ClassB;

        /// <summary>MAC command bytes for FOpts (sent in clear in 1.0.x).</summary>
        public readonly byte[] FOpts = new byte[FrameLayout.FOptsMaxLength];

        /// <summary>Bytes of <see cref="FOpts"/> used, 0..15.</summary>
        public int FOptsLength;

        /// <summary>FPort 0..223, or -1 for a frame without FPort and FRMPayload.</summary>
        public int FPort = -1;

        /// <summary>The plaintext FRMPayload (application data, or MAC commands on FPort 0). Not modified.</summary>
        public byte[] Payload;

        /// <summary>Where the FRMPayload starts in <see cref="Payload"/>.</summary>
        public int PayloadOffset;

        /// <summary>FRMPayload length.</summary>
        public int PayloadLength;

        /// <summary>Clears every field for the next frame.</summary>
        public void Reset()
        {
            Confirmed = false;
            Adr = false;
            AdrAckReq = false;
            Ack = false;
            ClassB = false;
            FOptsLength = 0;
            FPort = -1;
            Payload = null;
            PayloadOffset = 0;
            PayloadLength = 0;
        }

        /// <summary>Sets the application payload and port.</summary>
        public void SetPayload(int fPort, byte[] payload, int offset, int length)
        {
            FPort = fPort;
            Payload = payload;
            PayloadOffset = offset;
            PayloadLength = length;
        }
    }
}
