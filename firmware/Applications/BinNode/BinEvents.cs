// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

namespace SmartCityNodes.Applications.BinNode
{
    /// <summary>What happened at this wake (edges, not states: each episode raises each flag once).</summary>
    [System.Flags]
    public enum BinEvents : byte
    {
        /// <summary>Nothing.</summary>
        None = 0,

        /// <summary>The fill level reached the full threshold.</summary>
        FullRaised = 0b0000_0001,

        /// <summary>The fill level fell below the full-clear threshold.</summary>
        FullCleared = 0b0000_0010,

        /// <summary>The fill level dropped suddenly since the last measurement: the bin was emptied.</summary>
        Pickup = 0b0000_0100,

        /// <summary>Temperature reached the fire threshold or rose faster than the rate-of-rise limit.</summary>
        FireRaised = 0b0000_1000,

        /// <summary>The fire alarm ended.</summary>
        FireCleared = 0b0001_0000,

        /// <summary>The tilt switch closed (bin knocked over or lifted).</summary>
        TiltRaised = 0b0010_0000,

        /// <summary>The tilt switch opened again.</summary>
        TiltCleared = 0b0100_0000,

        /// <summary>The fill level moved by at least the significant-change step since the last report.</summary>
        SignificantChange = 0b1000_0000,
    }
}
