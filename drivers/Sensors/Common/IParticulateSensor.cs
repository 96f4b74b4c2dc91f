// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

namespace SmartCityNodes.Drivers.Sensors
{
    /// <summary>A particulate-matter sensor with a fan that can be put to sleep between readings.</summary>
    public interface IParticulateSensor : IPowerProfiled
    {
        /// <summary>Stops fan and laser (the sensor's lowest-power state short of cutting its supply).</summary>
        SensorStatus Sleep();

        /// <summary>Starts fan and laser; readings are <see cref="SensorStatus.NotReady"/> until the warm-up time has passed.</summary>
        SensorStatus Wake();

        /// <summary>Requests and reads one measurement within a bounded time; never throws.</summary>
        /// <param name="reading">Caller-owned reading, filled in place (every field is overwritten); not null.</param>
        /// <returns>True when <paramref name="reading"/> is <see cref="SensorStatus.Ok"/>.</returns>
        bool TryRead(ParticulateReading reading);
    }
}
