// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

namespace SmartCityNodes.LoRaWan.Frames
{
    /// <summary>
    /// Frame-control bits (L2 1.0.4 §4.3.1). Bit 7 ADR, bit 5 ACK and bits 3..0 FOptsLen mean the same in both
    /// directions; bit 6 is ADRACKReq uplink (RFU downlink) and bit 4 is ClassB uplink, FPending downlink.
    /// </summary>
    public static class FCtrl
    {
        /// <summary>ADR enabled (uplink) / network controls ADR (downlink).</summary>
        public const byte AdrMask = 0b1000_0000;

        /// <summary>Uplink: the device asks the network to answer (ADR_ACK_LIMIT reached, §4.3.1.1).</summary>
        public const byte AdrAckReqMask = 0b0100_0000;

        /// <summary>Acknowledges the last confirmed frame received (§4.3.1.2).</summary>
        public const byte AckMask = 0b0010_0000;

        /// <summary>Uplink: the device is in class B (§4.3.1.4). Downlink: FPending, more data waiting (§4.3.1.3).</summary>
        public const byte ClassBOrFPendingMask = 0b0001_0000;

        /// <summary>FOptsLen, the number of FOpts bytes (§4.3.1.6).</summary>
        public const byte FOptsLengthMask = 0b0000_1111;

        /// <summary>Builds an uplink FCtrl byte; <paramref name="fOptsLength"/> must already be checked to be 0..15.</summary>
        public static byte EncodeUplink(bool adr, bool adrAckReq, bool ack, bool classB, int fOptsLength)
        {
            int value = fOptsLength & FOptsLengthMask;
            if (adr)
            {
                value |= AdrMask;
            }

            if (adrAckReq)
            {
                value |= AdrAckReqMask;
            }

            if (ack)
            {
                value |= AckMask;
            }

            if (classB)
            {
                value |= ClassBOrFPendingMask;
            }

            return (byte)value;
        }
    }
}
