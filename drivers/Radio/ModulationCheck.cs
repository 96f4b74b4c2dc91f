// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using SmartCityNodes.Hal;
using SmartCityNodes.Hal.Radio;

namespace SmartCityNodes.Drivers.Radio
{
    /// <summary>
    /// The one validation of LoRa settings both drivers share: carrier inside the chip's tuning range, SF7-SF12
    /// (SF6 needs implicit header, which LoRaWAN never uses), 125/250/500 kHz (the LoRaWAN bandwidths, RP002-1.0.4
    /// data-rate tables), coding rate 4/5-4/8 and a preamble of 6-65535 symbols (16-bit preamble registers on both chips:
    /// SX1276 rev 7 §6.4 RegPreambleMsb/Lsb, DS_SX1261-2 V2.1 §13.4.6).
    /// </summary>
    [HotPath]
    internal static class ModulationCheck
    {
        /// <summary>Lowest spreading factor with an explicit header.</summary>
        internal const int MinSpreadingFactor = 7;

        /// <summary>Highest spreading factor (SX1276 rev 7 §4.1.1.2, DS_SX1261-2 V2.1 §6.1.1.1).</summary>
        internal const int MaxSpreadingFactor = 12;

        /// <summary>Shortest preamble both chips accept.</summary>
        internal const int MinPreambleSymbols = 6;

        /// <summary>Longest preamble the 16-bit registers hold.</summary>
        internal const int MaxPreambleSymbols = 65535;

        /// <summary>Ok, <see cref="RadioStatus.InvalidFrequency"/> or <see cref="RadioStatus.InvalidModulation"/>.</summary>
        internal static RadioStatus Check(uint minFrequencyHz, uint maxFrequencyHz, uint frequencyHz, int spreadingFactor, int bandwidthHz, int codingRateDenominator, int preambleSymbols)
        {
            if (frequencyHz < minFrequencyHz || frequencyHz > maxFrequencyHz)
            {
                return RadioStatus.InvalidFrequency;
            }

            if (spreadingFactor < MinSpreadingFactor || spreadingFactor > MaxSpreadingFactor
                || (bandwidthHz != 125000 && bandwidthHz != 250000 && bandwidthHz != 500000)
                || codingRateDenominator < 5 || codingRateDenominator > 8
                || preambleSymbols < MinPreambleSymbols || preambleSymbols > MaxPreambleSymbols)
            {
                return RadioStatus.InvalidModulation;
            }

            return RadioStatus.Ok;
        }
    }
}
