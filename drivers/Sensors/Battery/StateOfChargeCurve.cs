// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

namespace SmartCityNodes.Drivers.Sensors.Battery
{
    /// <summary>
    /// State of charge as a piecewise-linear function of cell voltage, held as data (two integer tables), evaluated in
    /// fixed point. Below the first point the charge is the first point's value, above the last the last point's.
    /// </summary>
    public sealed class StateOfChargeCurve
    {
        private readonly int[] _millivolts;
        private readonly int[] _perMille;

        /// <summary>Creates a curve.</summary>
        /// <param name="millivolts">Cell voltages, strictly ascending, at least two.</param>
        /// <param name="perMille">State of charge at each voltage in 0.1 % steps (0..1000), ascending.</param>
        public StateOfChargeCurve(int[] millivolts, int[] perMille)
        {
            if (millivolts == null || perMille == null)
            {
                throw new System.ArgumentNullException(nameof(millivolts));
            }

            if (millivolts.Length < 2 || millivolts.Length != perMille.Length)
            {
                throw new System.ArgumentException("curve needs two or more matching points");
            }

            for (int i = 1; i < millivolts.Length; i++)
            {
                if (millivolts[i] <= millivolts[i - 1] || perMille[i] < perMille[i - 1])
                {
                    throw new System.ArgumentException("curve must ascend");
                }
            }

            _millivolts = millivolts;
            _perMille = perMille;
        }

        /// <summary>Number of points.</summary>
        public int PointCount
        {
            get { return _millivolts.Length; }
        }

        /// <summary>Voltage of point <paramref name="index"/>.</summary>
        /// <param name="index">0-based point.</param>
        /// <returns>Millivolts.</returns>
        public int MillivoltsAt(int index)
        {
            return _millivolts[index];
        }

        /// <summary>State of charge of point <paramref name="index"/>.</summary>
        /// <param name="index">0-based point.</param>
        /// <returns>Per mille.</returns>
        public int PerMilleAt(int index)
        {
            return _perMille[index];
        }

        /// <summary>
        /// Interpolates linearly between the two points around <paramref name="millivolts"/>, rounding to the nearest
        /// 0.1 % (halves up): p0 + ((v − v0)·(p1 − p0)·2 + (v1 − v0)) / (2·(v1 − v0)).
        /// </summary>
        /// <param name="millivolts">Cell voltage.</param>
        /// <returns>State of charge in 0.1 % (0..1000).</returns>
        public int StateOfChargePerMille(int millivolts)
        {
            int last = _millivolts.Length - 1;
            if (millivolts <= _millivolts[0])
            {
                return _perMille[0];
            }

            if (millivolts >= _millivolts[last])
            {
                return _perMille[last];
            }

            int upper = 1;
            while (_millivolts[upper] < millivolts)
            {
                upper++;
            }

            int v0 = _millivolts[upper - 1];
            int v1 = _millivolts[upper];
            int p0 = _perMille[upper - 1];
            int p1 = _perMille[upper];
            long span = v1 - v0;
            long numerator = ((long)(millivolts - v0) * (p1 - p0) * 2) + span;
            return p0 + (int)(numerator / (2 * span));
        }
    }
}
