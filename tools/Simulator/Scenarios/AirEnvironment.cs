// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using SmartCityNodes.Simulator.Common;
using static SmartCityNodes.Simulator.Common.Units;

namespace SmartCityNodes.Simulator.Scenarios
{
    /// <summary>City air as pure functions of (seed, time): PM2.5 day curve with traffic peaks and episodes; PM1 and PM10 from typical urban ratios.</summary>
    internal sealed class AirEnvironment
    {
        /// <summary>Marker for the storm's stuck sensor, µg/m³ (the PMS5003's range tops out at 500 effective, 999 maximum).</summary>
        public const int StuckHighMicrogramsPerCubicMetre = 999;

        private const long StuckMilliseconds = 6 * MillisecondsPerHour;
        private readonly AirScenario _scenario;
        private readonly ulong _seed;
        private readonly ulong _stream;

        public AirEnvironment(AirScenario scenario, ulong seed, string nodeName)
        {
            _scenario = scenario;
            _seed = seed;
            _stream = DeterministicRandom.StreamOf(nodeName);
        }

        /// <summary>PM2.5 in µg/m³.</summary>
        public double Pm25(long t)
        {
            if (StuckHigh(t))
            {
                return StuckHighMicrogramsPerCubicMetre;
            }

            long day = t / MillisecondsPerDay;
            double hour = HourOfDay(t);
            double dayFactor = Math.Exp(0.3 * DeterministicRandom.Normal(_seed, _stream, (ulong)day));
            double peaks = (Math.Exp(-((hour - 8) * (hour - 8)) / 2.0) + Math.Exp(-((hour - 18.5) * (hour - 18.5)) / 3.0)) * _scenario.RushHourFactor;
            return _scenario.BackgroundPm25 * dayFactor * (1 + peaks) * EpisodeFactor(t);
        }

        /// <summary>PM1 ≈ 0.7 × PM2.5 and PM10 ≈ 1.6 × PM2.5 (typical urban ratios; PM2.5/PM10 ≈ 0.6 in European cities, EEA air-quality reports).</summary>
        public (int Pm1, int Pm25, int Pm10) Concentrations(long t)
        {
            double pm25 = Pm25(t);
            if (pm25 >= StuckHighMicrogramsPerCubicMetre)
            {
                return (StuckHighMicrogramsPerCubicMetre, StuckHighMicrogramsPerCubicMetre, StuckHighMicrogramsPerCubicMetre);
            }

            return ((int)Math.Round(0.7 * pm25), (int)Math.Round(pm25), (int)Math.Round(1.6 * pm25));
        }

        /// <summary>Temperature °C (±5 °C day curve, peak 15:00).</summary>
        public double TemperatureCelsius(long t) => _scenario.MeanTemperatureCelsius + (5 * Math.Sin(2 * Math.PI * (HourOfDay(t) - 9) / 24));

        /// <summary>Relative humidity % (opposite to temperature).</summary>
        public double RelativeHumidityPercent(long t) => 65 - (15 * Math.Sin(2 * Math.PI * (HourOfDay(t) - 9) / 24));

        private double EpisodeFactor(long t)
        {
            // Episodes start at most once a day; check the last two days for one still running.
            long day = t / MillisecondsPerDay;
            for (long d = day; d >= day - 2 && d >= 0; d--)
            {
                if (DeterministicRandom.Uniform(_seed, _stream + 11, (ulong)(d * 4)) >= _scenario.EpisodesPerWeek / 7.0)
                {
                    continue;
                }

                long start = (d * MillisecondsPerDay) + (long)(DeterministicRandom.Uniform(_seed, _stream + 11, (ulong)((d * 4) + 1)) * MillisecondsPerDay);
                long length = (long)((12 + (24 * DeterministicRandom.Uniform(_seed, _stream + 11, (ulong)((d * 4) + 2)))) * MillisecondsPerHour);
                if (t >= start && t < start + length)
                {
                    return 4 + (2 * DeterministicRandom.Uniform(_seed, _stream + 11, (ulong)((d * 4) + 3)));
                }
            }

            return 1;
        }

        private bool StuckHigh(long t)
        {
            if (_scenario.StuckHighPerDay <= 0)
            {
                return false;
            }

            long day = t / MillisecondsPerDay;
            if (DeterministicRandom.Uniform(_seed, _stream + 13, (ulong)(day * 2)) >= _scenario.StuckHighPerDay)
            {
                return false;
            }

            long start = (day * MillisecondsPerDay) + (long)(DeterministicRandom.Uniform(_seed, _stream + 13, (ulong)((day * 2) + 1)) * (MillisecondsPerDay - StuckMilliseconds));
            return t >= start && t < start + StuckMilliseconds;
        }
    }
}
