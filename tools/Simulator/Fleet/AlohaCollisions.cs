// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

namespace SmartCityNodes.Simulator.Fleet
{
    /// <summary>
    /// Pure-ALOHA collisions within one (channel, spreading factor) group: a transmission is lost when any other
    /// transmission of the group overlaps it in time — unless capture is on and it is at least the capture threshold
    /// stronger than every one that overlaps it (Bor et al., MSWiM 2016, 6 dB). Different SFs are treated as
    /// orthogonal (their imperfect orthogonality, Croce et al. IEEE Comm. Letters 2018, is not modelled).
    /// The pure-ALOHA success probability for Poisson traffic of load G (airtimes per airtime) is e^(−2G), throughput
    /// S = G·e^(−2G) (Abramson 1970; Tanenbaum, "Computer Networks", §4.2.1).
    /// </summary>
    internal static class AlohaCollisions
    {
        /// <summary>Marks survivors in <paramref name="survived"/>; <paramref name="group"/> must be sorted by start.</summary>
        public static int Resolve(Transmission[] group, int count, double captureThresholdDb, bool[] survived)
        {
            bool capture = captureThresholdDb >= 0;
            int alive = 0;
            long longest = 0;
            for (int i = 0; i < count; i++)
            {
                longest = Math.Max(longest, group[i].EndMicroseconds - group[i].StartMicroseconds);
            }

            for (int i = 0; i < count; i++)
            {
                bool collided = false;
                float strongest = float.NegativeInfinity;
                for (int j = i - 1; j >= 0 && group[j].StartMicroseconds > group[i].StartMicroseconds - longest; j--)
                {
                    if (group[j].EndMicroseconds > group[i].StartMicroseconds)
                    {
                        collided = true;
                        strongest = Math.Max(strongest, group[j].RssiDbm);
                    }
                }

                for (int j = i + 1; j < count && group[j].StartMicroseconds < group[i].EndMicroseconds; j++)
                {
                    collided = true;
                    strongest = Math.Max(strongest, group[j].RssiDbm);
                }

                bool ok = !collided || (capture && group[i].RssiDbm - strongest >= captureThresholdDb);
                survived[i] = ok;
                if (ok)
                {
                    alive++;
                }
            }

            return alive;
        }

        /// <summary>Pure-ALOHA success probability e^(−2G).</summary>
        public static double SuccessProbability(double offeredLoad) => Math.Exp(-2 * offeredLoad);
    }
}
