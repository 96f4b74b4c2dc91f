// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

namespace SmartCityNodes.Drivers.Sensors
{
    /// <summary>A three-axis magnetometer (the parking node's occupancy sensor).</summary>
    public interface IMagnetometer : IPowerProfiled
    {
        /// <summary>Waits (bounded) for a new sample and reads it; never throws.</summary>
        /// <param name="reading">Caller-owned reading, filled in place (every field is overwritten); not null.</param>
        /// <returns>True when <paramref name="reading"/> is <see cref="SensorStatus.Ok"/>.</returns>
        bool TryRead(MagneticFieldReading reading);
    }
}
