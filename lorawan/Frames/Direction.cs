// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

namespace SmartCityNodes.LoRaWan.Frames
{
    /// <summary>The Dir byte of the A_i and B0 blocks (L2 1.0.4 §4.3.3, §4.4).</summary>
    public enum Direction : byte
    {
        /// <summary>End device to network.</summary>
        Uplink = 0,

        /// <summary>Network to end device.</summary>
        Downlink = 1,
    }
}
