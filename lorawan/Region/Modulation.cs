// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

namespace SmartCityNodes.LoRaWan.Region
{
    /// <summary>What a data-rate index stands for in a region's table.</summary>
    public enum Modulation : byte
    {
        /// <summary>RFU or not defined in this region.</summary>
        Undefined = 0,

        /// <summary>LoRa chirp spread spectrum.</summary>
        LoRa = 1,

        /// <summary>GFSK (50 kbit/s in EU868, AS923, IN865).</summary>
        Fsk = 2,

        /// <summary>LR-FHSS (RP002-1.0.4 EU868 DR8..11, US915 DR5..6, AU915 DR7); not supported by this stack's radios.</summary>
        LrFhss = 3,
    }
}
