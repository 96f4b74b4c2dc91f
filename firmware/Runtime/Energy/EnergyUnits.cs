// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using SmartCityNodes.Hal;

namespace SmartCityNodes.Runtime.Energy
{
    /// <summary>
    /// Integer charge arithmetic: currents in nA or µA, durations in µs, charge in nAh or µAh. No floating point,
    /// because nanoCLR interprets double arithmetic slowly and the ledger runs on every wake.
    /// </summary>
    [HotPath]
    public static class EnergyUnits
    {
        /// <summary>Microseconds in one hour: 1 nAh = 1 nA × 3.6e9 µs.</summary>
        public const long MicrosecondsPerHour = 3600L * 1000 * 1000;

        /// <summary>Milliseconds in one day.</summary>
        public const long MillisecondsPerDay = 24L * 3600 * 1000;

        /// <summary>Days in a year for budget arithmetic (365.25 expressed as 36525/100).</summary>
        public const long HundredthsOfDaysPerYear = 36525;

        /// <summary>Charge in nAh of <paramref name="currentNanoamps"/> over <paramref name="durationMicroseconds"/>, rounded up.</summary>
        /// <param name="currentNanoamps">Current.</param>
        /// <param name="durationMicroseconds">Duration.</param>
        public static long ChargeNanoampHours(long currentNanoamps, long durationMicroseconds)
        {
            if (currentNanoamps <= 0 || durationMicroseconds <= 0)
            {
                return 0;
            }

            // Split to stay inside 64 bits for any duration below ~290 years at 1 A: whole hours first, then the rest.
            long hours = durationMicroseconds / MicrosecondsPerHour;
            long rest = durationMicroseconds % MicrosecondsPerHour;
            return hours * currentNanoamps + ((currentNanoamps * rest) + MicrosecondsPerHour - 1) / MicrosecondsPerHour;
        }

        /// <summary>Charge in nAh of an average current in µA over a number of whole days.</summary>
        /// <param name="currentMicroamps">Average current.</param>
        /// <param name="days">Days.</param>
        public static long MicroampDaysToNanoampHours(long currentMicroamps, long days)
        {
            return currentMicroamps * 1000 * 24 * days;
        }
    }
}
