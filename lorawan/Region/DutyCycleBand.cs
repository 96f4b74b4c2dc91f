// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using SmartCityNodes.Hal;

namespace SmartCityNodes.LoRaWan.Region
{
    /// <summary>
    /// One regulatory sub-band with its duty-cycle limit (EU868: ETSI EN 300 220-2 V3.2.1 Annex B / ERC Rec 70-03
    /// Annex 1, as RP002-1.0.4 §2.4.2 requires). A read-only class built with the region's table and read in place
    /// per frame (on nanoCLR a struct would be a heap block per load, docs/nano-allocation-rules.md).
    /// </summary>
    public sealed class DutyCycleBand
    {
        /// <summary>Lowest carrier frequency in the band, in Hz (inclusive).</summary>
        public readonly uint LowFrequencyHz;

        /// <summary>Highest carrier frequency in the band, in Hz (inclusive, like the lowest; docs/regional-judgement-calls.md).</summary>
        public readonly uint HighFrequencyHz;

        /// <summary>
        /// Inverse of the duty cycle: 1000 for 0.1 %, 100 for 1 %, 10 for 10 %. After a transmission of T the band is
        /// closed for T·(factor − 1) (LoRaWAN L2 1.0.4 §7 and RP002-1.0.4 §2.4.2 off-time rule).
        /// </summary>
        public readonly int DutyCycleDivisor;

        /// <summary>Creates a band.</summary>
        /// <param name="lowFrequencyHz">Lowest frequency (inclusive).</param>
        /// <param name="highFrequencyHz">Highest frequency (inclusive).</param>
        /// <param name="dutyCycleDivisor">1/duty cycle.</param>
        public DutyCycleBand(uint lowFrequencyHz, uint highFrequencyHz, int dutyCycleDivisor)
        {
            LowFrequencyHz = lowFrequencyHz;
            HighFrequencyHz = highFrequencyHz;
            DutyCycleDivisor = dutyCycleDivisor;
        }

        /// <summary>
        /// True when <paramref name="frequencyHz"/> lies in this band, both edges included (LoRaMac-node's RegionEU868
        /// VerifyRfFreq and arduino-lmic include 868.6, 869.2, 869.65 and 870.0 MHz). Where two bands share an edge the
        /// region's table order decides (<see cref="RegionParameters.FindDutyCycleBand"/>: first match).
        /// </summary>
        /// <param name="frequencyHz">Carrier frequency in Hz.</param>
        [HotPath]
        public bool Contains(uint frequencyHz)
        {
            return frequencyHz >= LowFrequencyHz && frequencyHz <= HighFrequencyHz;
        }
    }
}
