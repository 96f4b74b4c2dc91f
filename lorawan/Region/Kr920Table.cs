// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

namespace SmartCityNodes.LoRaWan.Region
{
    /// <summary>KR920-923 regional parameters as data (RP002-1.0.4 §2.11).</summary>
    internal static class Kr920Table
    {
        internal static RegionParameters Create()
        {
            RegionParameters r = new RegionParameters();
            r.IdValue = RegionId.Kr920;
            r.FixedPlan = false;

            // §2.11.2 "KR920-923 default channels": 922.1, 922.3, 922.5 MHz, DR0..DR5.
            r.DefaultFrequenciesHz = new uint[] { 922100000, 922300000, 922500000 };
            r.DefaultMinDataRate = 0;
            r.DefaultMaxDataRate = 5;

            // §2.11.3 "KR920-923 data rate table": DR0..DR5 LoRa 125 kHz, DR6..DR15 RFU.
            r.DataRates = new DataRate[]
            {
                DataRate.LoRa(12, 125000), // DR0
                DataRate.LoRa(11, 125000), // DR1
                DataRate.LoRa(10, 125000), // DR2
                DataRate.LoRa(9, 125000),  // DR3
                DataRate.LoRa(8, 125000),  // DR4
                DataRate.LoRa(7, 125000),  // DR5
                DataRate.Undefined(), DataRate.Undefined(), DataRate.Undefined(), DataRate.Undefined(), DataRate.Undefined(),
                DataRate.Undefined(), DataRate.Undefined(), DataRate.Undefined(), DataRate.Undefined(), DataRate.Undefined(),
            };

            // §2.11.6 "KR920-923 maximum payload size (not repeater compatible)".
            r.MaxMacPayload = new byte[] { 59, 59, 59, 123, 250, 250, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0 };
            r.MaxMacPayloadDwell = r.MaxMacPayload;
            r.UplinkMinDataRate = 0;
            r.UplinkMinDataRateDwell = 0;
            r.UplinkMaxDataRate = 5;
            r.DownlinkMinDataRate = 0;
            r.DownlinkMaxDataRate = 5;

            // §2.11.7 "KR920-923 downlink RX1 data rate mapping": offsets 0..5.
            r.Rx1Rule = Rx1DataRateRule.Subtract;
            r.Rx1OffsetMax = 5;

            // §2.11.7: RX2 default 921.9 MHz / DR0.
            r.Rx2Frequency = 921900000;
            r.Rx2Rate = 0;

            // §2.11.3 "KR920-923 TX power table": 0..7 = Max EIRP − 2·TXPower, Max EIRP default +14 dBm.
            r.MaxEirp = 14;
            r.TxPowerIndexMax = 7;
            r.TxParamSetup = false;
            r.UplinkDwellDefault = false;
            r.DownlinkDwellDefault = false;
            r.JoinNarrowDataRate = 0;

            // §2.11.2: 920.9..923.3 MHz, channel centres on a 200 kHz grid from 920.9 MHz (the §2.11.2 channel
            // frequency table; LoRaMac-node RegionKR920 VerifyRfFreq refuses anything else).
            r.MinFrequency = 920900000;
            r.MaxFrequency = 923300000;
            r.FrequencyGridHz = 200000;
            r.Bands = new DutyCycleBand[0];

            // §2.11.4 "KR920-923 Join-Accept CFList": type 0.
            r.CFListFrequencies = true;
            r.CFListChannelMask = false;
            return r;
        }
    }
}
