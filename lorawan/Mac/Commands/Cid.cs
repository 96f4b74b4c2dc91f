// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

namespace SmartCityNodes.LoRaWan.Mac
{
    /// <summary>
    /// MAC command identifiers, LoRaWAN L2 1.0.4 §5 table 4. Request and answer share one CID; the direction
    /// tells them apart (an uplink carries LinkCheckReq, LinkADRAns, ...; a downlink LinkCheckAns, LinkADRReq, ...).
    /// CIDs 0x0B..0x0C and 0x0E..0x0F are RFU in 1.0.4, 0x10..0x1F belong to class B (not supported), 0x80..0xFF
    /// are proprietary; all of those are "unknown" to this class-A stack.
    /// </summary>
    public enum Cid : byte
    {
        /// <summary>LinkCheckReq (uplink, no payload) / LinkCheckAns (downlink, 2 bytes), §5.1.</summary>
        LinkCheck = 0x02,

        /// <summary>LinkADRReq (downlink, 4 bytes) / LinkADRAns (uplink, 1 byte), §5.2.</summary>
        LinkADR = 0x03,

        /// <summary>DutyCycleReq (downlink, 1 byte) / DutyCycleAns (uplink, no payload), §5.3.</summary>
        DutyCycle = 0x04,

        /// <summary>RXParamSetupReq (downlink, 4 bytes) / RXParamSetupAns (uplink, 1 byte), §5.4.</summary>
        RXParamSetup = 0x05,

        /// <summary>DevStatusReq (downlink, no payload) / DevStatusAns (uplink, 2 bytes), §5.5.</summary>
        DevStatus = 0x06,

        /// <summary>NewChannelReq (downlink, 5 bytes) / NewChannelAns (uplink, 1 byte), §5.6.</summary>
        NewChannel = 0x07,

        /// <summary>RXTimingSetupReq (downlink, 1 byte) / RXTimingSetupAns (uplink, no payload), §5.7.</summary>
        RXTimingSetup = 0x08,

        /// <summary>TxParamSetupReq (downlink, 1 byte) / TxParamSetupAns (uplink, no payload), §5.8.</summary>
        TxParamSetup = 0x09,

        /// <summary>DlChannelReq (downlink, 4 bytes) / DlChannelAns (uplink, 1 byte), §5.6 (NewChannel and DlChannel).</summary>
        DlChannel = 0x0A,

        /// <summary>DeviceTimeReq (uplink, no payload) / DeviceTimeAns (downlink, 5 bytes), §5.9.</summary>
        DeviceTime = 0x0D,
    }
}
