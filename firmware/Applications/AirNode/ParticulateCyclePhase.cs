// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

namespace SmartCityNodes.Applications.AirNode
{
    /// <summary>Where the duty cycle of the particulate sensor stands (persisted across deep sleep).</summary>
    public enum ParticulateCyclePhase : byte
    {
        /// <summary>Sensor asleep, waiting for the next cycle.</summary>
        Idle = 0,

        /// <summary>Sensor woken, fan spinning up; no sample is trusted yet.</summary>
        WarmingUp = 1,

        /// <summary>Warm-up over, samples being taken.</summary>
        Sampling = 2,
    }
}
