// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using SmartCityNodes.Applications.Common;

namespace SmartCityNodes.Applications.ParkingNode
{
    /// <summary>What a ParkingNode wake decided, filled in place by <see cref="ParkingNodeLogic.Evaluate(long, ParkingReadings, ParkingReport)"/>.</summary>
    public sealed class ParkingReport
    {
        /// <summary>Why to send now; <see cref="ReportReason.None"/> = no uplink.</summary>
        public ReportReason Reason { get; set; }

        /// <summary>True when <see cref="Reason"/> is not <see cref="ReportReason.None"/>.</summary>
        public bool ShouldSend
        {
            get { return Reason != ReportReason.None; }
        }

        /// <summary>State after this wake.</summary>
        public ParkingState State { get; set; }

        /// <summary>Occupied as last confirmed (true in <see cref="ParkingState.Occupied"/> and <see cref="ParkingState.Leaving"/>; in a fault, the state before it).</summary>
        public bool Occupied { get; set; }

        /// <summary>On a change: how long the previous state lasted; otherwise the time since the last change; s.</summary>
        public int SecondsSinceLastChange { get; set; }

        /// <summary>Occupancy changes since installation (wraps at 65536).</summary>
        public int EventCounter { get; set; }

        /// <summary>|B − baseline| (vector), mG, or <see cref="ReportValues.Unknown"/>.</summary>
        public int FieldDeviationMilligauss { get; set; }

        /// <summary>State changes of this wake.</summary>
        public ParkingEvents Events { get; set; }

        /// <summary>Faults of this wake.</summary>
        public ParkingFaults Faults { get; set; }

        /// <summary>The magnetometer's status code (SensorStatus value, 0 = ok).</summary>
        public byte MagnetometerStatus { get; set; }

        /// <summary>Absolute time at which the node must wake next, ms (an interrupt may wake it earlier).</summary>
        public long NextWakeAtMilliseconds { get; set; }

        /// <summary>Resets every field.</summary>
        public void Clear()
        {
            Reason = ReportReason.None;
            State = ParkingState.Uncalibrated;
            Occupied = false;
            SecondsSinceLastChange = 0;
            EventCounter = 0;
            FieldDeviationMilligauss = ReportValues.Unknown;
            Events = ParkingEvents.None;
            Faults = ParkingFaults.None;
            MagnetometerStatus = 0;
            NextWakeAtMilliseconds = 0;
        }
    }
}
