// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

namespace SmartCityNodes.Applications.Common
{
    /// <summary>
    /// A threshold with hysteresis: it becomes active when a value reaches the raise threshold and only becomes inactive
    /// again when the value falls below a lower clear threshold, so a value that wanders around one threshold gives one
    /// event per episode instead of a storm. Its one bit of state is persisted by the application across deep sleep.
    /// </summary>
    public sealed class ThresholdLatch
    {
        /// <summary>True between a raise and the next clear.</summary>
        public bool IsActive { get; set; }

        /// <summary>Feeds one value.</summary>
        /// <param name="value">The measured value.</param>
        /// <param name="raiseAtOrAbove">An inactive latch becomes active when <paramref name="value"/> is at or above this.</param>
        /// <param name="clearBelow">An active latch becomes inactive when <paramref name="value"/> is below this (at most <paramref name="raiseAtOrAbove"/>).</param>
        /// <returns>What changed.</returns>
        public LatchTransition Update(int value, int raiseAtOrAbove, int clearBelow)
        {
            if (!IsActive && value >= raiseAtOrAbove)
            {
                IsActive = true;
                return LatchTransition.Raised;
            }

            if (IsActive && value < clearBelow)
            {
                IsActive = false;
                return LatchTransition.Cleared;
            }

            return LatchTransition.None;
        }
    }
}
