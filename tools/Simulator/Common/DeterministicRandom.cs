// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

namespace SmartCityNodes.Simulator.Common
{
    /// <summary>
    /// Random numbers as pure functions of (seed, stream, index): the same scenario seed gives the same world whatever
    /// order the nodes are simulated in and on however many cores. SplitMix64 finaliser (Steele, Lea, Flood,
    /// "Fast splittable pseudorandom number generators", OOPSLA 2014) as the mixing function.
    /// </summary>
    internal static class DeterministicRandom
    {
        /// <summary>A well-mixed 64-bit value for (seed, stream, index).</summary>
        public static ulong Hash(ulong seed, ulong stream, ulong index)
        {
            ulong z = seed * 0x9E3779B97F4A7C15UL;
            z = Mix(z ^ (stream + 0x632BE59BD9B4E019UL));
            z = Mix(z ^ (index + 0x85157AF5UL));
            return z;
        }

        /// <summary>Uniform in [0, 1) with 53 random bits.</summary>
        public static double Uniform(ulong seed, ulong stream, ulong index)
        {
            return (Hash(seed, stream, index) >> 11) * (1.0 / 9007199254740992.0);
        }

        /// <summary>Standard normal (Box–Muller on two uniforms of the same (seed, stream, index)).</summary>
        public static double Normal(ulong seed, ulong stream, ulong index)
        {
            double u1 = Uniform(seed, stream, index * 2 + 1);
            double u2 = Uniform(seed, stream, index * 2 + 2);
            if (u1 < 1e-300)
            {
                u1 = 1e-300;
            }

            return Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);
        }

        /// <summary>Exponential with the given mean.</summary>
        public static double Exponential(double mean, ulong seed, ulong stream, ulong index)
        {
            double u = Uniform(seed, stream, index);
            return -mean * Math.Log(1.0 - u);
        }

        /// <summary>A stable stream number from a name (FNV-1a), so node "bin-1" draws the same numbers in every run.</summary>
        public static ulong StreamOf(string name)
        {
            ulong hash = 14695981039346656037UL;
            foreach (char c in name)
            {
                hash ^= c;
                hash *= 1099511628211UL;
            }

            return hash;
        }

        private static ulong Mix(ulong z)
        {
            z += 0x9E3779B97F4A7C15UL;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            return z ^ (z >> 31);
        }
    }
}
