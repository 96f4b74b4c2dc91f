// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using System;

namespace SmartCityNodes.Applications.Payloads.Bin
{
    /// <summary>BinNode event bits, byte 6 of the BinNode message (docs/payloads/binnode.md).</summary>
    [Flags]
    public enum BinNodeEvents : byte
    {
        /// <summary>No event.</summary>
        None = 0,

        /// <summary>Fill level reached the full threshold.</summary>
        Full = 0b0000_0001,

        /// <summary>Temperature reached the fire threshold.</summary>
        Fire = 0b0000_0010,

        /// <summary>The bin is tilted beyond the tilt threshold (knocked over, being emptied).</summary>
        Tilt = 0b0000_0100,

        /// <summary>The fill level dropped by at least the pickup threshold: the bin was emptied.</summary>
        Pickup = 0b0000_1000,
    }
}
