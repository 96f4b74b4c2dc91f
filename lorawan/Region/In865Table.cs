// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

namespace SmartCityNodes.LoRaWan.Region
{
    /// <summary>IN865-867 regional parameters as data (RP002-1.0.4 §2.12).</summary>
    internal static class In865Table
    {
        internal static RegionParameters Create()
        {
            RegionParameters r = new RegionParameters();
            r.IdValue = RegionId.In865;
            r.FixedPlan = false;

            // §2.12.2 "IN865-867 default channels": 865.0625, 865.4025, 865.985 MHz, DR0..DR5.
            r.DefaultFrequenciesHz = new uint[] { 865062500, 865402500, 865985000 };
            r.DefaultMinDataRate = 0;
            r.DefaultMaxDataRate = 5;

            // §2.12.3 "IN865-867 data rate table": DR6 RFU, DR7 FSK 50 kbit/s.
            r.DataRates = new DataRate[]
            {
                DataRate.LoRa(12, 125000), // DR0
                DataRate.LoRa(11, 125000), // DR1
                DataRate.LoRa(10, 125000), // DR2
                DataRate.LoRa(9, 125000),  // DR3
                DataRate.LoRa(8, 125000),  // DR4
                DataRate.LoRa(7, 125000),  // DR5
                DataRate.Undefined(),         // DR6 RFU
                DataRate.Fsk(50000),       // DR7
                DataRate.Undefined(), DataRate.Undefined(), DataRate.Undefined(), DataRate.Undefined(),
                DataRate.Undefined(), DataRate.Undefined(), DataRate.Undefined(), DataRate.Undefined(),
            };

            // §2.12.6 "IN865-867 maximum payload size (not repeater compatible)".
            r.MaxMacPayload = new byte[] { 59, 59, 59, 123, 250, 250, 0, 250, 0, 0, 0, 0, 0, 0, 0, 0 };
            r.MaxMacPayloadDwell = r.MaxMacPayload;
            r.UplinkMinDataRate = 0;
            r.UplinkMinDataRateDwell = 0;
            r.UplinkMaxDataRate = 5;
            r.DownlinkMinDataRate = 0;
            r.DownlinkMaxDataRate = 5;

            // §2.12.7 "IN865-867 downlink RX1 data rate mapping", typed row by row from the table (uplink DR0..DR5;
            // DR6 is RFU and DR7 FSK, which this stack does not send). Offsets 6 and 7 raise the data rate but never
            // land on RFU DR6: DR4 + offset 6 or 7 → DR5, DR5 + offset 6 → DR5, DR5 + offset 7 → DR7.
            r.Rx1Rule = Rx1DataRateRule.Table;
            r.Rx1OffsetMax = 7;
            r.Rx1Table = new sbyte[]
            {
                //  0  1  2  3  4  5  6  7   RX1DROffset
                0, 0, 0, 0, 0, 0, 1, 2, // DR0
                1, 0, 0, 0, 0, 0, 2, 3, // DR1
                2, 1, 0, 0, 0, 0, 3, 4, // DR2
                3, 2, 1, 0, 0, 0, 4, 5, // DR3
                4, 3, 2, 1, 0, 0, 5, 5, // DR4
                5, 4, 3, 2, 1, 0, 5, 7, // DR5
            };

            // §2.12.7: RX2 default 866.550 MHz / DR2.
            r.Rx2Frequency = 866550000;
            r.Rx2Rate = 2;

            // §2.12.3 "IN865-867 TX power table": 0..10 = Max EIRP − 2·TXPower, Max EIRP default +30 dBm
            // (RP002-1.0.5 later lowers the default to +29.2 dBm; this table follows 1.0.4).
            r.MaxEirp = 30;
            r.TxPowerIndexMax = 10;
            r.TxParamSetup = false;
            r.UplinkDwellDefault = false;
            r.DownlinkDwellDefault = false;
            r.JoinNarrowDataRate = 0;

            // §2.12.2: 865..867 MHz.
            r.MinFrequency = 865000000;
            r.MaxFrequency = 867000000;
            r.Bands = new DutyCycleBand[0];

            // §2.12.4 "IN865-867 Join-Accept CFList": type 0.
            r.CFListFrequencies = true;
            r.CFListChannelMask = false;
            return r;
        }
    }
}
