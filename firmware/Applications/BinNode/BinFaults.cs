// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

namespace SmartCityNodes.Applications.BinNode
{
    /// <summary>Sensor faults seen at this wake. A fault never stops the schedule; it is reported as a flag.</summary>
    [System.Flags]
    public enum BinFaults : byte
    {
        /// <summary>All sensors answered.</summary>
        None = 0,

        /// <summary>The ultrasonic ranger gave no valid reading (status in <see cref="BinReport.DistanceSensorStatus"/>).</summary>
        DistanceSensor = 0b0000_0001,

        /// <summary>The temperature sensor gave no valid reading: no speed-of-sound correction and no fire check this wake.</summary>
        TemperatureSensor = 0b0000_0010,

        /// <summary>The echo came from further than the bin bottom plus 10 % of its depth: the sensor is misaligned or the bin is open.</summary>
        DistanceBeyondBottom = 0b0000_0100,
    }
}
