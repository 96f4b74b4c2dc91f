// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

namespace SmartCityNodes.Drivers.Sensors.Battery
{
    /// <summary>
    /// Linear correction of the measured battery voltage: corrected = measured · gain + offset, with the gain in parts
    /// per million so the arithmetic stays in integers. Absorbs ADC reference error and divider resistor tolerance.
    /// Immutable class: the monitor holds one instance and <see cref="BatteryMonitor.TryRead"/> calls <see cref="Apply"/>
    /// on it, which on nanoCLR costs no copy (a struct property read would clone it on every reading).
    /// </summary>
    public sealed class BatteryCalibration
    {
        /// <summary>Gain of exactly 1 in parts per million.</summary>
        public const int UnityGainPpm = 1000000;

        /// <summary>Gain in parts per million (1 000 000 = 1.0).</summary>
        public readonly int GainPpm;

        /// <summary>Offset in millivolts, added after the gain.</summary>
        public readonly int OffsetMillivolts;

        /// <summary>Creates a calibration.</summary>
        /// <param name="gainPpm">Gain in ppm.</param>
        /// <param name="offsetMillivolts">Offset in mV.</param>
        public BatteryCalibration(int gainPpm, int offsetMillivolts)
        {
            GainPpm = gainPpm;
            OffsetMillivolts = offsetMillivolts;
        }

        /// <summary>No correction (a new instance per call: read it at start-up, not per reading).</summary>
        public static BatteryCalibration Identity
        {
            get { return new BatteryCalibration(UnityGainPpm, 0); }
        }

        /// <summary>
        /// Two-point calibration from a production test: the node measured <paramref name="measured1Millivolts"/> while a
        /// reference meter read <paramref name="actual1Millivolts"/>, and likewise for a second supply voltage.
        /// gain = (a2 − a1)/(m2 − m1), offset = a1 − m1·gain (rounded to the nearest ppm and mV).
        /// </summary>
        /// <param name="measured1Millivolts">Node's reading at point 1.</param>
        /// <param name="actual1Millivolts">Reference at point 1.</param>
        /// <param name="measured2Millivolts">Node's reading at point 2 (different from point 1).</param>
        /// <param name="actual2Millivolts">Reference at point 2.</param>
        /// <returns>The calibration.</returns>
        public static BatteryCalibration FromTwoPoints(int measured1Millivolts, int actual1Millivolts, int measured2Millivolts, int actual2Millivolts)
        {
            long measuredSpan = measured2Millivolts - measured1Millivolts;
            if (measuredSpan == 0)
            {
                throw new System.ArgumentException("the two points must differ");
            }

            long actualSpan = actual2Millivolts - actual1Millivolts;
            long gain = RoundedDivide(actualSpan * UnityGainPpm, measuredSpan);
            long offset = actual1Millivolts - RoundedDivide(measured1Millivolts * gain, UnityGainPpm);
            return new BatteryCalibration((int)gain, (int)offset);
        }

        /// <summary>Applies the correction, rounding to the nearest millivolt.</summary>
        /// <param name="measuredMillivolts">Uncorrected voltage.</param>
        /// <returns>Corrected voltage.</returns>
        public int Apply(int measuredMillivolts)
        {
            return (int)(RoundedDivide((long)measuredMillivolts * GainPpm, UnityGainPpm) + OffsetMillivolts);
        }

        private static long RoundedDivide(long numerator, long denominator)
        {
            if (denominator < 0)
            {
                numerator = -numerator;
                denominator = -denominator;
            }

            return numerator >= 0 ? (numerator + (denominator / 2)) / denominator : -((-numerator + (denominator / 2)) / denominator);
        }
    }
}
