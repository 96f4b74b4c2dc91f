// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

namespace SmartCityNodes.LoRaWan.Frames
{
    /// <summary>The content of an accepted Join-Accept and the session keys derived from it. Reusable.</summary>
    public sealed class JoinAcceptResult
    {
        /// <summary>JoinNonce (AppNonce in 1.0.2), 24 bits.</summary>
        public uint JoinNonce;

        /// <summary>NetID, 24 bits.</summary>
        public uint NetId;

        /// <summary>The device address assigned by the network.</summary>
        public uint DevAddr;

        /// <summary>DLSettings bit 7: RFU in 1.0.4, OptNeg from a 1.1 join server (a 1.0.4 device derives 1.0 keys regardless).</summary>
        public bool OptNeg;

        /// <summary>DLSettings.RX1DRoffset, 0..7.</summary>
        public int Rx1DrOffset;

        /// <summary>DLSettings.RX2DataRate, 0..15.</summary>
        public int Rx2DataRate;

        /// <summary>RX1 delay in seconds, 1..15 (the wire value 0 also means 1, §5.7).</summary>
        public int RxDelaySeconds;

        /// <summary>True when the Join-Accept carried a CFList.</summary>
        public bool HasCFList;

        /// <summary>The CFList as on the wire (byte 15 is CFListType: 0 frequencies, 1 channel masks; RP002-1.0.4 §2.x).</summary>
        public readonly byte[] CFList = new byte[FrameLayout.CFListLength];

        /// <summary>Derived network session key.</summary>
        public readonly byte[] NwkSKey = new byte[FrameLayout.KeyLength];

        /// <summary>Derived application session key.</summary>
        public readonly byte[] AppSKey = new byte[FrameLayout.KeyLength];

        /// <summary>CFListType, byte 15 of the CFList; meaningful when <see cref="HasCFList"/>.</summary>
        public int CFListType => CFList[FrameLayout.CFListLength - 1];

        /// <summary>Starts a session from this Join-Accept: address, keys, counters at 0 (TS001-1.0.4 §6.2.6).</summary>
        public void ApplyTo(Session session)
        {
            session.ActivateByPersonalization(DevAddr, NwkSKey, AppSKey, 0, 0, false);
        }
    }
}
