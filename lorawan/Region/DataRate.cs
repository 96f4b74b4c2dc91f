// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

namespace SmartCityNodes.LoRaWan.Region
{
    /// <summary>
    /// One entry of a region's data-rate table. A read-only class built with the region's table: the MAC reads the
    /// table's own instance (<see cref="RegionParameters.GetDataRate"/>), never a copy, because on nanoCLR a struct would be
    /// a heap block per load (docs/nano-allocation-rules.md).
    /// </summary>
    public sealed class DataRate
    {
        private DataRate(Modulation modulation, int spreadingFactor, int bandwidthHz, int bitRate)
        {
            Modulation = modulation;
            SpreadingFactor = spreadingFactor;
            BandwidthHz = bandwidthHz;
            BitRate = bitRate;
        }

        /// <summary>Modulation; <see cref="Modulation.Undefined"/> for RFU indexes.</summary>
        public readonly Modulation Modulation;

        /// <summary>LoRa spreading factor 7..12; 0 for FSK.</summary>
        public readonly int SpreadingFactor;

        /// <summary>LoRa bandwidth in Hz (125000, 250000, 500000); 0 for FSK.</summary>
        public readonly int BandwidthHz;

        /// <summary>FSK bit rate in bit/s; 0 for LoRa.</summary>
        public readonly int BitRate;

        /// <summary>Creates a LoRa entry.</summary>
        /// <param name="spreadingFactor">7..12.</param>
        /// <param name="bandwidthHz">125000, 250000 or 500000.</param>
        public static DataRate LoRa(int spreadingFactor, int bandwidthHz)
        {
            return new DataRate(Modulation.LoRa, spreadingFactor, bandwidthHz, 0);
        }

        /// <summary>Creates an FSK entry.</summary>
        /// <param name="bitRate">Bit rate in bit/s.</param>
        public static DataRate Fsk(int bitRate)
        {
            return new DataRate(Modulation.Fsk, 0, 0, bitRate);
        }

        /// <summary>Creates an LR-FHSS placeholder entry (the index exists in RP002 but this stack cannot use it).</summary>
        public static DataRate LrFhss()
        {
            return new DataRate(Modulation.LrFhss, 0, 0, 0);
        }

        /// <summary>Creates an entry for an RFU index (or one outside the table): <see cref="Modulation.Undefined"/>, every field 0.</summary>
        public static DataRate Undefined()
        {
            return new DataRate(Modulation.Undefined, 0, 0, 0);
        }
    }
}
