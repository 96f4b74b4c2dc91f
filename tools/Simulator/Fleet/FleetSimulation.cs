// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using System.Diagnostics;
using SmartCityNodes.Hal.Radio;
using SmartCityNodes.Simulator.Channel;
using SmartCityNodes.Simulator.Common;
using SmartCityNodes.Simulator.Network;

namespace SmartCityNodes.Simulator.Fleet
{
    /// <summary>
    /// Capacity planning: N nodes of mixed types placed uniformly in a disc around the gateways, each replaying its
    /// type's uplink schedule (measured in a detailed firmware run) from a random phase, at the data rate the
    /// network's ADR would give it from its mean SNR (<see cref="AdrEngine"/>), on a random one of the 8 EU868
    /// channels per frame. Collisions per (channel, SF) group are resolved in parallel (<see cref="AlohaCollisions"/>),
    /// deterministic for a seed whatever the core count.
    /// </summary>
    internal sealed class FleetSimulation
    {
        /// <summary>EU868 channels after the CFList: 3 defaults + 5.</summary>
        public const int Channels = 8;

        /// <summary>LoRaWAN overhead around the application payload: MHDR 1 + FHDR 7 + FPort 1 + MIC 4 (L2 1.0.4 §4).</summary>
        public const int FrameOverheadBytes = 13;

        private readonly RadioChannel _channel;
        private readonly IReadOnlyList<Gateway> _gateways;
        private readonly IReadOnlyList<TrafficProfile> _profiles;
        private readonly ulong _seed;

        public FleetSimulation(RadioChannel channel, IReadOnlyList<Gateway> gateways, IReadOnlyList<TrafficProfile> profiles, ulong seed)
        {
            _channel = channel;
            _gateways = gateways;
            _profiles = profiles;
            _seed = seed;
        }

        /// <summary>Radius of the disc nodes are placed in, metres.</summary>
        public double RadiusMetres { get; set; } = 2000;

        /// <summary>Node EIRP in dBm (EU868 MaxEIRP 16 dBm, TXPower 0).</summary>
        public double NodeEirpDbm { get; set; } = 16;

        public FleetResult Run(int nodes, double days)
        {
            var watch = Stopwatch.StartNew();
            long duration = (long)(days * Units.MillisecondsPerDay);
            int groups = Channels * 6;
            var perNode = new List<(int Group, Transmission T)>[nodes];
            var result = new FleetResult { Nodes = nodes };
            long outOfRange = 0;
            Parallel.For(0, nodes, i =>
            {
                var list = new List<(int, Transmission)>();
                perNode[i] = list;
                ulong stream = 0xF1EE7UL + (ulong)i;
                double angle = 2 * Math.PI * DeterministicRandom.Uniform(_seed, stream, 0);
                double radius = RadiusMetres * Math.Sqrt(DeterministicRandom.Uniform(_seed, stream, 1));
                double x = radius * Math.Cos(angle);
                double y = radius * Math.Sin(angle);
                double bestSnr = double.NegativeInfinity;
                var budget = new LinkBudget();
                foreach (var gateway in _gateways)
                {
                    double shadow = _channel.Parameters.ShadowingSigmaDb * DeterministicRandom.Normal(_seed, stream, 3);
                    _channel.Evaluate(NodeEirpDbm, _channel.Parameters.GatewayAntennaGainDbi, gateway.DistanceTo(x, y), shadow, 12, 125000, budget);
                    bestSnr = Math.Max(bestSnr, budget.SnrDb);
                }

                var (dataRate, _) = AdrEngine.Decide(0, 0, bestSnr);
                int sf = AdrEngine.SpreadingFactorOf(dataRate);
                double margin = bestSnr - RadioChannel.DemodulationSnrLimitDb(sf);
                if (margin < -3 * _channel.Parameters.FadingSigmaDb)
                {
                    Interlocked.Increment(ref outOfRange);
                }

                float rssi = (float)(bestSnr + _channel.NoiseFloorDbm(125000));
                var profile = _profiles[i % _profiles.Count];
                long phase = (long)(DeterministicRandom.Uniform(_seed, stream, 2) * profile.PeriodMilliseconds);
                ulong packet = 0;
                for (long cycle = -profile.PeriodMilliseconds; cycle < duration; cycle += profile.PeriodMilliseconds)
                {
                    foreach (var (offset, bytes) in profile.Uplinks)
                    {
                        long start = cycle + phase + offset;
                        if (start < 0 || start >= duration)
                        {
                            continue;
                        }

                        long airtime = LoRaAirtime.UplinkTimeOnAirMicroseconds(sf, 125000, bytes + FrameOverheadBytes);
                        int channelIndex = (int)(DeterministicRandom.Uniform(_seed, stream ^ 0xC4A77E1UL, packet) * Channels);
                        double fade = _channel.Parameters.FadingSigmaDb * DeterministicRandom.Normal(_seed, stream ^ 0xFADEUL, packet);
                        packet++;
                        list.Add(((channelIndex * 6) + (sf - 7), new Transmission
                        {
                            StartMicroseconds = start * 1000,
                            EndMicroseconds = (start * 1000) + airtime,
                            RssiDbm = rssi,
                            Node = i,
                            PassesChannel = margin + fade >= 0,
                        }));
                    }
                }
            });

            var byGroup = new List<Transmission>[groups];
            for (int g = 0; g < groups; g++)
            {
                byGroup[g] = new List<Transmission>();
            }

            foreach (var list in perNode)
            {
                foreach (var (group, t) in list)
                {
                    byGroup[group].Add(t);
                }
            }

            var collisionFree = new long[groups];
            var delivered = new long[groups];
            var load = new double[groups];
            Parallel.For(0, groups, g =>
            {
                var array = byGroup[g].ToArray();
                Array.Sort(array, (a, b) => a.StartMicroseconds != b.StartMicroseconds ? a.StartMicroseconds.CompareTo(b.StartMicroseconds) : a.Node.CompareTo(b.Node));
                var survived = new bool[array.Length];
                collisionFree[g] = AlohaCollisions.Resolve(array, array.Length, double.IsNaN(_channel.Parameters.CaptureThresholdDb) ? -1 : _channel.Parameters.CaptureThresholdDb, survived);
                long airtime = 0;
                for (int k = 0; k < array.Length; k++)
                {
                    airtime += array[k].EndMicroseconds - array[k].StartMicroseconds;
                    if (survived[k] && array[k].PassesChannel)
                    {
                        delivered[g]++;
                    }
                }

                load[g] = airtime / (duration * 1000.0);
            });

            double predicted = 0;
            for (int g = 0; g < groups; g++)
            {
                int count = byGroup[g].Count;
                result.Transmissions += count;
                result.CollisionFree += collisionFree[g];
                result.Delivered += delivered[g];
                result.MaxGroupLoad = Math.Max(result.MaxGroupLoad, load[g]);
                predicted += count * AlohaCollisions.SuccessProbability(load[g]);
                int sf = 7 + (g % 6);
                result.TransmissionsBySpreadingFactor.TryGetValue(sf, out long n);
                result.TransmissionsBySpreadingFactor[sf] = n + count;
            }

            result.AlohaPredicted = result.Transmissions == 0 ? 1 : predicted / result.Transmissions;
            result.OutOfRange = outOfRange;
            result.WallSeconds = watch.Elapsed.TotalSeconds;
            return result;
        }
    }
}
