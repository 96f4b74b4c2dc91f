// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

namespace SmartCityNodes.Applications.AirNode
{
    /// <summary>Sensor faults of this cycle; each is reported as a flag and none stops the schedule.</summary>
    [System.Flags]
    public enum AirFaults : byte
    {
        /// <summary>All sensors answered.</summary>
        None = 0,

        /// <summary>Temperature/humidity/pressure/gas reading failed.</summary>
        EnvironmentSensor = 0b0000_0001,

        /// <summary>No particulate sample of the cycle was valid: PM fields are unknown.</summary>
        ParticulateSensor = 0b0000_0010,

        /// <summary>Some (not all) particulate samples failed; the average uses the valid ones.</summary>
        ParticulatePartial = 0b0000_0100,

        /// <summary>The wake command was not acknowledged.</summary>
        ParticulateWake = 0b0000_1000,

        /// <summary>The sleep command was not acknowledged: the fan may still run and drain the battery.</summary>
        ParticulateSleep = 0b0001_0000,
    }
}
