// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

namespace SmartCityNodes.LoRaWan.Region
{
    /// <summary>US902-928 regional parameters as data (RP002-1.0.4 §2.5).</summary>
    internal static class Us915Table
    {
        internal static RegionParameters Create()
        {
            RegionParameters r = new RegionParameters();
            r.IdValue = RegionId.Us915;
            r.FixedPlan = true;
            r.DefaultFrequenciesHz = new uint[0];

            // §2.5.2: upstream 64 × 125 kHz from 902.3 MHz by 200 kHz (DR0..DR3), 8 × 500 kHz from 903.0 MHz by 1.6 MHz (DR4).
            r.NarrowFirstFrequencyHz = 902300000;
            r.WideFirstFrequencyHz = 903000000;
            r.DefaultMinDataRate = 0;
            r.DefaultMaxDataRate = 3;
            r.WideDataRate = 4;

            // §2.5.3 "US902-928 TX data rate table".
            r.DataRates = new DataRate[]
            {
                DataRate.LoRa(10, 125000), // DR0
                DataRate.LoRa(9, 125000),  // DR1
                DataRate.LoRa(8, 125000),  // DR2
                DataRate.LoRa(7, 125000),  // DR3
                DataRate.LoRa(8, 500000),  // DR4
                DataRate.LrFhss(),         // DR5 LR-FHSS CR1/3 1.523 MHz OCW
                DataRate.LrFhss(),         // DR6 LR-FHSS CR2/3 1.523 MHz OCW
                DataRate.Undefined(),         // DR7 RFU
                DataRate.LoRa(12, 500000), // DR8
                DataRate.LoRa(11, 500000), // DR9
                DataRate.LoRa(10, 500000), // DR10
                DataRate.LoRa(9, 500000),  // DR11
                DataRate.LoRa(8, 500000),  // DR12
                DataRate.LoRa(7, 500000),  // DR13
                DataRate.Undefined(),         // DR14 RFU
                DataRate.Undefined(),         // DR15 defined in TS001
            };

            // §2.5.6 "US902-928 maximum payload size (not repeater compatible)". The 400 ms dwell time always
            // applies in US915, so both columns are the same (DR0: M 19 / N 11).
            r.MaxMacPayload = new byte[] { 19, 61, 133, 250, 250, 58, 133, 0, 61, 137, 250, 250, 250, 250, 0, 0 };
            r.MaxMacPayloadDwell = r.MaxMacPayload;
            r.UplinkMinDataRate = 0;
            r.UplinkMinDataRateDwell = 0;
            r.UplinkMaxDataRate = 4;
            r.DownlinkMinDataRate = 8;
            r.DownlinkMaxDataRate = 13;

            // §2.5.7 "US902-928 downlink RX1 data rate mapping": offsets 0..3.
            r.Rx1Rule = Rx1DataRateRule.Us915;
            r.Rx1OffsetMax = 3;

            // §2.5.7: RX2 default 923.3 MHz / DR8.
            r.Rx2Frequency = 923300000;
            r.Rx2Rate = 8;

            // §2.5.3 "US902-928 TX power table": 0..14 = 30 dBm − 2·TXPower.
            r.MaxEirp = 30;
            r.TxPowerIndexMax = 14;
            r.TxParamSetup = false;
            r.UplinkDwellDefault = true;
            r.DownlinkDwellDefault = false;

            // §2.5.2 join: DR0 on 125 kHz channels, DR4 on 500 kHz channels.
            r.JoinNarrowDataRate = 0;
            r.MinFrequency = 902000000;
            r.MaxFrequency = 928000000;
            r.Bands = new DutyCycleBand[0];

            // §2.5.4 "US902-928 Join-Accept CFList": type 1 (channel mask) only.
            r.CFListFrequencies = false;
            r.CFListChannelMask = true;
            return r;
        }
    }
}
