// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

namespace SmartCityNodes.LoRaWan.Region
{
    /// <summary>What <see cref="ChannelPlan.ApplyCFList"/> did with a Join-Accept CFList.</summary>
    public enum CFListResult : byte
    {
        /// <summary>The CFList was applied (type 0: channels replaced; type 1: channel mask replaced).</summary>
        Applied = 0,

        /// <summary>The CFListType is not one this region uses; the channel plan is unchanged (RP002-1.0.4 §2.x.4).</summary>
        UnsupportedType = 1,

        /// <summary>A type 1 mask that enables no channel; the channel plan is unchanged.</summary>
        EmptyChannelMask = 2,

        /// <summary>The buffer does not hold 16 bytes from the offset.</summary>
        InvalidLength = 3,
    }
}
