// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

namespace SmartCityNodes.Drivers.Sensors.Environment
{
    /// <summary>Which quantities an environment sensor supports, or which a reading holds valid values for.</summary>
    [System.Flags]
    public enum EnvironmentQuantities : byte
    {
        /// <summary>None.</summary>
        None = 0,

        /// <summary>Air temperature.</summary>
        Temperature = 0b0000_0001,

        /// <summary>Relative humidity.</summary>
        Humidity = 0b0000_0010,

        /// <summary>Barometric pressure.</summary>
        Pressure = 0b0000_0100,

        /// <summary>Gas-sensor resistance (BME680).</summary>
        GasResistance = 0b0000_1000,

        /// <summary>What a BME280 measures.</summary>
        Bme280 = Temperature | Humidity | Pressure,

        /// <summary>What a BME680 measures.</summary>
        Bme680 = Temperature | Humidity | Pressure | GasResistance,
    }
}
