// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

namespace SmartCityNodes.LoRaWan.Region
{
    /// <summary>One entry of a region's data-rate table (a struct: the MAC reads it without allocating).</summary>
    public struct DataRate
    {
        /// <summary>Modulation; <see cref="Modulation.Undefined"/> for RFU indexes.</summary>
        public Modulation Modulation;

        /// <summary>LoRa spreading factor 7..12; 0 for FSK.</summary>
        public int SpreadingFactor;

        /// <summary>LoRa bandwidth in Hz (125000, 250000, 500000); 0 for FSK.</summary>
        public int BandwidthHz;

        /// <summary>FSK bit rate in bit/s; 0 for LoRa.</summary>
        public int BitRate;

        /// <summary>Creates a LoRa entry.</summary>
        /// <param name="spreadingFactor">7..12.</param>
        /// <param name="bandwidthHz">125000, 250000 or 500000.</param>
        public static DataRate LoRa(int spreadingFactor, int bandwidthHz)
        {
            DataRate rate = default(DataRate);
            rate.Modulation = Modulation.LoRa;
            rate.SpreadingFactor = spreadingFactor;
            rate.BandwidthHz = bandwidthHz;
            return rate;
        }

        /// <summary>Creates an FSK entry.</summary>
        /// <param name="bitRate">Bit rate in bit/s.</param>
        public static DataRate Fsk(int bitRate)
        {
            DataRate rate = default(DataRate);
            rate.Modulation = Modulation.Fsk;
            rate.BitRate = bitRate;
            return rate;
        }

        /// <summary>Creates an LR-FHSS placeholder entry (the index exists in RP002 but this stack cannot use it).</summary>
        public static DataRate LrFhss()
        {
            DataRate rate = default(DataRate);
            rate.Modulation = Modulation.LrFhss;
            return rate;
        }
    }
}
