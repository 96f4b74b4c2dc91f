// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

namespace SmartCityNodes.Simulator.Node
{
    /// <summary>Charge booked per <see cref="EnergyPhase"/>, in µA·ms (1 µAh = 3 600 000 µA·ms).</summary>
    internal sealed class EnergyLedger
    {
        /// <summary>µA·ms in one mAh.</summary>
        public const double MicroampereMillisecondsPerMilliampereHour = 3_600_000_000.0;

        private readonly double[] _charge = new double[Enum.GetValues<EnergyPhase>().Length];

        /// <summary>Books <paramref name="microamperes"/> for <paramref name="milliseconds"/>.</summary>
        public void Add(EnergyPhase phase, double microamperes, double milliseconds)
        {
            if (milliseconds > 0 && microamperes > 0)
            {
                _charge[(int)phase] += microamperes * milliseconds;
            }
        }

        /// <summary>Charge of a phase in mAh.</summary>
        public double MilliampereHours(EnergyPhase phase) => _charge[(int)phase] / MicroampereMillisecondsPerMilliampereHour;

        /// <summary>Total charge in mAh.</summary>
        public double TotalMilliampereHours => _charge.Sum() / MicroampereMillisecondsPerMilliampereHour;

        /// <summary>Average current over a period in µA.</summary>
        public double AverageMicroamperes(long periodMilliseconds) => periodMilliseconds <= 0 ? 0 : _charge.Sum() / periodMilliseconds;

        /// <summary>Projected lifetime in years: usable capacity / average current.</summary>
        public static double ProjectedYears(double averageMicroamperes, BoardEnergyProfile profile)
        {
            if (averageMicroamperes <= 0)
            {
                return double.PositiveInfinity;
            }

            double hours = profile.BatteryCapacityMilliampereHours * profile.UsableFraction * 1000.0 / averageMicroamperes;
            return hours / (24.0 * 365.25);
        }

        /// <summary>The phase with the most charge.</summary>
        public EnergyPhase LargestPhase()
        {
            int best = 0;
            for (int i = 1; i < _charge.Length; i++)
            {
                if (_charge[i] > _charge[best])
                {
                    best = i;
                }
            }

            return (EnergyPhase)best;
        }

        /// <summary>Adds another ledger (fleet totals).</summary>
        public void AddAll(EnergyLedger other)
        {
            for (int i = 0; i < _charge.Length; i++)
            {
                _charge[i] += other._charge[i];
            }
        }
    }
}
