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
        /// Looked up in the region's explicit table (IN865 §2.12.7): no formula gives it, because the table skips
        /// DR6 (RFU) — uplink DR4 with offset 7 and DR5 with offset 6 give DR5, DR5 with offset 7 gives DR7.
        /// LoRaMac-node moved IN865 from a formula to the same explicit table for this reason.
        /// </summary>
        Table = 2,

        /// <summary>RX1 DR = clamp(10 + uplink DR − offset, DR8, DR13) (US902-928 §2.5.7 downlink RX1 data rate mapping).</summary>
        Us915 = 3,

        /// <summary>RX1 DR = clamp(8 + uplink DR − offset, DR8, DR13) (AU915-928 §2.8.7 downlink RX1 data rate mapping).</summary>
        Au915 = 4,
    }
}
