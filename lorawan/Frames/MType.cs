// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

namespace SmartCityNodes.LoRaWan.Frames
{
    /// <summary>Message type, MHDR bits 7..5 (L2 1.0.4 §4.2.1, Table 2).</summary>
    public enum MType : byte
    {
        /// <summary>Join-Request (uplink).</summary>
        JoinRequest = 0b000,

        /// <summary>Join-Accept (downlink).</summary>
        JoinAccept = 0b001,

        /// <summary>Unconfirmed data uplink.</summary>
        UnconfirmedDataUp = 0b010,

        /// <summary>Unconfirmed data downlink.</summary>
        UnconfirmedDataDown = 0b011,

        /// <summary>Confirmed data uplink.</summary>
        ConfirmedDataUp = 0b100,

        /// <summary>Confirmed data downlink.</summary>
        ConfirmedDataDown = 0b101,

        /// <summary>Rejoin-Request (LoRaWAN 1.1; RFU in 1.0.4).</summary>
        RejoinRequest = 0b110,

        /// <summary>Proprietary.</summary>
        Proprietary = 0b111,
    }
}
