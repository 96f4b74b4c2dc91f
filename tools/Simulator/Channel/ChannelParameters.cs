// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

namespace SmartCityNodes.Simulator.Channel
{
    /// <summary>
    /// Log-distance path loss with log-normal shadowing, PL(d) = PL(d0) + 10·n·log10(d/d0) + X(σ). Defaults are the
    /// on-ground fit of Petäjäjärvi, Mikhaylov, Roivainen, Hänninen, Pettissalo, "On the Coverage of LPWANs: Range
    /// Evaluation and Channel Attenuation Model for LoRa Technology", ITST 2015 (868 MHz, Oulu, node near the
    /// ground): d0 = 1 km, PL(d0) = 128.95 dB, n = 2.32, σ = 7.8 dB. Scenarios may set a city-street exponent
    /// instead (e.g. 3.5, the urban exponent range of Rappaport, "Wireless Communications", table 4.2: 2.7–3.5).
    /// </summary>
    internal sealed class ChannelParameters
    {
        /// <summary>Reference distance d0 in metres.</summary>
        public double ReferenceDistanceMetres { get; set; } = 1000;

        /// <summary>Path loss at d0 in dB.</summary>
        public double ReferenceLossDb { get; set; } = 128.95;

        /// <summary>Path-loss exponent n.</summary>
        public double PathLossExponent { get; set; } = 2.32;

        /// <summary>Log-normal shadowing σ in dB, drawn once per node–gateway link (a fixed node sees a fixed obstruction).</summary>
        public double ShadowingSigmaDb { get; set; } = 7.8;

        /// <summary>
        /// Per-packet fluctuation σ in dB around the link's mean (fast fading, people and traffic moving). An
        /// assumption of this simulator, not a measured figure: a packet is received when SNR + fluctuation ≥ the
        /// demodulation limit, so a link exactly at the limit delivers 50 %, one 2σ above it 97.7 %.
        /// </summary>
        public double FadingSigmaDb { get; set; } = 2.0;

        /// <summary>Receiver noise figure in dB (Semtech AN1200.22 "LoRa Modulation Basics" uses NF = 6 dB for the SX1276).</summary>
        public double NoiseFigureDb { get; set; } = 6.0;

        /// <summary>Gateway antenna gain in dBi (a typical outdoor fibreglass antenna is 3–6 dBi; 0 = conservative).</summary>
        public double GatewayAntennaGainDbi { get; set; }

        /// <summary>Gateway transmit power (EIRP) in dBm for downlinks: EU868 RX2 at 869.525 MHz allows 27 dBm (ERC 70-03 band g3, 500 mW ERP).</summary>
        public double GatewayEirpDbm { get; set; } = 27;

        /// <summary>Capture: a packet survives a same-channel, same-SF overlap when it is this many dB stronger than every interferer (Bor et al., "Do LoRa Low-Power Wide-Area Networks Scale?", MSWiM 2016: 6 dB). Negative or NaN turns capture off (pure ALOHA).</summary>
        public double CaptureThresholdDb { get; set; } = double.NaN;
    }
}
