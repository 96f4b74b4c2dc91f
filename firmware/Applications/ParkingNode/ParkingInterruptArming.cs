// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

namespace SmartCityNodes.Applications.ParkingNode
{
    /// <summary>
    /// The interrupt arming <see cref="ParkingNodeLogic"/> chose for the coming sleep, filled in place by
    /// <see cref="ParkingNodeLogic.Evaluate(long, ParkingReadings, bool, ParkingReport, ParkingInterruptArming)"/> and
    /// applied by the magnetometer watch (<see cref="Lis3mdlParkingWatch.Apply"/>). Created once at start-up.
    /// </summary>
    public sealed class ParkingInterruptArming
    {
        /// <summary>How the interrupt is armed; <see cref="ParkingInterruptMode.None"/> = disarmed.</summary>
        public ParkingInterruptMode Mode { get; set; }

        /// <summary>Threshold on the field's magnitude per axis, mG (meaningful when armed).</summary>
        public int ThresholdMilligauss { get; set; }

        /// <summary>Axes compared with the threshold (one axis in <see cref="ParkingInterruptMode.Fall"/>).</summary>
        public ParkingAxes Axes { get; set; }

        /// <summary>
        /// True when the interrupt is disarmed because this drift-poll interval's allowance of interrupt wakes that changed
        /// nothing is spent (ParkingNodeParameters.InterruptWakesPerDriftPoll): a storm hold-off, lifted at the next
        /// drift poll.
        /// </summary>
        public bool HeldOff { get; set; }

        /// <summary>True when armed: the next occupancy change (an arrival when vacant, a departure when occupied) wakes the node.</summary>
        public bool Watches
        {
            get { return Mode != ParkingInterruptMode.None; }
        }

        /// <summary>Disarmed, no hold-off.</summary>
        public void Clear()
        {
            Mode = ParkingInterruptMode.None;
            ThresholdMilligauss = 0;
            Axes = ParkingAxes.None;
            HeldOff = false;
        }

        /// <summary>Sets an armed state.</summary>
        /// <param name="mode">Rise or fall.</param>
        /// <param name="thresholdMilligauss">Threshold, mG.</param>
        /// <param name="axes">Axes.</param>
        public void Set(ParkingInterruptMode mode, int thresholdMilligauss, ParkingAxes axes)
        {
            Mode = mode;
            ThresholdMilligauss = thresholdMilligauss;
            Axes = axes;
            HeldOff = false;
        }
    }
}
