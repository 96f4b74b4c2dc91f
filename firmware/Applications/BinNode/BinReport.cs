// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using SmartCityNodes.Applications.Common;

namespace SmartCityNodes.Applications.BinNode
{
    /// <summary>What a BinNode wake decided, filled in place by <see cref="BinNodeLogic.Evaluate"/>; the payload layer encodes the fields.</summary>
    public sealed class BinReport
    {
        /// <summary>Why to send now; <see cref="ReportReason.None"/> = no uplink this wake.</summary>
        public ReportReason Reason { get; set; }

        /// <summary>True when <see cref="Reason"/> is not <see cref="ReportReason.None"/>.</summary>
        public bool ShouldSend
        {
            get { return Reason != ReportReason.None; }
        }

        /// <summary>Events of this wake.</summary>
        public BinEvents Events { get; set; }

        /// <summary>Alarm states now.</summary>
        public BinAlarms Alarms { get; set; }

        /// <summary>Sensor faults of this wake.</summary>
        public BinFaults Faults { get; set; }

        /// <summary>The ranger's status code (SensorStatus value, 0 = ok).</summary>
        public byte DistanceSensorStatus { get; set; }

        /// <summary>The temperature sensor's status code (SensorStatus value, 0 = ok).</summary>
        public byte TemperatureSensorStatus { get; set; }

        /// <summary>Fill level 0..100 %, or <see cref="ReportValues.Unknown"/>.</summary>
        public int FillPercent { get; set; }

        /// <summary>Temperature-corrected distance from the sensor face, mm, or <see cref="ReportValues.Unknown"/>.</summary>
        public int DistanceMillimetres { get; set; }

        /// <summary>Temperature in 0.1 °C, or <see cref="ReportValues.Unknown"/>.</summary>
        public int TemperatureDeciCelsius { get; set; }

        /// <summary>Absolute time (same clock as the evaluate call) at which the node must wake next, ms.</summary>
        public long NextWakeAtMilliseconds { get; set; }

        /// <summary>Resets every field before an evaluation.</summary>
        public void Clear()
        {
            Reason = ReportReason.None;
            Events = BinEvents.None;
            Alarms = BinAlarms.None;
            Faults = BinFaults.None;
            DistanceSensorStatus = 0;
            TemperatureSensorStatus = 0;
            FillPercent = ReportValues.Unknown;
            DistanceMillimetres = ReportValues.Unknown;
            TemperatureDeciCelsius = ReportValues.Unknown;
            NextWakeAtMilliseconds = 0;
        }
    }
}
