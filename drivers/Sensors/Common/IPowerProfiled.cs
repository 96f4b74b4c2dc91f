// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

namespace SmartCityNodes.Drivers.Sensors
{
    /// <summary>A sensor that states what a reading costs, so the node runtime can account energy per phase.</summary>
    public interface IPowerProfiled
    {
        /// <summary>Warm-up time, measurement time and current draw for the current configuration; the same instance until the configuration changes (reading it allocates nothing).</summary>
        SensorPowerProfile PowerProfile { get; }
    }
}
