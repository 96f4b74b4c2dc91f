// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using SmartCityNodes.Applications.Common;

namespace SmartCityNodes.Applications.BinNode
{
    /// <summary>
    /// Speed of sound in air from temperature, c = 331.3 + 0.606·T m/s (T in °C; the linear form of c = 331.3·√(1 + T/273.15),
    /// within 0.5 % from −30 to +50 °C), and the correction of a distance a module computed with a fixed speed.
    /// </summary>
    /// <remarks>
    /// An ultrasonic module measures a time of flight and turns it into millimetres with the speed it assumes: the
    /// JSN-SR04T v3 uses 340 m/s (seller product pages: distance = echo time × 340 m/s / 2); DFRobot's A02YYUW (SEN0311)
    /// wiki neither publishes its assumed speed nor claims temperature compensation, so 343.4 m/s (c at 20 °C) is our
    /// default until a bench check at two temperatures. True distance = reported × c(T) / c(reference). Over −20..+60 °C
    /// the speed spans 319.2..367.7 m/s, ±7 % around 343.4 m/s: 70 mm on a 1 m bin.
    /// </remarks>
    public static class SpeedOfSound
    {
        /// <summary>c at 0 °C in mm/s (331.3 m/s).</summary>
        public const int AtZeroCelsiusMillimetresPerSecond = 331300;

        /// <summary>Slope: 0.606 m/s per °C = 606 mm/s per °C.</summary>
        public const int SlopeMillimetresPerSecondPerCelsius = 606;

        /// <summary>c at 20 °C in mm/s: 331300 + 606·20 = 343420, rounded to 343.4 m/s.</summary>
        public const int At20CelsiusMillimetresPerSecond = 343400;

        /// <summary>The speed the JSN-SR04T v3 converts with (340 m/s, seller product pages).</summary>
        public const int JsnSr04tAssumedMillimetresPerSecond = 340000;

        /// <summary>c(T) in hundredths of a mm/s: 33130000 + 606·T[0.01 °C] (exact, no rounding).</summary>
        /// <param name="temperatureCentiCelsius">Air temperature in 0.01 °C.</param>
        /// <returns>Speed of sound in 0.01 mm/s.</returns>
        public static long CentimillimetresPerSecond(int temperatureCentiCelsius)
        {
            return (AtZeroCelsiusMillimetresPerSecond * 100L) + ((long)SlopeMillimetresPerSecondPerCelsius * temperatureCentiCelsius);
        }

        /// <summary>Rescales a distance computed with <paramref name="assumedMillimetresPerSecond"/> to the speed at the air temperature.</summary>
        /// <param name="reportedMillimetres">Distance the module reported.</param>
        /// <param name="temperatureCentiCelsius">Air temperature in 0.01 °C.</param>
        /// <param name="assumedMillimetresPerSecond">The speed the module assumes (positive).</param>
        /// <returns>The corrected distance in mm, rounded to nearest.</returns>
        public static int CorrectDistance(int reportedMillimetres, int temperatureCentiCelsius, int assumedMillimetresPerSecond)
        {
            long numerator = reportedMillimetres * CentimillimetresPerSecond(temperatureCentiCelsius);
            return (int)IntegerMath.DivideRounded(numerator, assumedMillimetresPerSecond * 100L);
        }
    }
}
