// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

namespace SmartCityNodes.Drivers.Sensors.Environment
{
    /// <summary>
    /// What the applications read temperature, humidity, pressure and gas through. On the device an ESP32 adapter wraps
    /// nanoFramework's Iot.Device.Bmxx80 (BME280/BME680); on the host <see cref="SimulatedEnvironmentSensor"/> stands in.
    /// </summary>
    public interface IEnvironmentSensor : IPowerProfiled
    {
        /// <summary>The quantities this sensor can measure.</summary>
        EnvironmentQuantities Supported { get; }

        /// <summary>Takes one measurement within a bounded time; never throws.</summary>
        /// <param name="reading">Caller-owned reading, filled in place (every field is overwritten); not null.</param>
        /// <returns>True when <paramref name="reading"/> is <see cref="SensorStatus.Ok"/>.</returns>
        bool TryRead(EnvironmentReading reading);
    }
}
