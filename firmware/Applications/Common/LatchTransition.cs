// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

namespace SmartCityNodes.Applications.Common
{
    /// <summary>What one update did to a <see cref="ThresholdLatch"/>.</summary>
    public enum LatchTransition : byte
    {
        /// <summary>The latch kept its state.</summary>
        None = 0,

        /// <summary>The value reached the raise threshold: the latch became active.</summary>
        Raised = 1,

        /// <summary>The value fell below the clear threshold: the latch became inactive.</summary>
        Cleared = 2,
    }
}
