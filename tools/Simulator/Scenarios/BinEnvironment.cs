// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using SmartCityNodes.Simulator.Common;
using static SmartCityNodes.Simulator.Common.Units;

namespace SmartCityNodes.Simulator.Scenarios
{
    /// <summary>The bin's world as pure functions of (seed, time): fill, temperature (with fires), tilt switch level.</summary>
    internal sealed class BinEnvironment
    {
        private const long ChatterEpisodeMilliseconds = 10 * MillisecondsPerMinute;
        private const long ChatterPeriodMilliseconds = 3 * MillisecondsPerSecond;
        private const long FireMilliseconds = 40 * MillisecondsPerMinute;
        private const long TiltMilliseconds = 30 * MillisecondsPerMinute;
        private readonly BinScenario _scenario;
        private readonly ulong _seed;
        private readonly ulong _stream;

        public BinEnvironment(BinScenario scenario, ulong seed, string nodeName)
        {
            _scenario = scenario;
            _seed = seed;
            _stream = DeterministicRandom.StreamOf(nodeName);
        }

        /// <summary>Fill in % (0..100) at a time: rises from the last pickup at this cycle's rate.</summary>
        public double FillPercent(long t)
        {
            long interval = (long)(_scenario.PickupIntervalHours * MillisecondsPerHour);
            long first = (long)(_scenario.PickupHour * MillisecondsPerHour);
            long cycle = t < first ? -1 : (t - first) / interval;
            long since = t - (first + (cycle * interval));
            double rate = _scenario.FillPercentPerHour * (0.6 + (0.8 * DeterministicRandom.Uniform(_seed, _stream, (ulong)(cycle + 1))));
            double fill = rate * since / MillisecondsPerHour;
            return Math.Clamp(fill + (cycle < 0 ? 20 : 0), 0, 100);
        }

        /// <summary>Air temperature in the bin, °C: day curve, plus a fire's heat ramp when one burns.</summary>
        public double TemperatureCelsius(long t)
        {
            double hour = HourOfDay(t);
            double air = _scenario.MeanTemperatureCelsius + (6 * Math.Sin(2 * Math.PI * (hour - 9) / 24));
            if (EventActive(t, _scenario.FiresPerYear, 1, FireMilliseconds, out long since))
            {
                // Heat ramp: +3 °C per minute up to 95 °C, then it burns out.
                air = Math.Min(95, air + (3.0 * since / MillisecondsPerMinute));
            }

            return air;
        }

        /// <summary>Tilt switch level (true = tilted), including the storm's chattering.</summary>
        public bool Tilted(long t)
        {
            if (EventActive(t, _scenario.TiltsPerYear, 2, TiltMilliseconds, out _))
            {
                return true;
            }

            if (ChatterActive(t, out long since))
            {
                return (since / ChatterPeriodMilliseconds) % 2 == 0;
            }

            return false;
        }

        /// <summary>The first time in (t, until] the tilt level changes (the switch is on a wake pin), or long.MaxValue (searched with 1 s resolution in a chatter episode, 1 min otherwise).</summary>
        public long NextTiltChangeAfter(long t, long until)
        {
            bool level = Tilted(t);
            long step = ChatterActive(t, out _) ? 1000 : MillisecondsPerMinute;
            for (long probe = t + step; probe <= until; probe += step)
            {
                if (Tilted(probe) != level)
                {
                    return probe;
                }

                if (step == MillisecondsPerMinute && ChatterActive(probe, out _))
                {
                    step = 1000;
                }
            }

            return long.MaxValue;
        }

        private bool ChatterActive(long t, out long since)
        {
            since = 0;
            if (_scenario.ChatterEpisodesPerDay <= 0)
            {
                return false;
            }

            long day = t / MillisecondsPerDay;
            int episodes = (int)Math.Ceiling(_scenario.ChatterEpisodesPerDay);
            for (int i = 0; i < episodes; i++)
            {
                long start = (day * MillisecondsPerDay) + (long)(DeterministicRandom.Uniform(_seed, _stream + 3, (ulong)((day * 16) + i)) * (MillisecondsPerDay - ChatterEpisodeMilliseconds));
                if (t >= start && t < start + ChatterEpisodeMilliseconds)
                {
                    since = t - start;
                    return true;
                }
            }

            return false;
        }

        private bool EventActive(long t, double perYear, ulong kind, long duration, out long since)
        {
            since = 0;
            long day = t / MillisecondsPerDay;
            for (long d = day; d >= day - 1 && d >= 0; d--)
            {
                if (DeterministicRandom.Uniform(_seed, _stream + (kind * 7919), (ulong)(d * 2)) >= perYear / DaysPerYear)
                {
                    continue;
                }

                long start = (d * MillisecondsPerDay) + (long)(DeterministicRandom.Uniform(_seed, _stream + (kind * 7919), (ulong)((d * 2) + 1)) * MillisecondsPerDay);
                if (t >= start && t < start + duration)
                {
                    since = t - start;
                    return true;
                }
            }

            return false;
        }
    }
}
