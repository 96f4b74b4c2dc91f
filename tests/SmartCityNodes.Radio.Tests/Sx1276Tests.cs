// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using SmartCityNodes.Hal.Radio;

namespace SmartCityNodes.Radio.Tests
{
    /// <summary>
    /// SX1276 driver against the register-level model. Expected SPI bytes are derived by hand from the SX1276/77/78/79
    /// datasheet rev 7 §6.4 register map: a write is (address | 0x80, value), a read is (address, 0x00).
    /// </summary>
    [TestClass]
    public sealed class Sx1276Tests : ChipModelTest
    {
        [TestMethod]
        public void Initialize_ResetsChecksVersionAndLeavesLoRaSleepWithPublicSyncWord()
        {
            var rig = new Sx1276Rig();

            Assert.AreEqual(RadioStatus.Ok, rig.Radio.Initialize());

            string[] expected =
            {
                "42 00", // read RegVersion (0x42)
                "81 00", // RegOpMode = FSK Sleep (LongRangeMode may change only in Sleep)
                "81 80", // RegOpMode = LoRa Sleep
                "8E 00", // RegFifoTxBaseAddr (0x0E) = 0
                "8F 00", // RegFifoRxBaseAddr (0x0F) = 0
                "B9 34", // RegSyncWord (0x39) = 0x34, LoRaWAN public
                "8C 23", // RegLna (0x0C) = G1, LnaBoostHf 150 %
            };
            CollectionAssert.AreEqual(expected, rig.Chip.Log);
            Assert.AreEqual(1, rig.Chip.ResetPulses);
            Assert.AreEqual(Sx1276Simulator.ModeSleep, rig.Chip.Mode);
            Assert.IsTrue(rig.Chip.LoRa);
            Assert.AreEqual(0, rig.Chip.Violations.Count, string.Join("; ", rig.Chip.Violations));
        }

        [TestMethod]
        public void Transmit_Eu868Sf7_WritesDatasheetSequenceAndSendsThePayload()
        {
            var rig = new Sx1276Rig().Initialized();

            RadioStatus status = rig.Radio.Transmit(Settings.Uplink(), Settings.FourBytes, 0, 4, out long txEnd);

            Assert.AreEqual(RadioStatus.Ok, status);
            string[] expected =
            {
                "81 81",       // RegOpMode = LoRa Standby (HF band: LowFrequencyModeOn = 0)
                "86 D9 06 66", // RegFrfMsb.. burst: 868.1 MHz × 2^19 / 32 MHz = 868.1 × 16384 = 14222950.4 → 14222950 = 0xD90666
                "9D 72",       // RegModemConfig1: Bw 0111 (125 kHz) << 4 | CodingRate 001 (4/5) << 1 | explicit = 0x72
                "9E 74",       // RegModemConfig2: SF 7 << 4 | RxPayloadCrcOn (0x04) = 0x74
                "A6 04",       // RegModemConfig3: AgcAutoOn; T_sym = 128/125 kHz = 1.024 ms < 16 ms → no LDRO
                "A0 00",       // RegPreambleMsb
                "A1 08",       // RegPreambleLsb = 8
                "B6 03",       // errata §2.1: RegHighBwOptimize1 = 0x03 below 500 kHz
                "B3 27",       // RegInvertIQ = 0x27 (normal IQ for uplinks)
                "BB 1D",       // RegInvertIQ2 = 0x1D (normal)
                "89 FC",       // RegPaConfig: PA_BOOST | MaxPower 7 | OutputPower 12 → 17 - (15 - 12) = 14 dBm
                "CD 84",       // RegPaDac (0x4D) = 0x84, no +20 dBm mode
                "8B 2B",       // RegOcp: OcpOn | (100 - 45) / 5 = 11 → 0x2B (100 mA)
                "8D 00",       // RegFifoAddrPtr = TX base 0
                "A2 04",       // RegPayloadLength = 4
                "80 01 02 03 04", // FIFO burst write
                "C0 40",       // RegDioMapping1: Dio0 = 01 (TxDone)
                "92 FF",       // clear RegIrqFlags
                "81 83",       // RegOpMode = LoRa TX
                "12 00",       // read RegIrqFlags after DIO0 rose
                "92 FF",       // clear them
                "81 80",       // LoRa Sleep
            };
            CollectionAssert.AreEqual(expected, rig.LogAfterImageCalibration());
            CollectionAssert.AreEqual(Settings.FourBytes, rig.Chip.LastTransmitted.Take(rig.Chip.LastTransmittedLength).ToArray());
            Assert.AreEqual(Sx1276Simulator.ModeSleep, rig.Chip.Mode);
            Assert.AreEqual(0, rig.Chip.Violations.Count, string.Join("; ", rig.Chip.Violations));

            // Time on air (§4.1.1.7): T_sym 1.024 ms; preamble (8 + 4.25) × 1.024 = 12.544 ms;
            // payload 8 + ceil((32 - 28 + 28 + 16) / 28) × 5 = 8 + 2 × 5 = 18 symbols = 18.432 ms; total 30.976 ms.
            Assert.AreEqual(30976, rig.Chip.AirMicroseconds);
            Assert.IsTrue(rig.Radio.TransmitTimeMicroseconds >= 30000 && rig.Radio.TransmitTimeMicroseconds <= 32000, rig.Radio.TransmitTimeMicroseconds.ToString());
            // TxEnd: TX starts 60 µs (TS_FS) after the mode write; + 30.976 ms on air, truncated to whole ms.
            Assert.AreEqual((rig.Chip.LastTransmitStartMicroseconds + 30976) / 1000, txEnd);
            Assert.IsTrue(txEnd <= rig.Clock.UptimeMilliseconds);
        }

        [TestMethod]
        public void Receive_Eu868Rx2_WritesDatasheetSequenceAndReturnsPacket()
        {
            var rig = new Sx1276Rig().Initialized();
            rig.Chip.Downlink = Settings.TwelveBytes;
            rig.Chip.DownlinkPacketRssi = 60;
            rig.Chip.DownlinkPacketSnr = 28;
            var buffer = new byte[64];

            RadioPacket packet = new RadioPacket();
            RadioStatus status = rig.Radio.Receive(Settings.Downlink(), buffer, 0, packet);

            Assert.AreEqual(RadioStatus.Ok, status);
            var expected = new List<string>
            {
                "81 81",       // LoRa Standby
                "86 D9 61 99", // 869.525 × 16384 = 14246297.6 → 14246297 = 0xD96199
                "9D 72",       // 125 kHz, 4/5, explicit header
                "9E C0",       // SF 12 << 4, no CRC (downlink), SymbTimeout(9:8) = 0
                "9F 08",       // RegSymbTimeoutLsb = 8 symbols
                "A6 0C",       // T_sym = 4096 / 125 kHz = 32.768 ms ≥ 16 ms → LowDataRateOptimize | AgcAutoOn
                "A0 00",
                "A1 08",
                "B6 03",
                "B3 67",       // RegInvertIQ: bit 6 (InvertIQ RX) set on the reset value 0x27
                "BB 19",       // RegInvertIQ2 = 0x19 with inverted IQ
                "B1 43",       // errata §2.3, BW < 500 kHz: RegDetectOptimize bit 7 cleared, 0xC3 & 0x7F = 0x43
                "B0 00",       // errata §2.3: RegIfFreq2 = 0x00
                "AF 40",       // errata §2.3, 125 kHz: RegIfFreq1 = 0x40
                "8D 00",       // FIFO pointer at the RX base
                "C0 00",       // Dio0 = RxDone, Dio1 = RxTimeout
                "92 FF",
                "81 86",       // RXSINGLE
                "12 00",       // RegIrqFlags
                "13 00",       // RegRxNbBytes
                "10 00",       // RegFifoRxCurrentAddr
                "8D 00",       // RegFifoAddrPtr = current address
                "00" + string.Concat(Enumerable.Repeat(" 00", 12)), // 12-byte FIFO burst read
                "19 00 00",    // RegPktSnrValue, RegPktRssiValue burst
                "92 FF",
                "81 80",
            };
            CollectionAssert.AreEqual(expected, rig.LogAfterImageCalibration());
            Assert.AreEqual(12, packet.Length);
            CollectionAssert.AreEqual(Settings.TwelveBytes, buffer.Take(12).ToArray());

            // §5.5.5, HF port, SNR ≥ 0: RSSI = -157 + 60 = -97 dBm; SNR = 28 / 4 = 7 dB.
            Assert.AreEqual(-97, packet.RssiDbm);
            Assert.AreEqual(7, packet.SnrDb);
            Assert.AreEqual(0, rig.Chip.Violations.Count, string.Join("; ", rig.Chip.Violations));

            // SF12 12 bytes no CRC with LDRO: 8 + ceil((96 - 48 + 28) / 40) × 5 = 18 symbols; (12.25 + 18) × 32.768 = 991.232 ms.
            Assert.AreEqual(991232, rig.Chip.ReceiveMicroseconds);
            Assert.IsTrue(rig.Radio.ReceiveTimeMicroseconds >= 991000 && rig.Radio.ReceiveTimeMicroseconds <= 993000, rig.Radio.ReceiveTimeMicroseconds.ToString());
            Assert.AreEqual(rig.Clock.UptimeMilliseconds, packet.EndMilliseconds);
        }

        [TestMethod]
        public void Receive_NegativeSnr_AddsSnrToRssi()
        {
            var rig = new Sx1276Rig().Initialized();
            rig.Chip.Downlink = Settings.TwelveBytes;
            rig.Chip.DownlinkPacketRssi = 40;
            rig.Chip.DownlinkPacketSnr = 0xEC; // -20 quarter-dB = -5 dB

            RadioPacket packet = new RadioPacket();
            Assert.AreEqual(RadioStatus.Ok, rig.Radio.Receive(Settings.Downlink(), new byte[64], 0, packet));

            // §5.5.5, SNR < 0: -157 + 40 + (-20 × 0.25) = -122 dBm.
            Assert.AreEqual(-122, packet.RssiDbm);
            Assert.AreEqual(-5, packet.SnrDb);
        }

        [TestMethod]
        public void Receive_NoPreamble_ReturnsRxTimeoutAfterSymbolWindow()
        {
            var rig = new Sx1276Rig().Initialized();

            RadioPacket packet = new RadioPacket();
            RadioStatus status = rig.Radio.Receive(Settings.Downlink(), new byte[64], 0, packet);

            Assert.AreEqual(RadioStatus.RxTimeout, status);
            Assert.AreEqual(0, packet.Length);
            CollectionAssert.AreEqual(new[] { "12 00", "92 FF", "81 80" }, rig.Chip.Log.Skip(rig.Chip.Log.Count - 3).ToArray());

            // 8 symbols × 32.768 ms = 262.144 ms in RX.
            Assert.AreEqual(262144, rig.Chip.ReceiveMicroseconds);
            Assert.IsTrue(rig.Radio.ReceiveTimeMicroseconds >= 262000 && rig.Radio.ReceiveTimeMicroseconds <= 264000);
            Assert.AreEqual(Sx1276Simulator.ModeSleep, rig.Chip.Mode);
        }

        [TestMethod]
        public void Receive_WithoutDio1_PollsIrqFlagsAndStillTimesOut()
        {
            var rig = new Sx1276Rig(withDio1: false).Initialized();

            Assert.AreEqual(RadioStatus.RxTimeout, rig.Radio.Receive(Settings.Downlink(), new byte[64], 0, new RadioPacket()));
            Assert.IsTrue(rig.Chip.Log.Count(line => line == "12 00") > 100);
            Assert.AreEqual(0, rig.Chip.Violations.Count);
        }

        [TestMethod]
        // EU868 (RP002-1.0.4 default channels and RX2). Frf = f × 2^19 / 32e6 = f[MHz] × 16384, truncated:
        [DataRow(868100000u, 0xD9, 0x06, 0x66)] // 868.1 × 16384 = 14222950.4 → 14222950 = 0xD90666
        [DataRow(868300000u, 0xD9, 0x13, 0x33)] // 868.3 × 16384 = 14226227.2 → 14226227 = 0xD91333
        [DataRow(868500000u, 0xD9, 0x20, 0x00)] // 868.5 × 16384 = 14229504.0 → 0xD92000
        [DataRow(869525000u, 0xD9, 0x61, 0x99)] // 869.525 × 16384 = 14246297.6 → 14246297 = 0xD96199
        // US915 (uplink channel 0, channel 8 = 903.9, downlink channel 0 = 923.3):
        [DataRow(902300000u, 0xE1, 0x93, 0x33)] // 902.3 × 16384 = 14783283.2 → 14783283 = 0xE19333
        [DataRow(903900000u, 0xE1, 0xF9, 0x99)] // 903.9 × 16384 = 14809497.6 → 14809497 = 0xE1F999
        [DataRow(923300000u, 0xE6, 0xD3, 0x33)] // 923.3 × 16384 = 15127347.2 → 15127347 = 0xE6D333
        public void Transmit_ProgramsFrfForChannel(uint frequencyHz, int msb, int mid, int lsb)
        {
            var rig = new Sx1276Rig().Initialized();

            Assert.AreEqual(RadioStatus.Ok, rig.Radio.Transmit(Settings.Uplink(frequencyHz), Settings.FourBytes, 0, 4, out _));

            Assert.AreEqual((byte)msb, rig.Chip.Register(Sx1276Simulator.RegFrfMsb));
            Assert.AreEqual((byte)mid, rig.Chip.Register(Sx1276Simulator.RegFrfMid));
            Assert.AreEqual((byte)lsb, rig.Chip.Register(Sx1276Simulator.RegFrfLsb));
            Assert.AreEqual((uint)((msb << 16) | (mid << 8) | lsb), SmartCityNodes.Drivers.Radio.Sx127x.Sx127xCalculations.FrequencyToFrf(frequencyHz));
        }

        [TestMethod]
        // T_sym = 2^SF / BW; LowDataRateOptimize (RegModemConfig3 bit 3) when T_sym ≥ 16 ms, AgcAutoOn (bit 2) always.
        [DataRow(12, 125000, 0x0C)] // 4096 / 125 kHz = 32.768 ms
        [DataRow(11, 125000, 0x0C)] // 2048 / 125 kHz = 16.384 ms
        [DataRow(10, 125000, 0x04)] // 1024 / 125 kHz = 8.192 ms
        [DataRow(12, 250000, 0x0C)] // 4096 / 250 kHz = 16.384 ms
        [DataRow(11, 250000, 0x04)] // 2048 / 250 kHz = 8.192 ms
        [DataRow(12, 500000, 0x04)] // 4096 / 500 kHz = 8.192 ms
        public void Transmit_SetsLowDataRateOptimizeFromSymbolTime(int sf, int bandwidthHz, int modemConfig3)
        {
            var rig = new Sx1276Rig().Initialized();

            Assert.AreEqual(RadioStatus.Ok, rig.Radio.Transmit(Settings.Uplink(903900000, sf, bandwidthHz), Settings.FourBytes, 0, 4, out _));

            Assert.AreEqual((byte)modemConfig3, rig.Chip.Register(Sx1276Simulator.RegModemConfig3));
            Assert.AreEqual(0, rig.Chip.Violations.Count, string.Join("; ", rig.Chip.Violations));
        }

        [TestMethod]
        public void Receive_125kHzThen500kHz_AppliesErrata23SpuriousReceptionSettings()
        {
            var rig = new Sx1276Rig().Initialized();
            rig.Chip.Downlink = Settings.TwelveBytes;

            // EU868 RX2 at 125 kHz: errata §2.3 → RegDetectOptimize 0xC3 & 0x7F = 0x43, RegIfFreq2 0x00, RegIfFreq1 0x40.
            Assert.AreEqual(RadioStatus.Ok, rig.Radio.Receive(Settings.Downlink(), new byte[64], 0, new RadioPacket()));
            Assert.AreEqual((byte)0x43, rig.Chip.Register(0x31));
            Assert.AreEqual((byte)0x00, rig.Chip.Register(0x30));
            Assert.AreEqual((byte)0x40, rig.Chip.Register(0x2F));

            // US915 RX1 at 500 kHz (923.3 MHz, SF7): errata §2.3 → bit 7 set again, 0x43 | 0x80 = 0xC3.
            Assert.AreEqual(RadioStatus.Ok, rig.Radio.Receive(Settings.Downlink(923300000, 7, 500000), new byte[64], 0, new RadioPacket()));
            Assert.AreEqual((byte)0xC3, rig.Chip.Register(0x31));
            Assert.AreEqual(0, rig.Chip.Violations.Count, string.Join("; ", rig.Chip.Violations));
        }

        [TestMethod]
        public void Transmit_500kHz_AppliesErrataHighBandwidthOptimisation()
        {
            var rig = new Sx1276Rig().Initialized();

            // US915 DR4 uplink: SF8 / 500 kHz on 903.0 MHz (channel 65).
            Assert.AreEqual(RadioStatus.Ok, rig.Radio.Transmit(Settings.Uplink(903000000, 8, 500000), Settings.FourBytes, 0, 4, out _));

            Assert.AreEqual((byte)0x02, rig.Chip.Register(Sx1276Simulator.RegHighBwOptimize1));
            Assert.AreEqual((byte)0x64, rig.Chip.Register(Sx1276Simulator.RegHighBwOptimize2));
            Assert.AreEqual((byte)0x92, rig.Chip.Register(Sx1276Simulator.RegModemConfig1)); // Bw 1001 << 4 | 4/5
        }

        [TestMethod]
        // PA_BOOST: Pout = 17 - (15 - OutputPower) → RegPaConfig = 0x80 | 0x70 | (P - 2); RegOcp 0x2B = 100 mA.
        [DataRow(2, 0xF0, 0x84, 0x2B)]
        [DataRow(14, 0xFC, 0x84, 0x2B)]
        [DataRow(17, 0xFF, 0x84, 0x2B)]
        // +20 dBm mode (§5.4.3): RegPaDac 0x87, Pout = 20 - (15 - OutputPower) → OutputPower = P - 5;
        // OCP 140 mA: OcpTrim = (140 + 30) / 10 = 17 = 0x11 → RegOcp = 0x20 | 0x11 = 0x31.
        [DataRow(18, 0xFD, 0x87, 0x31)]
        [DataRow(20, 0xFF, 0x87, 0x31)]
        public void Transmit_PaBoostPowerRegisters(int powerDbm, int paConfig, int paDac, int ocp)
        {
            var rig = new Sx1276Rig().Initialized();

            Assert.AreEqual(RadioStatus.Ok, rig.Radio.Transmit(Settings.Uplink(powerDbm: powerDbm), Settings.FourBytes, 0, 4, out _));

            Assert.AreEqual((byte)paConfig, rig.Chip.Register(Sx1276Simulator.RegPaConfig));
            Assert.AreEqual((byte)paDac, rig.Chip.Register(Sx1276Simulator.RegPaDac));
            Assert.AreEqual((byte)ocp, rig.Chip.Register(Sx1276Simulator.RegOcp));
        }

        [TestMethod]
        // RFO: Pmax = 10.8 + 0.6 MaxPower; MaxPower 7 → 15 dBm, Pout = OutputPower; below 0 dBm MaxPower 0, OutputPower = P + 4.
        [DataRow(14, 0x7E)]
        [DataRow(0, 0x70)]
        [DataRow(-1, 0x03)]
        [DataRow(-4, 0x00)]
        public void Transmit_RfoPowerRegisters(int powerDbm, int paConfig)
        {
            var board = SmartCityNodes.Boards.TtgoLoRa32V21.CreateRadioProfile();
            board.PaOutput = SmartCityNodes.Drivers.Radio.Sx127x.PaOutput.Rfo;
            board.MaxPowerDbm = 15;
            var rig = new Sx1276Rig(board: board).Initialized();

            Assert.AreEqual(RadioStatus.Ok, rig.Radio.Transmit(Settings.Uplink(powerDbm: powerDbm), Settings.FourBytes, 0, 4, out _));

            Assert.AreEqual((byte)paConfig, rig.Chip.Register(Sx1276Simulator.RegPaConfig));
            Assert.AreEqual((byte)0x84, rig.Chip.Register(Sx1276Simulator.RegPaDac));
        }

        [TestMethod]
        [DataRow(15)] // RegPaConfig: "RFO pin. Maximum power of +14 dBm"
        [DataRow(-5)] // MaxPower 0, OutputPower 0 gives -4.2 dBm at best
        public void Transmit_RfoPowerOutOfRange_ReturnsInvalidPower(int powerDbm)
        {
            var board = SmartCityNodes.Boards.TtgoLoRa32V21.CreateRadioProfile();
            board.PaOutput = SmartCityNodes.Drivers.Radio.Sx127x.PaOutput.Rfo;
            var rig = new Sx1276Rig(board: board).Initialized();

            Assert.AreEqual(RadioStatus.InvalidPower, rig.Radio.Transmit(Settings.Uplink(powerDbm: powerDbm), Settings.FourBytes, 0, 4, out _));
            Assert.AreEqual(0, rig.Chip.Log.Count);
        }

        [TestMethod]
        // §5.4.4: Imax = 45 + 5 × OcpTrim (≤ 120 mA), -30 + 10 × OcpTrim (130..240 mA), OcpOn = 0x20.
        [DataRow(45, 0x20)]
        [DataRow(100, 0x2B)]  // trim 11
        [DataRow(120, 0x2F)]  // trim 15
        [DataRow(130, 0x30)]  // trim 16
        [DataRow(240, 0x3B)]  // trim 27
        public void OcpRegister_FollowsDatasheetFormula(int milliamps, int expected)
        {
            Assert.AreEqual((byte)expected, SmartCityNodes.Drivers.Radio.Sx127x.Sx127xCalculations.OcpRegister(milliamps));
        }

        [TestMethod]
        public void Random_ReadsWidebandRssiInContinuousRxAndSleeps()
        {
            var rig = new Sx1276Rig().Initialized();

            uint first = rig.Radio.Random();
            uint second = rig.Radio.Random();

            Assert.AreNotEqual(first, second);
            Assert.AreEqual(64, rig.Chip.Log.Count(line => line == "2C 00")); // 32 reads of RegRssiWideband per call
            Assert.IsTrue(rig.Chip.Log.Contains("81 85")); // RXCONTINUOUS
            Assert.AreEqual(Sx1276Simulator.ModeSleep, rig.Chip.Mode);
            Assert.IsTrue(rig.Radio.ReceiveTimeMicroseconds >= 64000);
        }
    }
}
