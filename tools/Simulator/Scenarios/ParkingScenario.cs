// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

namespace SmartCityNodes.Simulator.Scenarios
{
    /// <summary>A parking bay: arrivals as a Poisson process with time-of-day rates, short and long stays; the storm variant puts a magnet on the sensor.</summary>
    internal sealed class ParkingScenario
    {
        /// <summary>Target parking sessions per day (the 20/day of Nwave's lifetime claim).</summary>
        public double SessionsPerDay { get; set; } = 20;

        /// <summary>Mean short stay in minutes (exponential, at least 3 minutes).</summary>
        public double ShortStayMinutes { get; set; } = 25;

        /// <summary>Share of long stays (residents, commuters).</summary>
        public double LongStayShare { get; set; } = 0.1;

        /// <summary>Mean long stay in hours.</summary>
        public double LongStayHours { get; set; } = 6;

        /// <summary>Event storm: probability per day of a magnet placed on the sensor for 2 hours (saturates the magnetometer).</summary>
        public double MagnetPerDay { get; set; }
    }
}
