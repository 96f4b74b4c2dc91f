// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

namespace SmartCityNodes.Simulator.Scenarios
{
    /// <summary>A bin's world: filling, pickups, the odd fire and tilt; the storm variant chatters the tilt switch.</summary>
    internal sealed class BinScenario
    {
        /// <summary>Mean fill rate in % of the depth per hour (each pickup cycle draws 0.6–1.4 × this).</summary>
        public double FillPercentPerHour { get; set; } = 1.2;

        /// <summary>Hours between pickups.</summary>
        public double PickupIntervalHours { get; set; } = 72;

        /// <summary>Hour of day of the pickup round.</summary>
        public double PickupHour { get; set; } = 7;

        /// <summary>Mean fires per year (each a 40-minute heat ramp to ~95 °C).</summary>
        public double FiresPerYear { get; set; } = 1;

        /// <summary>Mean tilts per year (knocked over for 30 minutes).</summary>
        public double TiltsPerYear { get; set; } = 6;

        /// <summary>Mean outdoor temperature in °C (a ±6 °C day curve rides on it, peak at 15:00).</summary>
        public double MeanTemperatureCelsius { get; set; } = 12;

        /// <summary>Event storm: tilt-switch chattering episodes per day (10 minutes each, a level change every 3 s).</summary>
        public double ChatterEpisodesPerDay { get; set; }
    }
}
