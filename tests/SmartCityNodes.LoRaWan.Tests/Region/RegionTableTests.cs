// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using SmartCityNodes.LoRaWan.Region;

namespace SmartCityNodes.LoRaWan.Tests.Region
{
    /// <summary>
    /// Region tables against the values printed in LoRaWAN Regional Parameters RP002-1.0.4 (section of each table
    /// in the row comments; AS923 payload sizes from RP002-1.0.5 Table 73, see As923Table.cs).
    /// </summary>
    [TestClass]
    public sealed class RegionTableTests
    {
        // RP002-1.0.4 §2.4.3 "EU863-870 data rate table"
        [DataRow(RegionId.Eu868, 0, 12, 125000)]
        [DataRow(RegionId.Eu868, 5, 7, 125000)]
        [DataRow(RegionId.Eu868, 6, 7, 250000)]
        // §2.5.3 "US902-928 TX data rate table": DR4 = SF8/500 kHz, downlink DR8..DR13 = SF12..SF7/500 kHz
        [DataRow(RegionId.Us915, 0, 10, 125000)]
        [DataRow(RegionId.Us915, 3, 7, 125000)]
        [DataRow(RegionId.Us915, 4, 8, 500000)]
        [DataRow(RegionId.Us915, 8, 12, 500000)]
        [DataRow(RegionId.Us915, 13, 7, 500000)]
        // §2.8.3 "AU915-928 data rate table": DR6 = SF8/500 kHz
        [DataRow(RegionId.Au915, 0, 12, 125000)]
        [DataRow(RegionId.Au915, 6, 8, 500000)]
        [DataRow(RegionId.Au915, 8, 12, 500000)]
        // §2.10.3 "AS923 data rate table"
        [DataRow(RegionId.As923Group1, 2, 10, 125000)]
        [DataRow(RegionId.As923Group3, 6, 7, 250000)]
        // §2.11.3 "KR920-923 data rate table"
        [DataRow(RegionId.Kr920, 5, 7, 125000)]
        // §2.12.3 "IN865-867 data rate table"
        [DataRow(RegionId.In865, 0, 12, 125000)]
        [TestMethod]
        public void LoRaDataRates(RegionId id, int dataRate, int spreadingFactor, int bandwidthHz)
        {
            DataRate rate = RegionParameters.Get(id).GetDataRate(dataRate);
            Assert.AreEqual(Modulation.LoRa, rate.Modulation);
            Assert.AreEqual(spreadingFactor, rate.SpreadingFactor);
            Assert.AreEqual(bandwidthHz, rate.BandwidthHz);
        }

        // EU868 DR7 FSK 50 kbps (§2.4.3), IN865 DR7 FSK (§2.12.3), IN865 DR6 RFU, KR920 DR6 RFU (§2.11.3), US915 DR5 LR-FHSS, DR7 RFU (§2.5.3)
        [DataRow(RegionId.Eu868, 7, Modulation.Fsk)]
        [DataRow(RegionId.Eu868, 8, Modulation.LrFhss)]
        [DataRow(RegionId.In865, 6, Modulation.Undefined)]
        [DataRow(RegionId.In865, 7, Modulation.Fsk)]
        [DataRow(RegionId.Kr920, 6, Modulation.Undefined)]
        [DataRow(RegionId.Us915, 5, Modulation.LrFhss)]
        [DataRow(RegionId.Us915, 7, Modulation.Undefined)]
        [TestMethod]
        public void NonLoRaDataRates(RegionId id, int dataRate, Modulation modulation)
        {
            Assert.AreEqual(modulation, RegionParameters.Get(id).GetDataRate(dataRate).Modulation);
        }

        // Maximum payload sizes (not repeater compatible): M and N = M − 8, columns without/with dwell time.
        // §2.4.6 EU863-870: DR0..2 59/51, DR3 123/115, DR4..7 250/242
        [DataRow(RegionId.Eu868, 0, false, 59)]
        [DataRow(RegionId.Eu868, 2, false, 59)]
        [DataRow(RegionId.Eu868, 3, false, 123)]
        [DataRow(RegionId.Eu868, 5, false, 250)]
        [DataRow(RegionId.Eu868, 7, false, 250)]
        // §2.5.6 US902-928: DR0 19/11, DR1 61/53, DR2 133/125, DR3..4 250/242; downlink DR8 61, DR9 137, DR10..13 250
        [DataRow(RegionId.Us915, 0, true, 19)]
        [DataRow(RegionId.Us915, 1, true, 61)]
        [DataRow(RegionId.Us915, 2, true, 133)]
        [DataRow(RegionId.Us915, 4, true, 250)]
        [DataRow(RegionId.Us915, 8, false, 61)]
        [DataRow(RegionId.Us915, 9, false, 137)]
        [DataRow(RegionId.Us915, 13, false, 250)]
        // §2.8.6 AU915-928: dwell 0 DR2 59, DR6 250; dwell 1 DR2 19, DR3 61, DR4 133
        [DataRow(RegionId.Au915, 2, false, 59)]
        [DataRow(RegionId.Au915, 6, false, 250)]
        [DataRow(RegionId.Au915, 2, true, 19)]
        [DataRow(RegionId.Au915, 3, true, 61)]
        [DataRow(RegionId.Au915, 4, true, 133)]
        // AS923 (RP002-1.0.5 Table 73): dwell 0 DR0 59, DR2 123, DR4 250; dwell 1 DR2 19, DR3 61, DR4 133, DR5 250
        [DataRow(RegionId.As923Group1, 0, false, 59)]
        [DataRow(RegionId.As923Group1, 2, false, 123)]
        [DataRow(RegionId.As923Group1, 4, false, 250)]
        [DataRow(RegionId.As923Group1, 2, true, 19)]
        [DataRow(RegionId.As923Group2, 3, true, 61)]
        [DataRow(RegionId.As923Group4, 4, true, 133)]
        [DataRow(RegionId.As923Group1, 5, true, 250)]
        // §2.11.6 KR920: DR3 123, DR5 250; §2.12.6 IN865: DR2 59, DR7 250
        [DataRow(RegionId.Kr920, 3, false, 123)]
        [DataRow(RegionId.Kr920, 5, false, 250)]
        [DataRow(RegionId.In865, 2, false, 59)]
        [DataRow(RegionId.In865, 7, false, 250)]
        [TestMethod]
        public void MaxPayloadSizes(RegionId id, int dataRate, bool dwellTime, int macPayload)
        {
            RegionParameters region = RegionParameters.Get(id);
            Assert.AreEqual(macPayload, region.MaxMacPayloadLength(dataRate, dwellTime));
            Assert.AreEqual(macPayload - 8, region.MaxFrmPayloadLength(dataRate, dwellTime));
        }

        // N/A cells: AS923/AU915 DR0..1 with dwell time (RP002-1.0.5 Table 73, §2.8.6), RFU/undefined DRs.
        [DataRow(RegionId.As923Group1, 0, true)]
        [DataRow(RegionId.As923Group1, 1, true)]
        [DataRow(RegionId.Au915, 1, true)]
        [DataRow(RegionId.Us915, 7, false)]
        [DataRow(RegionId.Kr920, 6, false)]
        [DataRow(RegionId.Eu868, 16, false)]
        [TestMethod]
        public void MaxPayloadNotAvailable(RegionId id, int dataRate, bool dwellTime)
        {
            Assert.AreEqual(-1, RegionParameters.Get(id).MaxMacPayloadLength(dataRate, dwellTime));
            Assert.AreEqual(-1, RegionParameters.Get(id).MaxFrmPayloadLength(dataRate, dwellTime));
        }

        // TX power tables: EIRP = MaxEIRP − 2·TXPower. §2.4.3 EU868 16 dBm 0..7; §2.5.3 US915 30 dBm 0..14;
        // §2.8.3 AU915 30 dBm 0..14; §2.10.3 AS923 16 dBm 0..7; §2.11.3 KR920 14 dBm 0..7; §2.12.3 IN865 30 dBm 0..10.
        [DataRow(RegionId.Eu868, 16, 7, 0, 16)]
        [DataRow(RegionId.Eu868, 16, 7, 7, 2)]
        [DataRow(RegionId.Us915, 30, 14, 0, 30)]
        [DataRow(RegionId.Us915, 30, 14, 14, 2)]
        [DataRow(RegionId.Au915, 30, 14, 5, 20)]
        [DataRow(RegionId.As923Group1, 16, 7, 3, 10)]
        [DataRow(RegionId.Kr920, 14, 7, 7, 0)]
        [DataRow(RegionId.In865, 30, 10, 10, 10)]
        [TestMethod]
        public void TxPowerTables(RegionId id, int maxEirp, int maxIndex, int index, int expectedEirp)
        {
            RegionParameters region = RegionParameters.Get(id);
            Assert.AreEqual(maxEirp, region.DefaultMaxEirpDbm);
            Assert.AreEqual(maxIndex, region.MaxTxPowerIndex);
            Assert.AreEqual(expectedEirp, region.TxPowerEirpDbm(index, region.DefaultMaxEirpDbm));
            Assert.AreEqual(RegionParameters.InvalidPower, region.TxPowerEirpDbm(maxIndex + 1, region.DefaultMaxEirpDbm));
        }

        // RX1 data rate mapping tables.
        // §2.4.7 EU868: DR5 off 0..5 → 5,4,3,2,1,0; DR1 off 3 → 0
        [DataRow(RegionId.Eu868, 5, 0, false, 5)]
        [DataRow(RegionId.Eu868, 5, 5, false, 0)]
        [DataRow(RegionId.Eu868, 1, 3, false, 0)]
        [DataRow(RegionId.Eu868, 5, 6, false, -1)]
        // §2.5.7 US915 table: DR0 → 10,9,8,8; DR3 → 13,12,11,10; DR4 → 13,13,12,11; offset 4 invalid
        [DataRow(RegionId.Us915, 0, 0, false, 10)]
        [DataRow(RegionId.Us915, 0, 3, false, 8)]
        [DataRow(RegionId.Us915, 3, 0, false, 13)]
        [DataRow(RegionId.Us915, 3, 3, false, 10)]
        [DataRow(RegionId.Us915, 4, 0, false, 13)]
        [DataRow(RegionId.Us915, 4, 1, false, 13)]
        [DataRow(RegionId.Us915, 4, 3, false, 11)]
        [DataRow(RegionId.Us915, 0, 4, false, -1)]
        // §2.8.7 AU915 table: DR0 → 8,8,...; DR5 → 13,12,11,10,9,8; DR6 → 13,13,12,11,10,9
        [DataRow(RegionId.Au915, 0, 0, false, 8)]
        [DataRow(RegionId.Au915, 5, 0, false, 13)]
        [DataRow(RegionId.Au915, 5, 5, false, 8)]
        [DataRow(RegionId.Au915, 6, 0, false, 13)]
        [DataRow(RegionId.Au915, 6, 5, false, 9)]
        // §2.10.7 AS923 tables: DownlinkDwellTime 0: DR5 off 6 → 6, off 7 → 7, DR0 off 0 → 0;
        // DownlinkDwellTime 1: DR0 → 2, DR3 off 2 → 2, DR5 off 1 → 4
        [DataRow(RegionId.As923Group1, 5, 6, false, 6)]
        [DataRow(RegionId.As923Group1, 5, 7, false, 7)]
        [DataRow(RegionId.As923Group1, 0, 0, false, 0)]
        [DataRow(RegionId.As923Group1, 0, 0, true, 2)]
        [DataRow(RegionId.As923Group1, 3, 2, true, 2)]
        [DataRow(RegionId.As923Group1, 5, 1, true, 4)]
        // §2.11.7 KR920: DR4 off 2 → 2; §2.12.7 IN865 (offsets 6, 7 raise by 1, 2): DR3 off 6 → 4, DR5 off 7 → 7, DR2 off 4 → 0
        [DataRow(RegionId.Kr920, 4, 2, false, 2)]
        [DataRow(RegionId.In865, 3, 6, false, 4)]
        [DataRow(RegionId.In865, 5, 7, false, 7)]
        [DataRow(RegionId.In865, 2, 4, false, 0)]
        [TestMethod]
        public void Rx1DataRates(RegionId id, int uplinkDataRate, int offset, bool downlinkDwell, int expected)
        {
            Assert.AreEqual(expected, RegionParameters.Get(id).GetRx1DataRate(uplinkDataRate, offset, downlinkDwell));
        }

        /// <summary>
        /// RP002-1.0.4 §2.12.7 "IN865-867 downlink RX1 data rate mapping", the whole table as the specification prints it
        /// (rows: upstream data rate; columns: RX1DROffset 0..7). It skips DR6, which is RFU in IN865: a formula
        /// "uplink DR + 1 or + 2" would give DR6 for DR4/offset 7 and DR5/offset 6 and leave RX1 unusable.
        /// </summary>
        [TestMethod]
        public void In865Rx1TableAsPrintedInRp002()
        {
            string[] table =
            {
                "DR0: DR0 DR0 DR0 DR0 DR0 DR0 DR1 DR2",
                "DR1: DR1 DR0 DR0 DR0 DR0 DR0 DR2 DR3",
                "DR2: DR2 DR1 DR0 DR0 DR0 DR0 DR3 DR4",
                "DR3: DR3 DR2 DR1 DR0 DR0 DR0 DR4 DR5",
                "DR4: DR4 DR3 DR2 DR1 DR0 DR0 DR5 DR5",
                "DR5: DR5 DR4 DR3 DR2 DR1 DR0 DR5 DR7",
            };
            RegionParameters region = RegionParameters.Get(RegionId.In865);
            for (int uplink = 0; uplink < table.Length; uplink++)
            {
                string[] cells = table[uplink].Substring(5).Split(' ');
                for (int offset = 0; offset < 8; offset++)
                {
                    int expected = int.Parse(cells[offset].Substring(2));
                    Assert.AreEqual(expected, region.GetRx1DataRate(uplink, offset, false), $"uplink DR{uplink}, offset {offset}");
                    Assert.AreNotEqual(6, region.GetRx1DataRate(uplink, offset, false), "DR6 is RFU in IN865");
                }
            }
        }

        // RX2 defaults (§2.4.7, §2.5.7, §2.8.7, §2.10.7 with the §2.10.2 offsets, §2.11.7, §2.12.7).
        [DataRow(RegionId.Eu868, 869525000u, 0)]
        [DataRow(RegionId.Us915, 923300000u, 8)]
        [DataRow(RegionId.Au915, 923300000u, 8)]
        [DataRow(RegionId.As923Group1, 923200000u, 2)]
        [DataRow(RegionId.As923Group2, 921400000u, 2)]
        [DataRow(RegionId.As923Group3, 916600000u, 2)]
        [DataRow(RegionId.As923Group4, 917300000u, 2)]
        [DataRow(RegionId.Kr920, 921900000u, 0)]
        [DataRow(RegionId.In865, 866550000u, 2)]
        [TestMethod]
        public void Rx2Defaults(RegionId id, uint frequencyHz, int dataRate)
        {
            RegionParameters region = RegionParameters.Get(id);
            Assert.AreEqual(frequencyHz, region.Rx2DefaultFrequencyHz);
            Assert.AreEqual(dataRate, region.Rx2DefaultDataRate);
        }

        // Default channels (§2.4.2, §2.10.2 incl. group offsets −1.8/−6.6/−5.9 MHz, §2.11.2, §2.12.2).
        [DataRow(RegionId.Eu868, 3, 868100000u, 868300000u, 868500000u)]
        [DataRow(RegionId.As923Group1, 2, 923200000u, 923400000u, 0u)]
        [DataRow(RegionId.As923Group2, 2, 921400000u, 921600000u, 0u)]
        [DataRow(RegionId.As923Group3, 2, 916600000u, 916800000u, 0u)]
        [DataRow(RegionId.As923Group4, 2, 917300000u, 917500000u, 0u)]
        [DataRow(RegionId.Kr920, 3, 922100000u, 922300000u, 922500000u)]
        [DataRow(RegionId.In865, 3, 865062500u, 865402500u, 865985000u)]
        [TestMethod]
        public void DefaultChannels(RegionId id, int count, uint first, uint second, uint third)
        {
            RegionParameters region = RegionParameters.Get(id);
            Assert.AreEqual(count, region.DefaultChannelCount);
            Assert.AreEqual(first, region.DefaultChannelFrequencyHz(0));
            Assert.AreEqual(second, region.DefaultChannelFrequencyHz(1));
            Assert.AreEqual(third, region.DefaultChannelFrequencyHz(2));
            Assert.AreEqual(0, region.DefaultChannelMinDataRate);
            Assert.AreEqual(5, region.DefaultChannelMaxDataRate);
        }

        // Fixed plans: US915 902.3 + 0.2·n (n < 64), 903.0 + 1.6·(n − 64) MHz (§2.5.2); AU915 915.2 + 0.2·n, 915.9 + 1.6·(n − 64) (§2.8.2).
        [DataRow(RegionId.Us915, 0, 902300000u)]
        [DataRow(RegionId.Us915, 8, 903900000u)]
        [DataRow(RegionId.Us915, 63, 914900000u)]
        [DataRow(RegionId.Us915, 64, 903000000u)]
        [DataRow(RegionId.Us915, 65, 904600000u)]
        [DataRow(RegionId.Us915, 71, 914200000u)]
        [DataRow(RegionId.Au915, 0, 915200000u)]
        [DataRow(RegionId.Au915, 63, 927800000u)]
        [DataRow(RegionId.Au915, 64, 915900000u)]
        [DataRow(RegionId.Au915, 71, 927100000u)]
        [DataRow(RegionId.Us915, 72, 0u)]
        [TestMethod]
        public void FixedPlanFrequencies(RegionId id, int channel, uint frequencyHz)
        {
            Assert.AreEqual(frequencyHz, RegionParameters.Get(id).DefaultChannelFrequencyHz(channel));
        }

        // TxParamSetupReq MaxEIRP coding (LoRaWAN L2 1.0.4 §5.8): 8 10 12 13 14 16 18 20 21 24 26 27 29 30 33 36 dBm.
        [DataRow(0, 8)]
        [DataRow(3, 13)]
        [DataRow(5, 16)]
        [DataRow(8, 21)]
        [DataRow(13, 30)]
        [DataRow(15, 36)]
        [TestMethod]
        public void TxParamMaxEirp(int code, int dbm)
        {
            Assert.AreEqual(dbm, RegionParameters.TxParamMaxEirpDbm(code));
        }

        // Join data rates: US915 DR0 + DR4 (§2.5.2), AU915 DR2 + DR6 (§2.8.2), AS923 DR2 (dwell).
        [DataRow(RegionId.Us915, 0, 4)]
        [DataRow(RegionId.Au915, 2, 6)]
        [DataRow(RegionId.As923Group1, 2, -1)]
        [TestMethod]
        public void JoinDataRates(RegionId id, int narrow, int wide)
        {
            RegionParameters region = RegionParameters.Get(id);
            Assert.AreEqual(narrow, region.JoinDataRate);
            Assert.AreEqual(wide, region.WideChannelDataRate);
        }

        [TestMethod]
        public void RegionFlags()
        {
            Assert.IsTrue(RegionParameters.Get(RegionId.Us915).IsFixedChannelPlan);
            Assert.AreEqual(72, RegionParameters.Get(RegionId.Au915).MaxChannels);
            Assert.AreEqual(16, RegionParameters.Get(RegionId.Eu868).MaxChannels);
            Assert.IsTrue(RegionParameters.Get(RegionId.Us915).DefaultUplinkDwellTime);
            Assert.IsTrue(RegionParameters.Get(RegionId.Au915).DefaultUplinkDwellTime, "AU915 boots with the uplink dwell time");
            Assert.IsFalse(RegionParameters.Get(RegionId.Au915).DefaultDownlinkDwellTime);

            // AS923 boots with uplink dwell on and downlink dwell off (LoRaMac-node RegionAS923.h defaults 1 and 0, The
            // Things Stack's AS923 boot dwell time): after a DR2 uplink with RX1DROffset 1 the RX1 rate is then DR1
            // (§2.10.7 table for DownlinkDwellTime = 0), the rate such a network answers at.
            Assert.IsTrue(RegionParameters.Get(RegionId.As923Group1).DefaultUplinkDwellTime);
            Assert.IsFalse(RegionParameters.Get(RegionId.As923Group1).DefaultDownlinkDwellTime);
            Assert.AreEqual(1, new ChannelPlan(RegionParameters.Get(RegionId.As923Group1)).GetRx1DataRate(2, 1));
            Assert.IsFalse(RegionParameters.Get(RegionId.Eu868).DefaultUplinkDwellTime);
            Assert.IsTrue(RegionParameters.Get(RegionId.As923Group1).SupportsTxParamSetup);
            Assert.IsTrue(RegionParameters.Get(RegionId.Au915).SupportsTxParamSetup);
            Assert.IsFalse(RegionParameters.Get(RegionId.Eu868).SupportsTxParamSetup);
            Assert.IsTrue(RegionParameters.Get(RegionId.Eu868).SupportsCFListFrequencies);
            Assert.IsTrue(RegionParameters.Get(RegionId.Us915).SupportsCFListChannelMask);
            Assert.AreEqual(6, RegionParameters.Get(RegionId.Eu868).DutyCycleBandCount);
            Assert.AreEqual(0, RegionParameters.Get(RegionId.Us915).DutyCycleBandCount);
            Assert.IsNull(RegionParameters.Get((RegionId)42));
        }

        // EU868 sub-bands (EN 300 220-2 / ERC 70-03, RP002-1.0.4 §2.4.2): K 0.1 %, g 1 %, g1 1 %, g2 0.1 %, g3 10 %, g4 1 %.
        [DataRow(863500000u, 0, 1000)]
        [DataRow(867100000u, 1, 100)]
        [DataRow(868100000u, 2, 100)]
        [DataRow(868500000u, 2, 100)]
        [DataRow(868900000u, 3, 1000)]
        [DataRow(869525000u, 4, 10)]
        [DataRow(869850000u, 5, 100)]
        [DataRow(869300000u, -1, 0)]
        [DataRow(868650000u, -1, 0)]
        // Edges: every band includes both of its edges, as LoRaMac-node's RegionEU868 VerifyRfFreq and arduino-lmic's
        // setupChannel do for 868.6, 869.2, 869.65 and 870.0 MHz; a carrier on an edge two bands share goes to the first
        // band listed (865.0 MHz: K, the stricter 0.1 %; 868.0 MHz: g). Just outside the bands: 862.9999, 870.0001 MHz.
        [DataRow(863000000u, 0, 1000)]
        [DataRow(865000000u, 0, 1000)]
        [DataRow(868000000u, 1, 100)]
        [DataRow(868600000u, 2, 100)]
        [DataRow(868700000u, 3, 1000)]
        [DataRow(869200000u, 3, 1000)]
        [DataRow(869400000u, 4, 10)]
        [DataRow(869650000u, 4, 10)]
        [DataRow(869700000u, 5, 100)]
        [DataRow(870000000u, 5, 100)]
        [DataRow(862999900u, -1, 0)]
        [DataRow(870000100u, -1, 0)]
        [TestMethod]
        public void Eu868DutyCycleBands(uint frequencyHz, int band, int divisor)
        {
            RegionParameters region = RegionParameters.Get(RegionId.Eu868);
            Assert.AreEqual(band, region.FindDutyCycleBand(frequencyHz));
            if (band >= 0)
            {
                Assert.AreEqual(divisor, region.GetDutyCycleBand(band).DutyCycleDivisor);
            }

            Assert.AreEqual(band >= 0, region.IsValidFrequency(frequencyHz));
        }

        // KR920 channel centres: 920.9..923.3 MHz on the 200 kHz grid of the RP002-1.0.4 §2.11.2 channel table
        // (LoRaMac-node RegionKR920 VerifyRfFreq: (f − 920.9 MHz) mod 200 kHz = 0). 921.0 MHz is 100 kHz off the grid.
        [DataRow(RegionId.Kr920, 920900000u, true)]
        [DataRow(RegionId.Kr920, 921100000u, true)]
        [DataRow(RegionId.Kr920, 923300000u, true)]
        [DataRow(RegionId.Kr920, 921000000u, false)]
        [DataRow(RegionId.Kr920, 922150000u, false)]
        [DataRow(RegionId.Kr920, 923500000u, false)]
        [TestMethod]
        public void Kr920ChannelsLieOnTheTwoHundredKilohertzGrid(RegionId id, uint frequencyHz, bool valid)
        {
            Assert.AreEqual(valid, RegionParameters.Get(id).IsValidFrequency(frequencyHz));
            Assert.AreEqual(valid, RegionParameters.Get(id).IsValidDownlinkFrequency(frequencyHz));
        }

        // US915/AU915 downlink channels: 923.3 + 0.6·k MHz, k = 0..7 (RP002-1.0.4 §2.5.2, §2.8.2).
        [DataRow(RegionId.Us915, 923300000u, true)]
        [DataRow(RegionId.Us915, 927500000u, true)]
        [DataRow(RegionId.Us915, 928100000u, false)]
        [DataRow(RegionId.Us915, 924000000u, false)]
        [DataRow(RegionId.Us915, 902300000u, false)]
        [DataRow(RegionId.Au915, 925700000u, true)]
        [DataRow(RegionId.Au915, 915200000u, false)]
        [TestMethod]
        public void FixedPlanRx2MustBeADownlinkChannel(RegionId id, uint frequencyHz, bool valid)
        {
            Assert.AreEqual(valid, RegionParameters.Get(id).IsValidDownlinkFrequency(frequencyHz));
        }

        // ADR back-off lowers one step at a time and stops at the minimum (DR2 in AS923 with dwell time).
        [DataRow(RegionId.Eu868, 5, false, 4)]
        [DataRow(RegionId.Eu868, 0, false, 0)]
        [DataRow(RegionId.As923Group1, 2, true, 2)]
        [DataRow(RegionId.As923Group1, 3, true, 2)]
        [DataRow(RegionId.Us915, 4, true, 3)]
        [TestMethod]
        public void LowerDataRate(RegionId id, int dataRate, bool dwell, int expected)
        {
            Assert.AreEqual(expected, RegionParameters.Get(id).LowerDataRate(dataRate, dwell));
        }

        [DataRow(RegionId.Eu868, 6, false, true)]
        [DataRow(RegionId.Eu868, 7, false, false)]
        [DataRow(RegionId.Us915, 4, true, true)]
        [DataRow(RegionId.Us915, 5, true, false)]
        [DataRow(RegionId.Us915, 8, true, false)]
        [DataRow(RegionId.As923Group1, 1, true, false)]
        [DataRow(RegionId.As923Group1, 1, false, true)]
        [TestMethod]
        public void UplinkDataRateSupport(RegionId id, int dataRate, bool dwell, bool expected)
        {
            Assert.AreEqual(expected, RegionParameters.Get(id).IsUplinkDataRateSupported(dataRate, dwell));
        }
    }
}
