// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using SmartCityNodes.LoRaWan.Mac;

namespace SmartCityNodes.LoRaWan.Tests.Mac
{
    /// <summary>
    /// Byte vectors for every MAC command of LoRaWAN L2 1.0.4 §5, in both directions (Encode == bytes, Decode(bytes)
    /// == fields). Every expected byte is worked by hand from the field layouts in the comment above its row.
    /// Frequencies: the field is Hz/100 as a 24-bit little-endian integer (§5.4).
    /// </summary>
    [TestClass]
    public sealed class MacCommandCodecTests
    {
        private static byte[] Hex(string hex) => Convert.FromHexString(hex.Replace(" ", string.Empty));

        // Every command class fills itself with an instance Decode(buffer, offset); one holder per call here.
        private static T Decoded<T>(byte[] buffer, int offset)
            where T : new()
        {
            T value = new T();
            typeof(T).GetMethod("Decode")!.Invoke(value, new object[] { buffer, offset });
            return value;
        }

        private static void AssertEncodes(string expectedHex, byte[] buffer, int written)
        {
            byte[] expected = Hex(expectedHex);
            Assert.AreEqual(expected.Length, written, "encoded length");
            CollectionAssert.AreEqual(expected, buffer.AsSpan(0, written).ToArray());
        }

        // Margin 20 dB = 0x14, GwCnt 3 -> 02 14 03
        // Margin 254 = 0xFE, GwCnt 255 -> 02 FE FF
        [TestMethod]
        [DataRow("02 14 03", 20, 3)]
        [DataRow("02 FE FF", 254, 255)]
        public void LinkCheckAns(string hex, int margin, int gateways)
        {
            var value = new LinkCheckAns { MarginDb = (byte)margin, GatewayCount = (byte)gateways };
            var buffer = new byte[8];
            AssertEncodes(hex, buffer, value.Encode(buffer, 0));
            var decoded = Decoded<SmartCityNodes.LoRaWan.Mac.LinkCheckAns>(Hex(hex), 0);
            Assert.AreEqual(margin, decoded.MarginDb);
            Assert.AreEqual(gateways, decoded.GatewayCount);
        }

        // DR5 TX2: DataRate_TXPower = 5<<4 | 2 = 0x52; ChMask 0x0007 LE = 07 00; ChMaskCntl 0, NbTrans 1: 0<<4|1 = 0x01
        // DR15 TX15 ("keep"): 0xFF; ChMask 0xFF00 LE = 00 FF; ChMaskCntl 6, NbTrans 3: 6<<4|3 = 0x63
        // DR5 TX3: 0x53; ChMask 0x0BC7 LE = C7 0B; ChMaskCntl 3, NbTrans 7: 0x37 (the example of the docs.rs lorawan crate)
        // DR0 TX0, ChMask 0, ChMaskCntl 7, NbTrans 0: 00 00 00 70
        [TestMethod]
        [DataRow("03 52 07 00 01", 5, 2, 0x0007, 0, 1)]
        [DataRow("03 FF 00 FF 63", 15, 15, 0xFF00, 6, 3)]
        [DataRow("03 53 C7 0B 37", 5, 3, 0x0BC7, 3, 7)]
        [DataRow("03 00 00 00 70", 0, 0, 0x0000, 7, 0)]
        public void LinkAdrReq(string hex, int dataRate, int txPower, int chMask, int chMaskCntl, int nbTrans)
        {
            var value = new LinkAdrReq { DataRate = (byte)dataRate, TxPower = (byte)txPower, ChMask = (ushort)chMask, ChMaskCntl = (byte)chMaskCntl, NbTrans = (byte)nbTrans };
            var buffer = new byte[8];
            AssertEncodes(hex, buffer, value.Encode(buffer, 0));
            var decoded = Decoded<SmartCityNodes.LoRaWan.Mac.LinkAdrReq>(Hex(hex), 0);
            Assert.AreEqual(dataRate, decoded.DataRate);
            Assert.AreEqual(txPower, decoded.TxPower);
            Assert.AreEqual(chMask, decoded.ChMask);
            Assert.AreEqual(chMaskCntl, decoded.ChMaskCntl);
            Assert.AreEqual(nbTrans, decoded.NbTrans);
        }

        [TestMethod]
        public void OneHolderDecodesEachCommandInTurn()
        {
            // The processor keeps one instance per command and refills it: every field comes from the last bytes decoded.
            var holder = new SmartCityNodes.LoRaWan.Mac.LinkAdrReq();
            holder.Decode(Hex("03 FF 00 FF 63"), 0); // DR15 TX15, ChMask 0xFF00, ChMaskCntl 6, NbTrans 3 (rows above)
            holder.Decode(Hex("03 52 07 00 01"), 0); // DR5 TX2, ChMask 0x0007, ChMaskCntl 0, NbTrans 1
            Assert.AreEqual(5, holder.DataRate);
            Assert.AreEqual(2, holder.TxPower);
            Assert.AreEqual(0x0007, holder.ChMask);
            Assert.AreEqual(0, holder.ChMaskCntl);
            Assert.AreEqual(1, holder.NbTrans);

            // Offsets other than 0: the CID byte of the second command of an FOpts field (02 = LinkCheckAns, then 03 ...).
            var linkCheck = new SmartCityNodes.LoRaWan.Mac.LinkCheckAns();
            linkCheck.Decode(Hex("02 14 03 02 0A 01"), 3); // margin 10 dB, 1 gateway
            Assert.AreEqual(10, linkCheck.MarginDb);
            Assert.AreEqual(1, linkCheck.GatewayCount);
        }

        [TestMethod]
        public void LinkAdrReqIgnoresRfuBitOfRedundancy()
        {
            // Redundancy 0xB2 = 1011 0010: RFU bit 7 set, ChMaskCntl 011 = 3, NbTrans 0010 = 2
            var decoded = Decoded<SmartCityNodes.LoRaWan.Mac.LinkAdrReq>(Hex("03 21 01 00 B2"), 0);
            Assert.AreEqual(3, decoded.ChMaskCntl);
            Assert.AreEqual(2, decoded.NbTrans);
        }

        // Status bits: Power ACK bit 2, Data rate ACK bit 1, Channel mask ACK bit 0
        // all = 0b111 = 07; no power = 0b011 = 03; only power = 0b100 = 04; none = 00
        [TestMethod]
        [DataRow("03 07", true, true, true)]
        [DataRow("03 03", false, true, true)]
        [DataRow("03 04", true, false, false)]
        [DataRow("03 00", false, false, false)]
        public void LinkAdrAns(string hex, bool power, bool dataRate, bool mask)
        {
            var value = new LinkAdrAns { PowerAck = power, DataRateAck = dataRate, ChannelMaskAck = mask };
            var buffer = new byte[4];
            AssertEncodes(hex, buffer, value.Encode(buffer, 0));
            var decoded = Decoded<SmartCityNodes.LoRaWan.Mac.LinkAdrAns>(Hex(hex), 0);
            Assert.AreEqual(power, decoded.PowerAck);
            Assert.AreEqual(dataRate, decoded.DataRateAck);
            Assert.AreEqual(mask, decoded.ChannelMaskAck);
            Assert.AreEqual(power && dataRate && mask, decoded.Accepted);
        }

        // MaxDutyCycle 7 (1/128) -> 04 07; 0 (no limit) -> 04 00; 15 -> 04 0F
        [TestMethod]
        [DataRow("04 07", 7)]
        [DataRow("04 00", 0)]
        [DataRow("04 0F", 15)]
        public void DutyCycleReq(string hex, int maxDutyCycle)
        {
            var value = new DutyCycleReq { MaxDutyCycle = (byte)maxDutyCycle };
            var buffer = new byte[4];
            AssertEncodes(hex, buffer, value.Encode(buffer, 0));
            Assert.AreEqual(maxDutyCycle, Decoded<SmartCityNodes.LoRaWan.Mac.DutyCycleReq>(Hex(hex), 0).MaxDutyCycle);
        }

        [TestMethod]
        public void DutyCycleReqIgnoresRfuBits()
        {
            // 0xF3: RFU bits 7..4 set, MaxDutyCycle 3
            Assert.AreEqual(3, Decoded<SmartCityNodes.LoRaWan.Mac.DutyCycleReq>(Hex("04 F3"), 0).MaxDutyCycle);
        }

        // RX1DRoffset 2, RX2DR 3: DLsettings = 2<<4 | 3 = 0x23.
        //   869 525 000 Hz / 100 = 8 695 250 = 0x84ADD2 (8·16^5 + 4·16^4 + 10·16^3 + 13·16^2 + 13·16 + 2) -> LE D2 AD 84
        // RX1DRoffset 0, RX2DR 8 (US915 RX2): 0x08. 923 300 000 / 100 = 9 233 000 = 0x8CE268 -> LE 68 E2 8C
        // RX1DRoffset 7, RX2DR 15: 0x7F. Frequency 0 -> 00 00 00
        [TestMethod]
        [DataRow("05 23 D2 AD 84", 2, 3, 869525000u)]
        [DataRow("05 08 68 E2 8C", 0, 8, 923300000u)]
        [DataRow("05 7F 00 00 00", 7, 15, 0u)]
        public void RxParamSetupReq(string hex, int rx1DrOffset, int rx2DataRate, uint frequencyHz)
        {
            var value = new RxParamSetupReq { Rx1DrOffset = (byte)rx1DrOffset, Rx2DataRate = (byte)rx2DataRate, FrequencyHz = frequencyHz };
            var buffer = new byte[8];
            AssertEncodes(hex, buffer, value.Encode(buffer, 0));
            var decoded = Decoded<SmartCityNodes.LoRaWan.Mac.RxParamSetupReq>(Hex(hex), 0);
            Assert.AreEqual(rx1DrOffset, decoded.Rx1DrOffset);
            Assert.AreEqual(rx2DataRate, decoded.Rx2DataRate);
            Assert.AreEqual(frequencyHz, decoded.FrequencyHz);
        }

        // RX1DRoffset ACK bit 2, RX2 DR ACK bit 1, Channel ACK bit 0: all = 07; channel refused = 06; only channel = 01
        [TestMethod]
        [DataRow("05 07", true, true, true)]
        [DataRow("05 06", true, true, false)]
        [DataRow("05 01", false, false, true)]
        public void RxParamSetupAns(string hex, bool offset, bool dataRate, bool channel)
        {
            var value = new RxParamSetupAns { Rx1DrOffsetAck = offset, Rx2DataRateAck = dataRate, ChannelAck = channel };
            var buffer = new byte[4];
            AssertEncodes(hex, buffer, value.Encode(buffer, 0));
            var decoded = Decoded<SmartCityNodes.LoRaWan.Mac.RxParamSetupAns>(Hex(hex), 0);
            Assert.AreEqual(offset, decoded.Rx1DrOffsetAck);
            Assert.AreEqual(dataRate, decoded.Rx2DataRateAck);
            Assert.AreEqual(channel, decoded.ChannelAck);
        }

        // Margin is a 6-bit two's-complement integer in bits 5..0:
        //   -5 -> 64 - 5 = 59 = 0x3B; 31 -> 0x1F; -32 -> 64 - 32 = 32 = 0x20; 0 -> 0x00; -1 -> 63 = 0x3F
        // Battery: 0 external power, 255 unknown, 128 about half
        [TestMethod]
        [DataRow("06 00 3B", 0, -5)]
        [DataRow("06 FF 1F", 255, 31)]
        [DataRow("06 80 20", 128, -32)]
        [DataRow("06 01 00", 1, 0)]
        [DataRow("06 FE 3F", 254, -1)]
        public void DevStatusAns(string hex, int battery, int margin)
        {
            var value = new DevStatusAns { Battery = (byte)battery, MarginDb = margin };
            var buffer = new byte[4];
            AssertEncodes(hex, buffer, value.Encode(buffer, 0));
            var decoded = Decoded<SmartCityNodes.LoRaWan.Mac.DevStatusAns>(Hex(hex), 0);
            Assert.AreEqual(battery, decoded.Battery);
            Assert.AreEqual(margin, decoded.MarginDb);
        }

        [TestMethod]
        [DataRow(40, "06 64 1F")]   // 40 dB clamps to 31 = 0x1F (battery 100 = 0x64)
        [DataRow(-40, "06 64 20")]  // -40 dB clamps to -32 = 0x20
        public void DevStatusAnsClampsMargin(int margin, string hex)
        {
            var value = new DevStatusAns { Battery = 100, MarginDb = margin };
            var buffer = new byte[4];
            AssertEncodes(hex, buffer, value.Encode(buffer, 0));
        }

        // ChIndex 3, 867 100 000 Hz / 100 = 8 671 000 = 0x844F18 -> LE 18 4F 84; DrRange MaxDR 5, MinDR 0 = 0x50
        // ChIndex 15, frequency 0 (disable), DrRange 0x00
        // ChIndex 4, 868 300 000 / 100 = 8 683 000 = 0x847DF8 -> F8 7D 84; MaxDR 7 MinDR 6 = 0x76
        [TestMethod]
        [DataRow("07 03 18 4F 84 50", 3, 867100000u, 0, 5)]
        [DataRow("07 0F 00 00 00 00", 15, 0u, 0, 0)]
        [DataRow("07 04 F8 7D 84 76", 4, 868300000u, 6, 7)]
        public void NewChannelReq(string hex, int index, uint frequencyHz, int minDr, int maxDr)
        {
            var value = new NewChannelReq { ChannelIndex = (byte)index, FrequencyHz = frequencyHz, MinDataRate = (byte)minDr, MaxDataRate = (byte)maxDr };
            var buffer = new byte[8];
            AssertEncodes(hex, buffer, value.Encode(buffer, 0));
            var decoded = Decoded<SmartCityNodes.LoRaWan.Mac.NewChannelReq>(Hex(hex), 0);
            Assert.AreEqual(index, decoded.ChannelIndex);
            Assert.AreEqual(frequencyHz, decoded.FrequencyHz);
            Assert.AreEqual(minDr, decoded.MinDataRate);
            Assert.AreEqual(maxDr, decoded.MaxDataRate);
        }

        // Data rate range ok bit 1, channel frequency ok bit 0
        [TestMethod]
        [DataRow("07 03", true, true)]
        [DataRow("07 02", true, false)]
        [DataRow("07 01", false, true)]
        [DataRow("07 00", false, false)]
        public void NewChannelAns(string hex, bool dataRateOk, bool frequencyOk)
        {
            var value = new NewChannelAns { DataRateRangeOk = dataRateOk, ChannelFrequencyOk = frequencyOk };
            var buffer = new byte[4];
            AssertEncodes(hex, buffer, value.Encode(buffer, 0));
            var decoded = Decoded<SmartCityNodes.LoRaWan.Mac.NewChannelAns>(Hex(hex), 0);
            Assert.AreEqual(dataRateOk, decoded.DataRateRangeOk);
            Assert.AreEqual(frequencyOk, decoded.ChannelFrequencyOk);
        }

        // Del 0 and 1 both mean 1 s (§5.7 table); Del 15 = 15 s
        [TestMethod]
        [DataRow("08 00", 0, 1)]
        [DataRow("08 01", 1, 1)]
        [DataRow("08 05", 5, 5)]
        [DataRow("08 0F", 15, 15)]
        public void RxTimingSetupReq(string hex, int del, int seconds)
        {
            var value = new RxTimingSetupReq { Delay = (byte)del };
            var buffer = new byte[4];
            AssertEncodes(hex, buffer, value.Encode(buffer, 0));
            var decoded = Decoded<SmartCityNodes.LoRaWan.Mac.RxTimingSetupReq>(Hex(hex), 0);
            Assert.AreEqual(del, decoded.Delay);
            Assert.AreEqual(seconds, decoded.DelaySeconds);
        }

        // DownlinkDwellTime bit 5, UplinkDwellTime bit 4, MaxEIRP bits 3..0
        //   both dwell, index 13 (30 dBm): 0x20 | 0x10 | 0x0D = 0x3D
        //   uplink dwell only, index 5 (16 dBm): 0x10 | 0x05 = 0x15
        //   no dwell, index 0 (8 dBm): 0x00; downlink only, index 15 (36 dBm): 0x2F
        [TestMethod]
        [DataRow("09 3D", true, true, 13, 30)]
        [DataRow("09 15", false, true, 5, 16)]
        [DataRow("09 00", false, false, 0, 8)]
        [DataRow("09 2F", true, false, 15, 36)]
        public void TxParamSetupReq(string hex, bool downlinkDwell, bool uplinkDwell, int eirpIndex, int eirpDbm)
        {
            var value = new TxParamSetupReq { DownlinkDwellTime = downlinkDwell, UplinkDwellTime = uplinkDwell, MaxEirpIndex = (byte)eirpIndex };
            var buffer = new byte[4];
            AssertEncodes(hex, buffer, value.Encode(buffer, 0));
            var decoded = Decoded<SmartCityNodes.LoRaWan.Mac.TxParamSetupReq>(Hex(hex), 0);
            Assert.AreEqual(downlinkDwell, decoded.DownlinkDwellTime);
            Assert.AreEqual(uplinkDwell, decoded.UplinkDwellTime);
            Assert.AreEqual(eirpIndex, decoded.MaxEirpIndex);
            Assert.AreEqual(eirpDbm, decoded.MaxEirpDbm);
        }

        // ChIndex 1, 868 300 000 Hz -> F8 7D 84 (see NewChannelReq); ChIndex 0, 869 525 000 Hz -> D2 AD 84
        [TestMethod]
        [DataRow("0A 01 F8 7D 84", 1, 868300000u)]
        [DataRow("0A 00 D2 AD 84", 0, 869525000u)]
        public void DlChannelReq(string hex, int index, uint frequencyHz)
        {
            var value = new DlChannelReq { ChannelIndex = (byte)index, FrequencyHz = frequencyHz };
            var buffer = new byte[8];
            AssertEncodes(hex, buffer, value.Encode(buffer, 0));
            var decoded = Decoded<SmartCityNodes.LoRaWan.Mac.DlChannelReq>(Hex(hex), 0);
            Assert.AreEqual(index, decoded.ChannelIndex);
            Assert.AreEqual(frequencyHz, decoded.FrequencyHz);
        }

        // Uplink frequency exists bit 1, channel frequency ok bit 0
        [TestMethod]
        [DataRow("0A 03", true, true)]
        [DataRow("0A 01", false, true)]
        [DataRow("0A 02", true, false)]
        public void DlChannelAns(string hex, bool exists, bool frequencyOk)
        {
            var value = new DlChannelAns { UplinkFrequencyExists = exists, ChannelFrequencyOk = frequencyOk };
            var buffer = new byte[4];
            AssertEncodes(hex, buffer, value.Encode(buffer, 0));
            var decoded = Decoded<SmartCityNodes.LoRaWan.Mac.DlChannelAns>(Hex(hex), 0);
            Assert.AreEqual(exists, decoded.UplinkFrequencyExists);
            Assert.AreEqual(frequencyOk, decoded.ChannelFrequencyOk);
        }

        // 1 234 567 890 s = 0x499602D2 -> LE D2 02 96 49; fractional 128/256 s = 500 ms -> 80
        // 0xFFFFFFFF s -> FF FF FF FF; fractional 1/256 s = 3.90625 ms -> 3 ms rounded down
        [TestMethod]
        [DataRow("0D D2 02 96 49 80", 1234567890u, 128, 500)]
        [DataRow("0D FF FF FF FF 01", 0xFFFFFFFFu, 1, 3)]
        public void DeviceTimeAns(string hex, uint seconds, int fraction, int fractionMilliseconds)
        {
            var value = new DeviceTimeAns { GpsSeconds = seconds, FractionalSecond = (byte)fraction };
            var buffer = new byte[8];
            AssertEncodes(hex, buffer, value.Encode(buffer, 0));
            var decoded = Decoded<SmartCityNodes.LoRaWan.Mac.DeviceTimeAns>(Hex(hex), 0);
            Assert.AreEqual(seconds, decoded.GpsSeconds);
            Assert.AreEqual(fraction, decoded.FractionalSecond);
            Assert.AreEqual(fractionMilliseconds, decoded.FractionalMilliseconds);
        }

        // Bare-CID commands: LinkCheckReq 02, DutyCycleAns 04, RXTimingSetupAns 08, TxParamSetupAns 09, DeviceTimeReq 0D
        [TestMethod]
        [DataRow(Cid.LinkCheck, "02")]
        [DataRow(Cid.DutyCycle, "04")]
        [DataRow(Cid.RXTimingSetup, "08")]
        [DataRow(Cid.TxParamSetup, "09")]
        [DataRow(Cid.DeviceTime, "0D")]
        public void EmptyCommands(Cid cid, string hex)
        {
            var buffer = new byte[2];
            AssertEncodes(hex, buffer, EmptyMacCommand.Encode(cid, buffer, 0));
        }

        [TestMethod]
        public void EncodeIntoTooSmallBufferWritesNothing()
        {
            var buffer = new byte[4];
            Assert.AreEqual(0, new LinkAdrReq { DataRate = 1 }.Encode(buffer, 0));
            Assert.AreEqual(0, new DeviceTimeAns { GpsSeconds = 1 }.Encode(buffer, 0));
            Assert.AreEqual(0, new LinkAdrAns().Encode(buffer, 3));
            Assert.AreEqual(0, EmptyMacCommand.Encode(Cid.LinkCheck, buffer, 4));
            CollectionAssert.AreEqual(new byte[4], buffer);
        }

        // Payload lengths from the §5.1..§5.9 layouts, CID excluded; uplink = end-device to network.
        [TestMethod]
        [DataRow(0x02, true, 0)]
        [DataRow(0x02, false, 2)]
        [DataRow(0x03, true, 1)]
        [DataRow(0x03, false, 4)]
        [DataRow(0x04, true, 0)]
        [DataRow(0x04, false, 1)]
        [DataRow(0x05, true, 1)]
        [DataRow(0x05, false, 4)]
        [DataRow(0x06, true, 2)]
        [DataRow(0x06, false, 0)]
        [DataRow(0x07, true, 1)]
        [DataRow(0x07, false, 5)]
        [DataRow(0x08, true, 0)]
        [DataRow(0x08, false, 1)]
        [DataRow(0x09, true, 0)]
        [DataRow(0x09, false, 1)]
        [DataRow(0x0A, true, 1)]
        [DataRow(0x0A, false, 4)]
        [DataRow(0x0D, true, 0)]
        [DataRow(0x0D, false, 5)]
        [DataRow(0x01, false, -1)] // ResetInd/Conf: LoRaWAN 1.1 only
        [DataRow(0x0B, false, -1)] // RFU in 1.0.4
        [DataRow(0x0C, false, -1)]
        [DataRow(0x0E, false, -1)]
        [DataRow(0x10, false, -1)] // class B
        [DataRow(0x80, false, -1)] // proprietary
        [DataRow(0x00, true, -1)]
        public void PayloadLengths(int cid, bool uplink, int expected)
        {
            Assert.AreEqual(expected, MacCommandLength.Payload((byte)cid, uplink));
        }
    }
}
