// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using SmartCityNodes.Simulator.Common;
using static SmartCityNodes.Simulator.Common.Units;

namespace SmartCityNodes.Simulator.Scenarios
{
    /// <summary>
    /// A parking bay: arrivals are a non-homogeneous Poisson process (Lewis–Shedler thinning) with time-of-day
    /// rates (night, two rush hours, day, evening), a car that finds the bay taken drives on, stays are short
    /// (exponential) or long. Sessions are generated day by day from (seed, day), so the world is reproducible.
    /// </summary>
    internal sealed class ParkingEnvironment
    {
        /// <summary>Relative arrival rate per hour of day (rush hours 7–9 and 17–19).</summary>
        private static readonly double[] HourlyWeight =
        {
            0.2, 0.1, 0.1, 0.1, 0.2, 0.4, 0.8, 2.0, 2.0, 1.2, 1.2, 1.2,
            1.4, 1.2, 1.2, 1.2, 1.4, 2.0, 2.0, 1.0, 0.8, 0.6, 0.4, 0.3,
        };

        private const long MagnetMilliseconds = 2 * MillisecondsPerHour;
        private readonly ParkingScenario _scenario;
        private readonly ulong _seed;
        private readonly ulong _stream;
        private readonly List<(long Start, long End, double DeltaMilligauss)> _sessions = new();
        private long _generatedUntilDay = -1;
        private long _busyUntil;
        private int _cursor;

        public ParkingEnvironment(ParkingScenario scenario, ulong seed, string nodeName)
        {
            _scenario = scenario;
            _seed = seed;
            _stream = DeterministicRandom.StreamOf(nodeName);
        }

        /// <summary>Sessions generated so far (start, end, field change).</summary>
        public IReadOnlyList<(long Start, long End, double DeltaMilligauss)> Sessions => _sessions;

        /// <summary>The car's field change over the sensor at t, in mG (0 = bay empty). Calls must not go back in time by more than a day.</summary>
        public double DeltaMilligauss(long t)
        {
            Generate(t / MillisecondsPerDay + 1);
            while (_cursor > 0 && _sessions[_cursor - 1].End > t)
            {
                _cursor--;
            }

            while (_cursor < _sessions.Count && _sessions[_cursor].End <= t)
            {
                _cursor++;
            }

            if (_cursor < _sessions.Count && _sessions[_cursor].Start <= t)
            {
                return _sessions[_cursor].DeltaMilligauss;
            }

            return 0;
        }

        /// <summary>Whether the storm's magnet saturates the sensor at t.</summary>
        public bool MagnetOn(long t)
        {
            if (_scenario.MagnetPerDay <= 0)
            {
                return false;
            }

            return MagnetWindow(t / MillisecondsPerDay, out long start, out long end) && t >= start && t < end;
        }

        /// <summary>
        /// The first time in (t, until] at which the field over the sensor changes (a car arrives or leaves, the storm's
        /// magnet is put on or taken off), or long.MaxValue. Between change points the field is constant.
        /// </summary>
        public long NextChangeAfter(long t, long until)
        {
            Generate((until / MillisecondsPerDay) + 1);
            long next = long.MaxValue;

            // Sessions never overlap and are generated in time order, so their ends are sorted too: start at the first
            // one still running after t instead of walking the whole history at every sleep.
            int low = 0;
            int high = _sessions.Count;
            while (low < high)
            {
                int middle = (low + high) / 2;
                if (_sessions[middle].End > t)
                {
                    high = middle;
                }
                else
                {
                    low = middle + 1;
                }
            }

            for (int i = low; i < _sessions.Count; i++)
            {
                var (start, end, _) = _sessions[i];
                if (start > until)
                {
                    break;
                }

                if (start > t && start < next)
                {
                    next = start;
                }

                if (end > t && end <= until && end < next)
                {
                    next = end;
                }
            }

            if (_scenario.MagnetPerDay > 0)
            {
                for (long day = t / MillisecondsPerDay; day <= until / MillisecondsPerDay; day++)
                {
                    if (MagnetWindow(day, out long start, out long end))
                    {
                        if (start > t && start <= until && start < next)
                        {
                            next = start;
                        }

                        if (end > t && end <= until && end < next)
                        {
                            next = end;
                        }
                    }
                }
            }

            return next <= until ? next : long.MaxValue;
        }

        private bool MagnetWindow(long day, out long start, out long end)
        {
            start = end = -1;
            if (DeterministicRandom.Uniform(_seed, _stream + 21, (ulong)(day * 2)) >= _scenario.MagnetPerDay)
            {
                return false;
            }

            start = (day * MillisecondsPerDay) + (long)(DeterministicRandom.Uniform(_seed, _stream + 21, (ulong)((day * 2) + 1)) * (MillisecondsPerDay - MagnetMilliseconds));
            end = start + MagnetMilliseconds;
            return true;
        }

        private void Generate(long untilDay)
        {
            double weightSum = HourlyWeight.Sum();
            double shortMinutes = _scenario.ShortStayMinutes;
            while (_generatedUntilDay < untilDay)
            {
                long day = ++_generatedUntilDay;
                var random = new SequentialRandom(_seed, _stream ^ ((ulong)day * 0x9E37UL));
                // Arrivals that find the bay busy are lost; raise the offered rate so that the served sessions come
                // close to the target (a bay busy a fraction b of the time serves (1 − b) of its arrivals).
                double meanStayHours = ((1 - _scenario.LongStayShare) * (shortMinutes / 60.0)) + (_scenario.LongStayShare * _scenario.LongStayHours);
                double busy = Math.Min(0.9, _scenario.SessionsPerDay * meanStayHours / 24.0);
                double offeredPerDay = _scenario.SessionsPerDay / (1 - busy);
                double maxRatePerHour = offeredPerDay * HourlyWeight.Max() / weightSum;
                if (maxRatePerHour <= 0)
                {
                    continue;
                }

                double hour = 0;
                while (true)
                {
                    hour += random.NextExponential(1.0 / maxRatePerHour);
                    if (hour >= 24)
                    {
                        break;
                    }

                    double rate = offeredPerDay * HourlyWeight[(int)hour] / weightSum;
                    if (random.NextDouble() * maxRatePerHour > rate)
                    {
                        continue; // thinning
                    }

                    long arrival = (day * MillisecondsPerDay) + (long)(hour * MillisecondsPerHour);
                    if (arrival < _busyUntil)
                    {
                        random.NextDouble();
                        continue;
                    }

                    bool longStay = random.NextDouble() < _scenario.LongStayShare;
                    double stayMinutes = longStay ? random.NextExponential(_scenario.LongStayHours * 60) : 3 + random.NextExponential(Math.Max(0.1, shortMinutes - 3));
                    long end = arrival + (long)(stayMinutes * MillisecondsPerMinute);
                    double delta = 250 + (350 * random.NextDouble()); // a car's engine block changes the vertical field by a few hundred mG
                    _sessions.Add((arrival, end, delta));
                    _busyUntil = end + MillisecondsPerMinute;
                }
            }
        }
    }
}
