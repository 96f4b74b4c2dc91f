// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

namespace SmartCityNodes.LoRaWan.Mac
{
    /// <summary>What the ADR back-off does at one ADR_ACK_DELAY boundary (LoRaWAN L2 1.0.4 §4.3.1.1), in this order.</summary>
    public enum AdrBackoffStep
    {
        /// <summary>Not at a boundary, or nothing left to relax.</summary>
        None = 0,

        /// <summary>First: TX power back to the maximum (power index 0).</summary>
        RaiseTxPower = 1,

        /// <summary>Then: one data rate lower (more range), one step per boundary.</summary>
        LowerDataRate = 2,

        /// <summary>
        /// Last, at the lowest data rate: enable the region's default channels again (fixed plans: all channels) and
        /// NbTrans back to 1 (L2 1.0.4 §4.3.1.1 table 9).
        /// </summary>
        EnableDefaultChannels = 3,
    }
}
