// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

namespace SmartCityNodes.LoRaWan.Tests.DutyCycle
{
    /// <summary>
    /// A test-only referee that knows nothing of the ledger's slots and off-time bookkeeping: it logs every
    /// transmission as an exact [start, end] interval in microseconds and checks the rules directly with
    /// sliding-window sums of overlapping airtime and pairwise gaps. The EU868 band table is typed here again from
    /// ETSI EN 300 220-2 / the product brief (kHz), not taken from the code under test.
    /// </summary>
    internal sealed class IndependentAirtimeChecker
    {
        private const long Hour = 3_600_000_000L;

        // (low kHz, high kHz, both inclusive; duty cycle in parts per 1000). A carrier on a shared edge belongs to the
        // first band listed (865.0 MHz: K).
        private static readonly (long Low, long High, long PerMille, string Name)[] EuBands =
        {
            (863_000, 865_000, 1, "K"),
            (865_000, 868_000, 10, "g"),
            (868_000, 868_600, 10, "g1"),
            (868_700, 869_200, 1, "g2"),
            (869_400, 869_650, 100, "g3"),
            (869_700, 870_000, 10, "g4"),
        };

        private readonly List<Tx> _log = new List<Tx>();
        private readonly bool _euBands;

        public IndependentAirtimeChecker(bool euBands)
        {
            _euBands = euBands;
        }

        public int Count => _log.Count;

        public int JoinCount => _log.Count(t => t.IsJoin);

        public void Add(long startUs, long airtimeUs, uint frequencyHz, bool isJoin, int maxDutyCycle, int dwellLimitMilliseconds = 0)
        {
            _log.Add(new Tx(startUs, startUs + airtimeUs, frequencyHz, isJoin, maxDutyCycle, dwellLimitMilliseconds));
        }

        public long TotalAirtimeUs => _log.Sum(t => t.Airtime);

        /// <summary>Every violation found, as readable lines; empty when all rules hold.</summary>
        public List<string> Violations(long joinEpochUs, int dwellLimitMilliseconds)
        {
            var problems = new List<string>();
            for (int i = 1; i < _log.Count; i++)
            {
                if (_log[i].Start < _log[i - 1].End)
                {
                    problems.Add($"overlapping transmissions {i - 1} and {i}");
                }
            }

            foreach (Tx tx in _log)
            {
                if ((dwellLimitMilliseconds > 0 && tx.Airtime > dwellLimitMilliseconds * 1000L) || (tx.DwellLimitMilliseconds > 0 && tx.Airtime > tx.DwellLimitMilliseconds * 1000L))
                {
                    problems.Add($"dwell: {tx.Airtime} us at {tx.Start}");
                }
            }

            if (_euBands)
            {
                foreach (var band in EuBands)
                {
                    var inBand = _log.Where(t => BandOf(t.FrequencyHz) == band.Name).ToList();
                    long budgetUs = Hour * band.PerMille / 1000;
                    CheckWindows(inBand, Hour, budgetUs, long.MinValue, long.MaxValue, "band " + band.Name, problems);

                    // LoRaWAN off-time rule: the next transmission in a band starts ≥ T·(1/dc − 1) after the previous one ended.
                    for (int i = 1; i < inBand.Count; i++)
                    {
                        long offUs = inBand[i - 1].Airtime * (1000 - band.PerMille) / band.PerMille;
                        if (inBand[i].Start < inBand[i - 1].End + offUs)
                        {
                            problems.Add($"off-time {band.Name}: gap {inBand[i].Start - inBand[i - 1].End} us < {offUs} us");
                        }
                    }
                }

                foreach (Tx tx in _log)
                {
                    if (BandOf(tx.FrequencyHz) == null)
                    {
                        problems.Add($"frequency {tx.FrequencyHz} outside every band");
                    }
                }
            }

            // DutyCycleReq: after a transmission of T, silence of T·(2^MaxDCycle − 1) on every channel.
            for (int i = 1; i < _log.Count; i++)
            {
                long silence = _log[i - 1].Airtime * ((1L << _log[i - 1].MaxDutyCycle) - 1);
                if (_log[i].Start < _log[i - 1].End + silence)
                {
                    problems.Add($"aggregated duty cycle 1/2^{_log[i - 1].MaxDutyCycle}: gap {_log[i].Start - _log[i - 1].End} < {silence}");
                }
            }

            // LoRaWAN L2 1.0.4 §7 (table quoted in DutyCycleLedgerTests): fixed windows from T0 = power-up or reset:
            // T0 < t < T0+1 h: < 36 s; T0+1 h < t < T0+11 h: < 36 s in total; T0+11+N·24 h < t < T0+35+N·24 h: < 8.7 s.
            var joins = _log.Where(t => t.IsJoin).ToList();
            foreach ((long from, long to, long budget) in JoinWindows(joinEpochUs, joins.Count == 0 ? joinEpochUs : joins[^1].End))
            {
                long sum = Overlap(joins, Prefix(joins), from, to);
                if (sum > budget)
                {
                    problems.Add($"join back-off: {sum} us in [{from}, {to}) us > {budget} us");
                }
            }

            return problems;
        }

        /// <summary>
        /// Every window [a, a + length] lying inside [from, to] holds at most budget µs of airtime (overlap counted).
        /// The maximum over all windows is reached at a window that starts at a transmission start, ends at a
        /// transmission end, or touches [from, to]'s edges, so those candidates suffice.
        /// </summary>
        private static void CheckWindows(List<Tx> txs, long length, long budgetUs, long from, long to, string name, List<string> problems)
        {
            long[] prefix = Prefix(txs);
            var candidates = new List<long>();
            foreach (Tx tx in txs)
            {
                candidates.Add(tx.Start);
                candidates.Add(tx.End - length);
            }

            if (from != long.MinValue)
            {
                candidates.Add(from);
            }

            if (to != long.MaxValue)
            {
                candidates.Add(to - length);
            }

            foreach (long a in candidates)
            {
                if (a < from || (to != long.MaxValue && a + length > to))
                {
                    continue;
                }

                long sum = Overlap(txs, prefix, a, a + length);
                if (sum > budgetUs)
                {
                    problems.Add($"{name}: {sum} us in window starting {a} us > {budgetUs} us");
                    return;
                }
            }
        }

        private static string? BandOf(uint frequencyHz)
        {
            foreach (var band in EuBands)
            {
                if (frequencyHz >= band.Low * 1000 && frequencyHz <= band.High * 1000)
                {
                    return band.Name;
                }
            }

            return null;
        }

        /// <summary>The §7 windows up to <paramref name="lastEndUs"/>, each with its budget in µs.</summary>
        public static IEnumerable<(long From, long To, long Budget)> JoinWindows(long epochUs, long lastEndUs)
        {
            yield return (epochUs, epochUs + Hour, 36_000_000L);
            yield return (epochUs + Hour, epochUs + (11 * Hour), 36_000_000L);
            for (long from = epochUs + (11 * Hour); from < lastEndUs; from += 24 * Hour)
            {
                yield return (from, from + (24 * Hour), 8_700_000L);
            }
        }

        /// <summary>Join airtime inside [<paramref name="fromUs"/>, <paramref name="toUs"/>).</summary>
        public long JoinAirtimeUs(long fromUs, long toUs)
        {
            var joins = _log.Where(t => t.IsJoin).ToList();
            return Overlap(joins, Prefix(joins), fromUs, toUs);
        }

        public long WorstWindowUs(bool joinsOnly, long length)
        {
            var txs = _log.Where(t => !joinsOnly || t.IsJoin).ToList();
            long[] prefix = Prefix(txs);
            long worst = 0;
            foreach (Tx start in txs)
            {
                worst = Math.Max(worst, Overlap(txs, prefix, start.Start, start.Start + length));
            }

            return worst;
        }

        private static long[] Prefix(List<Tx> txs)
        {
            long[] prefix = new long[txs.Count + 1];
            for (int i = 0; i < txs.Count; i++)
            {
                prefix[i + 1] = prefix[i] + txs[i].Airtime;
            }

            return prefix;
        }

        /// <summary>Airtime of the (sorted, disjoint) transmissions inside [a, b]: whole ones by prefix sums, minus the parts outside.</summary>
        private static long Overlap(List<Tx> txs, long[] prefix, long a, long b)
        {
            int first = LowerBoundByEnd(txs, a);
            int last = LowerBoundByStart(txs, b) - 1;
            if (first > last)
            {
                return 0;
            }

            long sum = prefix[last + 1] - prefix[first];
            sum -= Math.Max(0, a - txs[first].Start);
            sum -= Math.Max(0, txs[last].End - b);
            return sum;
        }

        private static int LowerBoundByStart(List<Tx> txs, long b)
        {
            int low = 0;
            int high = txs.Count;
            while (low < high)
            {
                int mid = (low + high) / 2;
                if (txs[mid].Start < b)
                {
                    low = mid + 1;
                }
                else
                {
                    high = mid;
                }
            }

            return low;
        }

        private static int LowerBoundByEnd(List<Tx> txs, long a)
        {
            int low = 0;
            int high = txs.Count;
            while (low < high)
            {
                int mid = (low + high) / 2;
                if (txs[mid].End <= a)
                {
                    low = mid + 1;
                }
                else
                {
                    high = mid;
                }
            }

            return low;
        }

        private readonly record struct Tx(long Start, long End, uint FrequencyHz, bool IsJoin, int MaxDutyCycle, int DwellLimitMilliseconds)
        {
            public long Airtime => End - Start;
        }
    }
}
