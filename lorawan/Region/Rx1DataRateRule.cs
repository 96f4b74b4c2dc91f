// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

namespace SmartCityNodes.LoRaWan.Region
{
    /// <summary>How a region maps the uplink data rate and RX1DROffset to the RX1 downlink data rate.</summary>
    internal enum Rx1DataRateRule : byte
    {
        /// <summary>RX1 DR = max(uplink DR − offset, lowest downlink DR) (EU868 §2.4.7, KR920 §2.11.7 tables).</summary>
        Subtract = 0,

        /// <summary>
        /// Offsets 0..5 subtract, 6 and 7 add 1 and 2, clamped to [DR0 (DR2 with downlink dwell), DR7]
        /// (AS923 §2.10.7 tables for DownlinkDwellTime 0 and 1).
        /// </summary>
        As923 = 1,

        /// <summary>
        /// Offsets 0..5 subtract, 6 and 7 add 1 and 2, clamped to [DR0, DR7] (IN865 §2.12.7 table; the same mapping as
        /// The Things Stack's RP002-1.0.4 IN865 band). A result of DR6 (RFU) or DR7 (FSK) cannot be received by this
        /// LoRa-only stack, so such offsets are useless with DR4/DR5 uplinks.
        /// </summary>
        In865 = 2,

        /// <summary>RX1 DR = clamp(10 + uplink DR − offset, DR8, DR13) (US902-928 §2.5.7 downlink RX1 data rate mapping).</summary>
        Us915 = 3,

        /// <summary>RX1 DR = clamp(8 + uplink DR − offset, DR8, DR13) (AU915-928 §2.8.7 downlink RX1 data rate mapping).</summary>
        Au915 = 4,
    }
}
