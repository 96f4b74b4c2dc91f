// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

namespace SmartCityNodes.LoRaWan.Frames
{
    /// <summary>
    /// A decoded, authenticated data downlink. Reusable: buffers are allocated once, at their largest size.
    /// </summary>
    public sealed class DownlinkFrame
    {
        /// <summary>ConfirmedDataDown: the next uplink must carry ACK.</summary>
        public bool Confirmed;

        /// <summary>The address the frame was sent to (equal to the session's).</summary>
        public uint DevAddr;

        /// <summary>FCtrl.ADR: the network controls the data rate.</summary>
        public bool Adr;

        /// <summary>FCtrl.ACK: acknowledges our last confirmed uplink.</summary>
        public bool Ack;

        /// <summary>FCtrl.FPending: the network has more to send; uplink soon to open another window.</summary>
        public bool FPending;

        /// <summary>The full 32-bit downlink counter reconstructed from the 16 bits on the wire.</summary>
        public uint FCnt;

        /// <summary>MAC commands from FOpts, in clear.</summary>
        public readonly byte[] FOpts = new byte[FrameLayout.FOptsMaxLength];

        /// <summary>Bytes used in <see cref="FOpts"/>.</summary>
        public int FOptsLength;

        /// <summary>FPort, or -1 when the frame has none.</summary>
        public int FPort;

        /// <summary>Decrypted FRMPayload (MAC commands when <see cref="FPort"/> is 0).</summary>
        public readonly byte[] Payload = new byte[FrameLayout.PhyPayloadMaxLength];

        /// <summary>Bytes used in <see cref="Payload"/>.</summary>
        public int PayloadLength;
    }
}
