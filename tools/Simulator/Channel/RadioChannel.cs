// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using SmartCityNodes.Simulator.Common;

namespace SmartCityNodes.Simulator.Channel
{
    /// <summary>
    /// The radio channel between nodes and gateways: path loss (<see cref="ChannelParameters"/>), RSSI, thermal noise
    /// floor, SNR, the demodulation limit per spreading factor and packet loss from the margin.
    /// </summary>
    internal sealed class RadioChannel
    {
        /// <summary>Thermal noise density at 290 K, −174 dBm/Hz (kT; e.g. Semtech AN1200.22 §4).</summary>
        public const double ThermalNoiseDbmPerHz = -174.0;

        private readonly ulong _seed;

        public RadioChannel(ChannelParameters parameters, ulong seed)
        {
            Parameters = parameters;
            _seed = seed;
        }

        public ChannelParameters Parameters { get; }

        /// <summary>
        /// The SNR below which an SX1276 cannot demodulate LoRa at this spreading factor: Semtech SX1276/77/78/79
        /// datasheet rev. 7, table 13 "Range of Spreading Factors" (SF6 −5, SF7 −7.5, SF8 −10, SF9 −12.5, SF10 −15,
        /// SF11 −17.5, SF12 −20 dB). The SX1262 table (DS_SX1261-2 §6.1.1.1) lists the same figures.
        /// </summary>
        public static double DemodulationSnrLimitDb(int spreadingFactor)
        {
            if (spreadingFactor < 6 || spreadingFactor > 12)
            {
                throw new ArgumentOutOfRangeException(nameof(spreadingFactor), spreadingFactor, "LoRa spreading factors are 6..12");
            }

            return -5.0 - (2.5 * (spreadingFactor - 6));
        }

        /// <summary>Mean path loss at a distance in dB (no shadowing).</summary>
        public double PathLossDb(double distanceMetres)
        {
            if (!(distanceMetres > 0))
            {
                throw new ArgumentOutOfRangeException(nameof(distanceMetres), distanceMetres, "distance must be positive");
            }

            double d = Math.Max(distanceMetres, 1.0);
            return Parameters.ReferenceLossDb + (10.0 * Parameters.PathLossExponent * Math.Log10(d / Parameters.ReferenceDistanceMetres));
        }

        /// <summary>Noise floor −174 + 10·log10(BW) + NF in dBm.</summary>
        public double NoiseFloorDbm(int bandwidthHz)
        {
            return ThermalNoiseDbmPerHz + (10.0 * Math.Log10(bandwidthHz)) + Parameters.NoiseFigureDb;
        }

        /// <summary>The link's fixed shadowing in dB (log-normal, drawn once per (link name) from the seed).</summary>
        public double ShadowingDb(string linkName)
        {
            return Parameters.ShadowingSigmaDb * DeterministicRandom.Normal(_seed, DeterministicRandom.StreamOf(linkName), 0);
        }

        /// <summary>Probability that a packet with this mean margin is received: Φ(margin / σ_fading).</summary>
        public double DeliveryProbability(double marginDb)
        {
            if (Parameters.FadingSigmaDb <= 0)
            {
                return marginDb >= 0 ? 1.0 : 0.0;
            }

            return NormalCdf(marginDb / Parameters.FadingSigmaDb);
        }

        /// <summary>Fills <paramref name="budget"/> for a transmission.</summary>
        public void Evaluate(double eirpDbm, double receiverGainDbi, double distanceMetres, double shadowingDb, int spreadingFactor, int bandwidthHz, LinkBudget budget)
        {
            budget.PathLossDb = PathLossDb(distanceMetres) + shadowingDb;
            budget.RssiDbm = eirpDbm + receiverGainDbi - budget.PathLossDb;
            budget.SnrDb = budget.RssiDbm - NoiseFloorDbm(bandwidthHz);
            budget.MarginDb = budget.SnrDb - DemodulationSnrLimitDb(spreadingFactor);
            budget.DeliveryProbability = DeliveryProbability(budget.MarginDb);
        }

        /// <summary>Whether packet <paramref name="packetIndex"/> of a link passes the fading (deterministic per seed).</summary>
        public bool PassesFading(double marginDb, string linkName, ulong packetIndex, out double fadeDb)
        {
            fadeDb = Parameters.FadingSigmaDb * DeterministicRandom.Normal(_seed, DeterministicRandom.StreamOf(linkName) ^ 0x5A5A5A5AUL, packetIndex);
            return marginDb + fadeDb >= 0;
        }

        /// <summary>Standard normal CDF, Φ(x) = ½·erfc(−x/√2), with the Abramowitz &amp; Stegun 7.1.26 erf (|error| &lt; 1.5e-7).</summary>
        public static double NormalCdf(double x)
        {
            double z = Math.Abs(x) / Math.Sqrt(2.0);
            double t = 1.0 / (1.0 + (0.3275911 * z));
            double erf = 1.0 - ((((((1.061405429 * t) - 1.453152027) * t) + 1.421413741) * t - 0.284496736) * t + 0.254829592) * t * Math.Exp(-z * z);
            return x >= 0 ? 0.5 * (1.0 + erf) : 0.5 * (1.0 - erf);
        }
    }
}
