// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

namespace SmartCityNodes.Simulator.Common
{
    /// <summary>A sequential stream over <see cref="DeterministicRandom"/>: draw n is a pure function of (seed, stream, n).</summary>
    internal sealed class SequentialRandom
    {
        private readonly ulong _seed;
        private readonly ulong _stream;
        private ulong _index;

        public SequentialRandom(ulong seed, ulong stream)
        {
            _seed = seed;
            _stream = stream;
        }

        /// <summary>Uniform in [0, 1).</summary>
        public double NextDouble() => DeterministicRandom.Uniform(_seed, _stream, _index++);

        /// <summary>Standard normal.</summary>
        public double NextNormal() => DeterministicRandom.Normal(_seed, _stream, _index++);

        /// <summary>Exponential with the given mean.</summary>
        public double NextExponential(double mean) => DeterministicRandom.Exponential(mean, _seed, _stream, _index++);

        /// <summary>Uniform integer in [0, exclusiveMax).</summary>
        public int NextInt(int exclusiveMax) => (int)(NextDouble() * exclusiveMax);
    }
}
