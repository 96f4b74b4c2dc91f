// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

namespace SmartCityNodes.Applications.Common
{
    /// <summary>
    /// Integer arithmetic the applications need: nanoFramework's mscorlib has no public System.Math, and the decision
    /// logic stays in fixed point.
    /// </summary>
    public static class IntegerMath
    {
        /// <summary>Divides and rounds half away from zero (7 / 2 = 4, -7 / 2 = -4).</summary>
        /// <param name="numerator">Dividend.</param>
        /// <param name="denominator">Divisor, positive.</param>
        /// <returns>The rounded quotient.</returns>
        public static long DivideRounded(long numerator, long denominator)
        {
            long half = denominator / 2;
            return numerator >= 0 ? (numerator + half) / denominator : -((-numerator + half) / denominator);
        }

        /// <summary>Limits a value to a range.</summary>
        /// <param name="value">The value.</param>
        /// <param name="minimum">Lowest allowed.</param>
        /// <param name="maximum">Highest allowed.</param>
        /// <returns>The value inside [minimum, maximum].</returns>
        public static int Clamp(long value, int minimum, int maximum)
        {
            if (value < minimum)
            {
                return minimum;
            }

            return value > maximum ? maximum : (int)value;
        }

        /// <summary>Absolute value.</summary>
        /// <param name="value">The value.</param>
        /// <returns>|value|.</returns>
        public static long Absolute(long value)
        {
            return value < 0 ? -value : value;
        }

        /// <summary>Largest integer whose square does not exceed <paramref name="value"/> (bit-by-bit method, no floating point).</summary>
        /// <param name="value">A non-negative number; negative values give 0.</param>
        /// <returns>floor(√value).</returns>
        public static long SquareRoot(long value)
        {
            if (value <= 0)
            {
                return 0;
            }

            long result = 0;
            long bit = 1L << 62;
            while (bit > value)
            {
                bit >>= 2;
            }

            while (bit != 0)
            {
                if (value >= result + bit)
                {
                    value -= result + bit;
                    result = (result >> 1) + bit;
                }
                else
                {
                    result >>= 1;
                }

                bit >>= 2;
            }

            return result;
        }

        /// <summary>True when <paramref name="value"/> lies in [minimum, maximum].</summary>
        /// <param name="value">The value.</param>
        /// <param name="minimum">Lowest allowed.</param>
        /// <param name="maximum">Highest allowed.</param>
        /// <returns>Whether the value is in range.</returns>
        public static bool InRange(long value, long minimum, long maximum)
        {
            return value >= minimum && value <= maximum;
        }
    }
}
