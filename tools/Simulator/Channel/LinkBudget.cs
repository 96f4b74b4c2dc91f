// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

namespace SmartCityNodes.Simulator.Channel
{
    /// <summary>One link's figures at one moment: what a receiver would report and how far above its limit it is.</summary>
    internal sealed class LinkBudget
    {
        /// <summary>Mean path loss plus the link's shadowing, in dB.</summary>
        public double PathLossDb { get; set; }

        /// <summary>Received signal strength in dBm.</summary>
        public double RssiDbm { get; set; }

        /// <summary>Signal-to-noise ratio in dB.</summary>
        public double SnrDb { get; set; }

        /// <summary>SNR minus the demodulation limit of the spreading factor, in dB.</summary>
        public double MarginDb { get; set; }

        /// <summary>Probability that one packet gets through the fading (before collisions).</summary>
        public double DeliveryProbability { get; set; }
    }
}
