// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

namespace SmartCityNodes.LoRaWan.Region
{
    /// <summary>
    /// AS923 regional parameters as data (RP002-1.0.4 §2.10). AS923-2/3/4 are AS923-1 with every default
    /// frequency (channels and RX2) shifted by a fixed offset (§2.10.2 "AS923 frequency offset" table).
    /// </summary>
    internal static class As923Table
    {
        /// <summary>AS923-2 offset: −1.80 MHz (§2.10.2).</summary>
        internal const int Group2OffsetHz = -1800000;

        /// <summary>AS923-3 offset: −6.60 MHz (§2.10.2).</summary>
        internal const int Group3OffsetHz = -6600000;

        /// <summary>AS923-4 offset: −5.90 MHz (§2.10.2).</summary>
        internal const int Group4OffsetHz = -5900000;

        internal static RegionParameters Create(RegionId id, int offsetHz)
        {
            RegionParameters r = new RegionParameters();
            r.IdValue = id;
            r.FixedPlan = false;

            // §2.10.2 "AS923 default channels": 923.2 and 923.4 MHz (+ offset), DR0..DR5, also the join channels.
            r.DefaultFrequenciesHz = new uint[] { (uint)(923200000 + offsetHz), (uint)(923400000 + offsetHz) };
            r.DefaultMinDataRate = 0;
            r.DefaultMaxDataRate = 5;

            // §2.10.3 "AS923 data rate table".
            r.DataRates = new DataRate[]
            {
                DataRate.LoRa(12, 125000), // DR0
                DataRate.LoRa(11, 125000), // DR1
                DataRate.LoRa(10, 125000), // DR2
                DataRate.LoRa(9, 125000),  // DR3
                DataRate.LoRa(8, 125000),  // DR4
                DataRate.LoRa(7, 125000),  // DR5
                DataRate.LoRa(7, 250000),  // DR6
                DataRate.Fsk(50000),       // DR7 FSK 50 kbit/s
                DataRate.Undefined(), DataRate.Undefined(), DataRate.Undefined(), DataRate.Undefined(), // DR8..DR11 RFU here
                DataRate.Undefined(), DataRate.Undefined(), DataRate.Undefined(), DataRate.Undefined(), // DR12..DR15
            };

            // §2.10.6 "AS923 maximum payload size (not repeater compatible)", DwellTime 0 and 1 columns; DR0/DR1 are
            // N/A with dwell time. Values as printed in RP002-1.0.5 Table 73 and as The Things Stack's RP002-1.0.4
            // AS923 band lists them (the 1.0.4 PDF itself could not be searched here).
            r.MaxMacPayload = new byte[] { 59, 59, 123, 123, 250, 250, 250, 250, 0, 0, 0, 0, 0, 0, 0, 0 };
            r.MaxMacPayloadDwell = new byte[] { 0, 0, 19, 61, 133, 250, 250, 250, 0, 0, 0, 0, 0, 0, 0, 0 };
            r.UplinkMinDataRate = 0;
            r.UplinkMinDataRateDwell = 2;
            r.UplinkMaxDataRate = 6;
            r.DownlinkMinDataRate = 0;
            r.DownlinkMaxDataRate = 7;

            // §2.10.7 "AS923 downlink RX1 data rate mapping": offsets 0..7 (6, 7 raise the data rate);
            // with DownlinkDwellTime = 1 the lowest RX1 DR is DR2.
            r.Rx1Rule = Rx1DataRateRule.As923;
            r.Rx1OffsetMax = 7;

            // §2.10.7: RX2 default 923.2 MHz (+ offset) / DR2.
            r.Rx2Frequency = (uint)(923200000 + offsetHz);
            r.Rx2Rate = 2;

            // §2.10.3 "AS923 TX power table": 0..7 = Max EIRP − 2·TXPower, Max EIRP default +16 dBm.
            r.MaxEirp = 16;
            r.TxPowerIndexMax = 7;

            // §2.10: TxParamSetupReq sets dwell time and max EIRP; the specification leaves the values before the
            // first TxParamSetupReq open. Boot with the uplink dwell limit on and the downlink dwell limit off, as
            // LoRaMac-node (RegionAS923.h: AS923_DEFAULT_UPLINK_DWELL_TIME 1, AS923_DEFAULT_DOWNLINK_DWELL_TIME 0)
            // and The Things Stack's AS923 band do: a node assuming downlink dwell listens in RX1 at DR2 after a DR2
            // uplink with RX1DROffset 1 while such a network answers at DR1 (docs/regional-judgement-calls.md).
            r.TxParamSetup = true;
            r.UplinkDwellDefault = true;
            r.DownlinkDwellDefault = false;

            // Joins at DR2: the slowest data rate allowed under the 400 ms dwell limit.
            r.JoinNarrowDataRate = 2;

            // §2.10.2 frequency ranges per group.
            switch (id)
            {
                case RegionId.As923Group2:
                    r.MinFrequency = 920000000;
                    r.MaxFrequency = 923000000;
                    break;
                case RegionId.As923Group3:
                    r.MinFrequency = 915000000;
                    r.MaxFrequency = 921000000;
                    break;
                case RegionId.As923Group4:
                    r.MinFrequency = 917000000;
                    r.MaxFrequency = 920000000;
                    break;
                default:
                    r.MinFrequency = 915000000;
                    r.MaxFrequency = 928000000;
                    break;
            }

            r.Bands = new DutyCycleBand[0];

            // §2.10.4 "AS923 Join-Accept CFList": type 0, channels 2..6.
            r.CFListFrequencies = true;
            r.CFListChannelMask = false;
            return r;
        }
    }
}
