// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using SmartCityNodes.Hal.Radio;
using SmartCityNodes.LoRaWan.Region;

namespace SmartCityNodes.LoRaWan.Tests.Region
{
    [TestClass]
    public sealed class RadioSettingsTests
    {
        [TestMethod]
        public void EuUplinkSettings()
        {
            // EU868 channel 1 = 868.3 MHz, DR5 = SF7/125 kHz, TXPower 1 = 16 − 2 = 14 dBm EIRP, antenna 2 dBi → 12 dBm conducted.
            var plan = new ChannelPlan(RegionParameters.Get(RegionId.Eu868));
            var settings = new RadioTxSettings();
            Assert.IsTrue(plan.GetUplinkRadioSettings(1, 5, 1, 2, settings));
            Assert.AreEqual(868300000u, settings.FrequencyHz);
            Assert.AreEqual(7, settings.SpreadingFactor);
            Assert.AreEqual(125000, settings.BandwidthHz);
            Assert.AreEqual(5, settings.CodingRateDenominator);
            Assert.AreEqual(8, settings.PreambleSymbols);
            Assert.AreEqual(12, settings.PowerDbm);
            Assert.IsFalse(settings.InvertIq);
            Assert.IsFalse(plan.GetUplinkRadioSettings(1, 7, 0, 0, settings), "DR7 is FSK");
            Assert.IsFalse(plan.GetUplinkRadioSettings(1, 5, 8, 0, settings), "TXPower 8 is RFU");
            Assert.IsFalse(plan.GetUplinkRadioSettings(5, 5, 0, 0, settings), "channel 5 undefined");
        }

        [TestMethod]
        public void UsRx1Settings()
        {
            // US915 uplink DR0 on channel 9 → RX1 DR10 (SF10/500 kHz) on 923.3 + 0.6 × 1 = 923.9 MHz; M = 250 → 255 B max.
            var plan = new ChannelPlan(RegionParameters.Get(RegionId.Us915));
            var settings = new RadioRxSettings();
            Assert.IsTrue(plan.GetDownlinkRadioSettings(plan.GetRx1FrequencyHz(9), plan.GetRx1DataRate(0, 0), 12, settings));
            Assert.AreEqual(923900000u, settings.FrequencyHz);
            Assert.AreEqual(10, settings.SpreadingFactor);
            Assert.AreEqual(500000, settings.BandwidthHz);
            Assert.IsTrue(settings.InvertIq);
            Assert.AreEqual(12, settings.SymbolTimeout);
            Assert.AreEqual(255, settings.MaxLength);
        }

        [TestMethod]
        public void AsRx2UsesTheNoDwellDownlinkSize()
        {
            // AS923 RX2 DR2: the device enforces the DwellTime = 0 downlink M (123) whatever the setting (RP002-1.0.5 Table 73 note).
            var plan = new ChannelPlan(RegionParameters.Get(RegionId.As923Group1));
            var settings = new RadioRxSettings();
            Assert.IsTrue(plan.GetDownlinkRadioSettings(plan.Region.Rx2DefaultFrequencyHz, plan.Region.Rx2DefaultDataRate, 8, settings));
            Assert.AreEqual(128, settings.MaxLength);
            Assert.AreEqual(923200000u, settings.FrequencyHz);
        }

        [TestMethod]
        public void Kr920LowChannelsAreCappedAt10Dbm()
        {
            // RP002-1.0.4 §2.11.3: below 922 MHz the EIRP is limited to +10 dBm whatever TXPower says.
            var plan = new ChannelPlan(RegionParameters.Get(RegionId.Kr920));
            bool f;
            bool r;
            Assert.IsTrue(plan.NewChannel(3, 921100000, 0, 5, out f, out r));
            Assert.IsTrue(f && r);
            Assert.AreEqual(14, plan.GetTxPowerEirpDbm(0, 0), "922.1 MHz: MaxEIRP 14 dBm");
            Assert.AreEqual(10, plan.GetTxPowerEirpDbm(0, 3), "921.1 MHz: capped");
            Assert.AreEqual(8, plan.GetTxPowerEirpDbm(3, 3), "14 − 6 = 8 dBm is under the cap");
        }

        // RP002-1.0.4 §2.3 default settings.
        [DataRow("ReceiveDelay1Milliseconds", RegionDefaults.ReceiveDelay1Milliseconds, 1000)]
        [DataRow("ReceiveDelay2Milliseconds", RegionDefaults.ReceiveDelay2Milliseconds, 2000)]
        [DataRow("JoinAcceptDelay1Milliseconds", RegionDefaults.JoinAcceptDelay1Milliseconds, 5000)]
        [DataRow("JoinAcceptDelay2Milliseconds", RegionDefaults.JoinAcceptDelay2Milliseconds, 6000)]
        [DataRow("AdrAckLimit", RegionDefaults.AdrAckLimit, 64)]
        [DataRow("AdrAckDelay", RegionDefaults.AdrAckDelay, 32)]
        [DataRow("RetransmitTimeoutMinMilliseconds", RegionDefaults.RetransmitTimeoutMinMilliseconds, 1000)]
        [DataRow("RetransmitTimeoutMaxMilliseconds", RegionDefaults.RetransmitTimeoutMaxMilliseconds, 3000)]
        [TestMethod]
        public void DefaultSettings(string name, int actual, int specified)
        {
            Assert.AreEqual(specified, actual, name);
        }
    
        [TestMethod]
        public void RefusedUplinkSettingsLeaveTheCallersInstanceUnchanged()
        {
            // The MAC owns one settings instance; a refused fill (DR7 is FSK in EU868, RP002-1.0.4 §2.4.3) must not half-write it.
            var plan = new ChannelPlan(RegionParameters.Get(RegionId.Eu868));
            var settings = new RadioTxSettings();
            Assert.IsTrue(plan.GetUplinkRadioSettings(1, 5, 1, 2, settings)); // 868.3 MHz SF7 12 dBm (EuUplinkSettings)

            Assert.IsFalse(plan.GetUplinkRadioSettings(0, 7, 0, 0, settings));
            Assert.AreEqual(868300000u, settings.FrequencyHz);
            Assert.AreEqual(7, settings.SpreadingFactor);
            Assert.AreEqual(12, settings.PowerDbm);
        }

        [TestMethod]
        public void RefusedDownlinkSettingsLeaveTheCallersInstanceUnchanged()
        {
            // EU868 DR7 is FSK: no LoRa receive window; the settings of the last window stay as they were.
            var plan = new ChannelPlan(RegionParameters.Get(RegionId.Eu868));
            var settings = new RadioRxSettings();
            Assert.IsTrue(plan.GetDownlinkRadioSettings(869525000, 0, 8, settings));

            Assert.IsFalse(plan.GetDownlinkRadioSettings(868100000, 7, 12, settings));
            Assert.AreEqual(869525000u, settings.FrequencyHz);
            Assert.AreEqual(12, settings.SpreadingFactor);
            Assert.AreEqual(8, settings.SymbolTimeout);
        }

        [TestMethod]
        public void NullSettingsAreRejected()
        {
            var plan = new ChannelPlan(RegionParameters.Get(RegionId.Eu868));
            Assert.ThrowsExactly<ArgumentNullException>(() => plan.GetUplinkRadioSettings(0, 5, 0, 0, null!));
            Assert.ThrowsExactly<ArgumentNullException>(() => plan.GetDownlinkRadioSettings(869525000, 0, 8, null!));
        }

        [TestMethod]
        public void GetDataRateReturnsTheTablesOwnEntry()
        {
            // No copy per call: the same read-only instance every time (a copy would be a heap block per call on nanoCLR).
            RegionParameters region = RegionParameters.Get(RegionId.Eu868);
            Assert.AreSame(region.GetDataRate(5), region.GetDataRate(5));
            Assert.AreSame(region.GetDataRate(-1), region.GetDataRate(16), "outside 0..15: one Undefined entry of the region");
            Assert.AreEqual(Modulation.Undefined, region.GetDataRate(16).Modulation);
            Assert.AreEqual(0, region.GetDataRate(16).SpreadingFactor);
        }
    }
}
