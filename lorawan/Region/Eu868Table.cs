// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

namespace SmartCityNodes.LoRaWan.Region
{
    /// <summary>EU863-870 regional parameters as data (RP002-1.0.4 §2.4).</summary>
    internal static class Eu868Table
    {
        internal static RegionParameters Create()
        {
            RegionParameters r = new RegionParameters();
            r.IdValue = RegionId.Eu868;
            r.FixedPlan = false;

            // §2.4.2 "EU863-870 default channels": 868.10, 868.30, 868.50 MHz, DR0..DR5, also the join channels.
            r.DefaultFrequenciesHz = new uint[] { 868100000, 868300000, 868500000 };
            r.DefaultMinDataRate = 0;
            r.DefaultMaxDataRate = 5;

            // §2.4.3 "EU863-870 data rate and end-device output power encoding".
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
                DataRate.LrFhss(),         // DR8 LR-FHSS CR1/3 137 kHz OCW
                DataRate.LrFhss(),         // DR9 LR-FHSS CR2/3 137 kHz OCW
                DataRate.LrFhss(),         // DR10 LR-FHSS CR1/3 336 kHz OCW
                DataRate.LrFhss(),         // DR11 LR-FHSS CR2/3 336 kHz OCW
                DataRate.Undefined(),         // DR12 RFU
                DataRate.Undefined(),         // DR13 RFU
                DataRate.Undefined(),         // DR14 RFU
                DataRate.Undefined(),         // DR15 defined in TS001
            };

            // §2.4.6 "EU863-870 maximum payload size (not repeater compatible)", M per DR0..DR15; no dwell column.
            r.MaxMacPayload = new byte[] { 59, 59, 59, 123, 250, 250, 250, 250, 58, 123, 58, 123, 0, 0, 0, 0 };
            r.MaxMacPayloadDwell = r.MaxMacPayload;
            r.UplinkMinDataRate = 0;
            r.UplinkMinDataRateDwell = 0;
            r.UplinkMaxDataRate = 6;
            r.DownlinkMinDataRate = 0;
            r.DownlinkMaxDataRate = 7;

            // §2.4.7 "EU863-870 downlink RX1 data rate mapping": offsets 0..5, RX1 DR = max(DR − offset, DR0).
            r.Rx1Rule = Rx1DataRateRule.Subtract;
            r.Rx1OffsetMax = 5;

            // §2.4.7: RX2 default 869.525 MHz / DR0.
            r.Rx2Frequency = 869525000;
            r.Rx2Rate = 0;

            // §2.4.3 "EU863-870 TX power table": 0..7 = Max EIRP − 2·TXPower; Max EIRP default +16 dBm.
            r.MaxEirp = 16;
            r.TxPowerIndexMax = 7;
            r.TxParamSetup = false;
            r.UplinkDwellDefault = false;
            r.DownlinkDwellDefault = false;
            r.JoinNarrowDataRate = 0;

            // §2.4.2: 863..870 MHz band.
            r.MinFrequency = 863000000;
            r.MaxFrequency = 870000000;

            // Sub-bands and duty cycles of ETSI EN 300 220-2 V3.2.1 (ERC Rec 70-03 Annex 1 bands h1.3..h1.7),
            // as LoRaMac-node's RegionEU868.h bands (PR #750) list them. Both edges of every band are included; a carrier
            // on an edge two bands share counts in the first band listed: 865.0 MHz in K (0.1 %, the stricter of K
            // and g), 868.0 MHz in g (1 %, as g1). docs/regional-judgement-calls.md.
            r.Bands = new DutyCycleBand[]
            {
                new DutyCycleBand(863000000, 865000000, 1000), // K:  863.0–865.0 MHz, 0.1 %
                new DutyCycleBand(865000000, 868000000, 100),  // g:  865.0–868.0 MHz, 1 %
                new DutyCycleBand(868000000, 868600000, 100),  // g1: 868.0–868.6 MHz, 1 % (default channels)
                new DutyCycleBand(868700000, 869200000, 1000), // g2: 868.7–869.2 MHz, 0.1 %
                new DutyCycleBand(869400000, 869650000, 10),   // g3: 869.4–869.65 MHz, 10 %
                new DutyCycleBand(869700000, 870000000, 100),  // g4: 869.7–870.0 MHz, 1 %
            };

            // §2.4.4 "EU863-870 Join-Accept CFList": type 0 only.
            r.CFListFrequencies = true;
            r.CFListChannelMask = false;
            return r;
        }
    }
}
