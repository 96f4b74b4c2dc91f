// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

namespace SmartCityNodes.LoRaWan.Region
{
    /// <summary>AU915-928 regional parameters as data (RP002-1.0.4 §2.8).</summary>
    internal static class Au915Table
    {
        internal static RegionParameters Create()
        {
            RegionParameters r = new RegionParameters();
            r.IdValue = RegionId.Au915;
            r.FixedPlan = true;
            r.DefaultFrequenciesHz = new uint[0];

            // §2.8.2: upstream 64 × 125 kHz from 915.2 MHz by 200 kHz (DR0..DR5), 8 × 500 kHz from 915.9 MHz by 1.6 MHz (DR6).
            r.NarrowFirstFrequencyHz = 915200000;
            r.WideFirstFrequencyHz = 915900000;
            r.DefaultMinDataRate = 0;
            r.DefaultMaxDataRate = 5;
            r.WideDataRate = 6;

            // §2.8.3 "AU915-928 data rate table".
            r.DataRates = new DataRate[]
            {
                DataRate.LoRa(12, 125000), // DR0
                DataRate.LoRa(11, 125000), // DR1
                DataRate.LoRa(10, 125000), // DR2
                DataRate.LoRa(9, 125000),  // DR3
                DataRate.LoRa(8, 125000),  // DR4
                DataRate.LoRa(7, 125000),  // DR5
                DataRate.LoRa(8, 500000),  // DR6
                DataRate.LrFhss(),         // DR7 LR-FHSS CR1/3 1.523 MHz OCW
                DataRate.LoRa(12, 500000), // DR8
                DataRate.LoRa(11, 500000), // DR9
                DataRate.LoRa(10, 500000), // DR10
                DataRate.LoRa(9, 500000),  // DR11
                DataRate.LoRa(8, 500000),  // DR12
                DataRate.LoRa(7, 500000),  // DR13
                DataRate.Undefined(),         // DR14 RFU
                DataRate.Undefined(),         // DR15 defined in TS001
            };

            // §2.8.6 "AU915-928 maximum payload size (not repeater compatible)", UplinkDwellTime 0 and 1 columns.
            r.MaxMacPayload = new byte[] { 59, 59, 59, 123, 250, 250, 250, 58, 61, 137, 250, 250, 250, 250, 0, 0 };
            r.MaxMacPayloadDwell = new byte[] { 0, 0, 19, 61, 133, 250, 250, 58, 61, 137, 250, 250, 250, 250, 0, 0 };
            r.UplinkMinDataRate = 0;
            r.UplinkMinDataRateDwell = 2;
            r.UplinkMaxDataRate = 6;
            r.DownlinkMinDataRate = 8;
            r.DownlinkMaxDataRate = 13;

            // §2.8.7 "AU915-928 downlink RX1 data rate mapping": offsets 0..5.
            r.Rx1Rule = Rx1DataRateRule.Au915;
            r.Rx1OffsetMax = 5;

            // §2.8.7: RX2 default 923.3 MHz / DR8.
            r.Rx2Frequency = 923300000;
            r.Rx2Rate = 8;

            // §2.8.3 "AU915-928 TX power table": 0..14 = Max EIRP − 2·TXPower, Max EIRP default +30 dBm.
            r.MaxEirp = 30;
            r.TxPowerIndexMax = 14;

            // AU915 implements TxParamSetupReq (dwell-time columns above). Until one arrives the device assumes the
            // 400 ms uplink dwell time and no downlink dwell time (that is why joins use DR2, the slowest data rate
            // with a dwell-time payload; The Things Stack's RP002-1.0.4 AU915 band boots the same way).
            r.TxParamSetup = true;
            r.UplinkDwellDefault = true;
            r.DownlinkDwellDefault = false;

            // §2.8.2 join: DR2 on 125 kHz channels, DR6 on 500 kHz channels.
            r.JoinNarrowDataRate = 2;
            r.MinFrequency = 915000000;
            r.MaxFrequency = 928000000;
            r.Bands = new DutyCycleBand[0];

            // §2.8.4 "AU915-928 Join-Accept CFList": type 1 (channel mask) only.
            r.CFListFrequencies = false;
            r.CFListChannelMask = true;
            return r;
        }
    }
}
