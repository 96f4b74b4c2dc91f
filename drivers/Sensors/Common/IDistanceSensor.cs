// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

namespace SmartCityNodes.Drivers.Sensors
{
    /// <summary>A distance sensor (the bin node's fill-level ranger).</summary>
    public interface IDistanceSensor : IPowerProfiled
    {
        /// <summary>Takes one (median-filtered) reading within a bounded time; never throws.</summary>
        /// <param name="reading">Caller-owned reading, filled in place (every field is overwritten); not null.</param>
        /// <returns>True when <paramref name="reading"/> is <see cref="SensorStatus.Ok"/>.</returns>
        bool TryRead(DistanceReading reading);
    }
}
