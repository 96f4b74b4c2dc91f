// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

namespace SmartCityNodes.Applications.ParkingNode
{
    /// <summary>
    /// How the magnetometer's threshold interrupt is armed between two wakes. The LIS3MDL compares each enabled axis's
    /// field with ±threshold (datasheet DocID024204 Rev 6, section 7.14: "Even if the threshold is expressed in absolute
    /// value, the device detects both positive and negative thresholds"), so one arming sees a change of the field's
    /// magnitude on an axis in one direction only: up (<see cref="Rise"/>) or down (<see cref="Fall"/>).
    /// </summary>
    public enum ParkingInterruptMode : byte
    {
        /// <summary>Not armed: only the timer wakes the node (confirmation pending, storm hold-off, fault, nothing to watch).</summary>
        None = 0,

        /// <summary>
        /// Wake when the magnitude of an enabled axis rises above the threshold: the interrupt is latched (INT held until
        /// INT_SRC is read) and active high.
        /// </summary>
        Rise = 1,

        /// <summary>
        /// Wake when the magnitude of the one enabled axis falls to the threshold or below: the interrupt is not latched
        /// (INT follows each sample) and active low, so INT is low while the field stays above the threshold and goes
        /// high, the level that wakes the ESP32, when it falls.
        /// </summary>
        Fall = 2,
    }
}
