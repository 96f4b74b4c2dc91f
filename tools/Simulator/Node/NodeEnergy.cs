// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using SmartCityNodes.Runtime.Energy;

namespace SmartCityNodes.Simulator.Node
{
    /// <summary>The runtime's <see cref="EnergyLedger"/> for one simulated node, with the figures the summary needs.</summary>
    internal sealed class NodeEnergy
    {
        /// <summary>Hours in a year of 365.25 days.</summary>
        public const double HoursPerYear = 8766;

        public NodeEnergy(BoardEnergyProfile profile, BatteryProfile battery)
        {
            Profile = profile;
            Battery = battery;
            Ledger = new EnergyLedger(profile);
        }

        public BoardEnergyProfile Profile { get; }
        public BatteryProfile Battery { get; }
        public EnergyLedger Ledger { get; }

        public double MilliampereHours(EnergyPhase phase) => Ledger.PhaseNanoampHours(phase) / 1e6;

        public double TotalMilliampereHours => Ledger.TotalNanoampHours / 1e6;

        /// <summary>Average current over a period, µA.</summary>
        public double AverageMicroamperes(long periodMilliseconds) => periodMilliseconds <= 0 ? 0 : Ledger.TotalNanoampHours / 1000.0 / (periodMilliseconds / 3.6e6);

        /// <summary>Projected lifetime in years: usable capacity / (average drain + the cell's self-discharge) per year.</summary>
        public double ProjectedYears(double averageMicroamperes)
        {
            double usable = Battery.CapacityMicroampHours * Battery.UsablePerMille / 1000.0;
            double perYear = (averageMicroamperes * HoursPerYear) + (Battery.CapacityMicroampHours * Battery.SelfDischargePerMillePerYear / 1000.0);
            return perYear <= 0 ? double.PositiveInfinity : usable / perYear;
        }

        /// <summary>The phase with the most charge.</summary>
        public EnergyPhase LargestPhase() => Enum.GetValues<EnergyPhase>().OrderByDescending(p => Ledger.PhaseNanoampHours(p)).First();
    }
}
