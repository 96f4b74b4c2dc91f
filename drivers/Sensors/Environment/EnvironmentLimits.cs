// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using SmartCityNodes.Hal;

namespace SmartCityNodes.Drivers.Sensors.Environment
{
    /// <summary>
    /// Operating ranges of the Bosch BME280 and BME680 (BME280 datasheet BST-BME280-DS002 and BME680 datasheet
    /// BST-BME680-DS001, section 1 "Specification": −40…+85 °C, 0…100 %RH, 300…1100 hPa). A value outside them is
    /// a fault, not weather.
    /// </summary>
    public static class EnvironmentLimits
    {
        /// <summary>−40.00 °C.</summary>
        public const int MinimumCentiCelsius = -4000;

        /// <summary>+85.00 °C.</summary>
        public const int MaximumCentiCelsius = 8500;

        /// <summary>0 %RH.</summary>
        public const int MinimumCentiPercent = 0;

        /// <summary>100 %RH.</summary>
        public const int MaximumCentiPercent = 10000;

        /// <summary>300 hPa.</summary>
        public const int MinimumPascals = 30000;

        /// <summary>1100 hPa.</summary>
        public const int MaximumPascals = 110000;

        /// <summary>
        /// Sets <see cref="EnvironmentReading.Status"/> to <see cref="SensorStatus.OutOfRange"/> when a valid field lies
        /// outside the operating range, and to <see cref="SensorStatus.NoData"/> when no field is valid; otherwise leaves it.
        /// </summary>
        /// <param name="reading">The reading to check; not null.</param>
        [HotPath]
        public static void Check(EnvironmentReading reading)
        {
            if (reading.Status != SensorStatus.Ok)
            {
                return;
            }

            if (reading.Valid == EnvironmentQuantities.None)
            {
                reading.Status = SensorStatus.NoData;
                return;
            }

            bool outside =
                (reading.Has(EnvironmentQuantities.Temperature) && (reading.TemperatureCentiCelsius < MinimumCentiCelsius || reading.TemperatureCentiCelsius > MaximumCentiCelsius)) ||
                (reading.Has(EnvironmentQuantities.Humidity) && (reading.RelativeHumidityCentiPercent < MinimumCentiPercent || reading.RelativeHumidityCentiPercent > MaximumCentiPercent)) ||
                (reading.Has(EnvironmentQuantities.Pressure) && (reading.PressurePascals < MinimumPascals || reading.PressurePascals > MaximumPascals)) ||
                (reading.Has(EnvironmentQuantities.GasResistance) && reading.GasResistanceOhms <= 0);
            if (outside)
            {
                reading.Status = SensorStatus.OutOfRange;
            }
        }
    }
}
