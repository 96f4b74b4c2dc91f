// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

namespace SmartCityNodes.Drivers.Sensors.Environment
{
    /// <summary>
    /// Conversions an adapter uses to turn Bmxx80's double-based UnitsNet values into the reading's integers
    /// (round half away from zero; NaN and infinities are reported as not convertible).
    /// </summary>
    public static class EnvironmentFixedPoint
    {
        /// <summary>Rounds to the nearest integer, halves away from zero.</summary>
        /// <param name="value">The value.</param>
        /// <param name="result">The rounded value.</param>
        /// <returns>False for NaN, infinities and values outside the int range.</returns>
        public static bool TryRound(double value, out int result)
        {
            result = 0;
            if (double.IsNaN(value) || value > int.MaxValue || value < int.MinValue)
            {
                return false;
            }

            double rounded = value >= 0 ? value + 0.5 : value - 0.5;
            if (rounded > int.MaxValue || rounded < int.MinValue)
            {
                return false;
            }

            result = (int)rounded;
            return true;
        }

        /// <summary>Degrees Celsius to 0.01 °C.</summary>
        /// <param name="degreesCelsius">Temperature.Degrees Celsius.</param>
        /// <param name="centiCelsius">Result.</param>
        /// <returns>False when not convertible.</returns>
        public static bool TryToCentiCelsius(double degreesCelsius, out int centiCelsius)
        {
            return TryRound(degreesCelsius * 100.0, out centiCelsius);
        }

        /// <summary>Percent relative humidity to 0.01 %.</summary>
        /// <param name="percent">RelativeHumidity.Percent.</param>
        /// <param name="centiPercent">Result.</param>
        /// <returns>False when not convertible.</returns>
        public static bool TryToCentiPercent(double percent, out int centiPercent)
        {
            return TryRound(percent * 100.0, out centiPercent);
        }

        /// <summary>Pascals to whole pascals.</summary>
        /// <param name="pascals">Pressure.Pascals.</param>
        /// <param name="result">Result.</param>
        /// <returns>False when not convertible.</returns>
        public static bool TryToPascals(double pascals, out int result)
        {
            return TryRound(pascals, out result);
        }

        /// <summary>Ohms to whole ohms.</summary>
        /// <param name="ohms">ElectricResistance.Ohms.</param>
        /// <param name="result">Result.</param>
        /// <returns>False when not convertible.</returns>
        public static bool TryToOhms(double ohms, out int result)
        {
            return TryRound(ohms, out result);
        }
    }
}
