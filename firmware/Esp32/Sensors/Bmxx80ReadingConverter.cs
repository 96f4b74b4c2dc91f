// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.
// Pure code (no nanoFramework package types): also compiled into tests/SmartCityNodes.Firmware.Tests and tested on the host.

using SmartCityNodes.Drivers.Sensors;
using SmartCityNodes.Drivers.Sensors.Environment;

namespace SmartCityNodes.Firmware.Esp32.Sensors
{
    /// <summary>
    /// Turns the values of one Bmxx80 read result (UnitsNet doubles with their IsValid flags) into an
    /// <see cref="EnvironmentReading"/>, as the mapping table in drivers/Sensors/Environment/README.md says: a quantity
    /// counts only when the sensor supports it, the binding marked it valid and <see cref="EnvironmentFixedPoint"/>
    /// converts it; a value marked valid that cannot be converted (NaN, infinity, beyond int) makes the reading
    /// <see cref="SensorStatus.OutOfRange"/>; then <see cref="EnvironmentLimits.Check"/> applies the datasheet ranges and
    /// reports <see cref="SensorStatus.NoData"/> when nothing was valid. Allocates nothing.
    /// </summary>
    public static class Bmxx80ReadingConverter
    {
        /// <summary>Fills the reading in place.</summary>
        /// <param name="reading">Caller-owned reading; every field is overwritten.</param>
        /// <param name="supported">What the sensor measures (<see cref="EnvironmentQuantities.Bme280"/> or <see cref="EnvironmentQuantities.Bme680"/>).</param>
        /// <param name="temperatureIsValid">Bmp280ReadResult.TemperatureIsValid.</param>
        /// <param name="degreesCelsius">Temperature.DegreesCelsius.</param>
        /// <param name="humidityIsValid">Bme280ReadResult.HumidityIsValid.</param>
        /// <param name="humidityPercent">RelativeHumidity.Percent.</param>
        /// <param name="pressureIsValid">Bmp280ReadResult.PressureIsValid.</param>
        /// <param name="pascals">Pressure.Pascals.</param>
        /// <param name="gasResistanceIsValid">Bme680ReadResult.GasResistanceIsValid (false for a BME280).</param>
        /// <param name="ohms">ElectricResistance.Ohms.</param>
        public static void Convert(
            EnvironmentReading reading,
            EnvironmentQuantities supported,
            bool temperatureIsValid,
            double degreesCelsius,
            bool humidityIsValid,
            double humidityPercent,
            bool pressureIsValid,
            double pascals,
            bool gasResistanceIsValid,
            double ohms)
        {
            reading.Clear();
            bool unconvertible = false;
            int value;

            if ((supported & EnvironmentQuantities.Temperature) != 0 && temperatureIsValid)
            {
                if (EnvironmentFixedPoint.TryToCentiCelsius(degreesCelsius, out value))
                {
                    reading.TemperatureCentiCelsius = value;
                    reading.Valid |= EnvironmentQuantities.Temperature;
                }
                else
                {
                    unconvertible = true;
                }
            }

            if ((supported & EnvironmentQuantities.Humidity) != 0 && humidityIsValid)
            {
                if (EnvironmentFixedPoint.TryToCentiPercent(humidityPercent, out value))
                {
                    reading.RelativeHumidityCentiPercent = value;
                    reading.Valid |= EnvironmentQuantities.Humidity;
                }
                else
                {
                    unconvertible = true;
                }
            }

            if ((supported & EnvironmentQuantities.Pressure) != 0 && pressureIsValid)
            {
                if (EnvironmentFixedPoint.TryToPascals(pascals, out value))
                {
                    reading.PressurePascals = value;
                    reading.Valid |= EnvironmentQuantities.Pressure;
                }
                else
                {
                    unconvertible = true;
                }
            }

            if ((supported & EnvironmentQuantities.GasResistance) != 0 && gasResistanceIsValid)
            {
                if (EnvironmentFixedPoint.TryToOhms(ohms, out value))
                {
                    reading.GasResistanceOhms = value;
                    reading.Valid |= EnvironmentQuantities.GasResistance;
                }
                else
                {
                    unconvertible = true;
                }
            }

            if (unconvertible)
            {
                reading.Status = SensorStatus.OutOfRange;
            }

            EnvironmentLimits.Check(reading);
        }

        /// <summary>A reading that carries only a fault status (no valid field).</summary>
        /// <param name="reading">Caller-owned reading; every field is overwritten.</param>
        /// <param name="status">The fault.</param>
        public static void Fault(EnvironmentReading reading, SensorStatus status)
        {
            reading.Clear();
            reading.Status = status;
        }
    }
}
