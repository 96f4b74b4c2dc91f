// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

namespace SmartCityNodes.Simulator.Common
{
    /// <summary>Time constants in milliseconds, so no bare 86400000 appears elsewhere.</summary>
    internal static class Units
    {
        public const long MillisecondsPerSecond = 1000;
        public const long MillisecondsPerMinute = 60 * MillisecondsPerSecond;
        public const long MillisecondsPerHour = 60 * MillisecondsPerMinute;
        public const long MillisecondsPerDay = 24 * MillisecondsPerHour;
        public const double DaysPerYear = 365.25;

        /// <summary>Hour of day (0..24) of a simulated time; the simulation starts at midnight.</summary>
        public static double HourOfDay(long timeMilliseconds) => (timeMilliseconds % MillisecondsPerDay) / (double)MillisecondsPerHour;
    }
}
