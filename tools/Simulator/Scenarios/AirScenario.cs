// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

namespace SmartCityNodes.Simulator.Scenarios
{
    /// <summary>A city air-quality world: a diurnal PM curve with traffic peaks and multi-hour pollution episodes; the storm variant sticks the sensor high.</summary>
    internal sealed class AirScenario
    {
        /// <summary>Night-time background PM2.5 in µg/m³ (each day draws a log-normal factor, σ = 0.3).</summary>
        public double BackgroundPm25 { get; set; } = 9;

        /// <summary>Morning (08:00) and evening (18:30) traffic peaks, as multiples of the background added on top.</summary>
        public double RushHourFactor { get; set; } = 0.8;

        /// <summary>Mean pollution episodes per week (each lasts 12–36 h at 4–6 × the background).</summary>
        public double EpisodesPerWeek { get; set; } = 0.5;

        /// <summary>Mean temperature in °C.</summary>
        public double MeanTemperatureCelsius { get; set; } = 14;

        /// <summary>Event storm: probability per day of a 6-hour "stuck high" sensor period (every sample reads 999 µg/m³).</summary>
        public double StuckHighPerDay { get; set; }
    }
}
