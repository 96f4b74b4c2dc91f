// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using SmartCityNodes.Drivers.Radio.Sx126x;
using SmartCityNodes.Hal.Radio;

namespace SmartCityNodes.Radio.Tests
{
    /// <summary>
    /// SX1262 driver against the command-level model (Heltec WiFi LoRa 32 V3 profile). Expected SPI bytes are derived by
    /// hand from DS_SX1261-2 V2.1 §13: opcode first, then the parameters MSB first; reads clock NOPs for the status byte.
    /// </summary>
    [TestClass]
    public sealed class Sx1262Tests : ChipModelTest
    {
        [TestMethod]
        public void Initialize_ConfiguresBoardAndSleepsWarm()
        {
            var rig = new Sx1262Rig();

            Assert.AreEqual(RadioStatus.Ok, rig.Radio.Initialize());

            string[] expected =
            {
                "1D 07 40 00 00 00",          // ReadRegister 0x0740..0x0741 → reset value 0x14 0x24 (identity check)
                "80 00",                      // SetStandby(STDBY_RC)
                "97 02 00 01 40",             // SetDIO3AsTCXOCtrl(1.8 V = 0x02, 5000 µs / 15.625 µs = 320 = 0x000140)
                "89 7F",                      // Calibrate(all blocks)
                "07 00 00",                   // ClearDeviceErrors
                "96 01",                      // SetRegulatorMode(DC-DC)
                "9D 01",                      // SetDIO2AsRfSwitchCtrl(enable)
                "8A 01",                      // SetPacketType(LoRa)
                "8F 00 00",                   // SetBufferBaseAddress(0, 0)
                "0D 07 40 34 44",             // WriteRegister 0x0740 = 0x34 0x44 (public sync word)
                "1D 08 D8 00 00",             // ReadRegister TxClampConfig
                "0D 08 D8 DE",                // §15.2: 0xC8 | 0x1E = 0xDE
                "08 02 63 02 63 00 00 00 00", // SetDioIrqParams: TxDone|RxDone|HeaderErr|CrcErr|Timeout = 0x0263 on IRQ and DIO1
                "02 03 FF",                   // ClearIrqStatus(all)
                "84 04",                      // SetSleep(warm start)
            };
            CollectionAssert.AreEqual(expected, rig.Chip.Log);
            Assert.AreEqual(Sx1262Simulator.ChipState.Sleep, rig.Chip.State);
            Assert.IsTrue(rig.Chip.TcxoEnabled);
            Assert.IsTrue(rig.Chip.Dio2RfSwitch);
            Assert.AreEqual(1, rig.Chip.ResetPulses);
            Assert.AreEqual(0, rig.Chip.Violations.Count, string.Join("; ", rig.Chip.Violations));
        }

        [TestMethod]
        public void Transmit_Eu868Sf7_SendsDatasheetCommandsAndPayload()
        {
            var rig = new Sx1262Rig().Initialized();

            RadioStatus status = rig.Radio.Transmit(Settings.Uplink(), Settings.FourBytes, 0, 4, out long txEnd);

            Assert.AreEqual(RadioStatus.Ok, status);
            string[] expected =
            {
                "C0 00",                // GetStatus: the NSS edge wakes the chip from Sleep
                "80 00",                // SetStandby(STDBY_RC)
                "98 D7 DB",             // CalibrateImage 863-870 MHz (Table 9-2)
                "86 36 41 99 99",       // SetRfFrequency: 868.1 × 2^25 / 32 = 868.1 × 1048576 = 910268825.6 → 910268825 = 0x36419999
                "95 02 02 00 01",       // SetPaConfig +14 dBm row (Table 13-21): paDutyCycle 2, hpMax 2, SX1262, paLut 1
                "8E 16 04",             // SetTxParams(+22 dBm as the table asks, ramp 200 µs)
                "8B 07 04 01 00",       // SetModulationParams(SF7, BW 125 kHz, CR 4/5, LDRO off)
                "8C 00 08 00 04 01 00", // SetPacketParams(preamble 8, explicit, 4 bytes, CRC on, standard IQ)
                "1D 07 36 00 00",       // §15.4 read 0x0736
                "0D 07 36 0D",          // standard IQ: 0x0D | 0x04 = 0x0D
                "1D 08 89 00 00",       // §15.1 read 0x0889
                "0D 08 89 04",          // BW ≠ 500 kHz: 0x00 | 0x04 = 0x04
                "0E 00 01 02 03 04",    // WriteBuffer(offset 0, payload)
                "02 03 FF",             // ClearIrqStatus(all)
                // SetTx timeout: airtime 30.976 ms → 31 ms; margin 31 / 10 + 20 = 23 ms; chip timer 31 + 23 / 2 = 42 ms
                // = 42000 µs / 15.625 µs = 2688 = 0x000A80.
                "83 00 0A 80",
                "12 00 00 00",          // GetIrqStatus after DIO1 rose
                "02 03 FF",             // ClearIrqStatus(all)
                "84 04",                // SetSleep(warm start)
            };
            CollectionAssert.AreEqual(expected, rig.Chip.Log);
            CollectionAssert.AreEqual(Settings.FourBytes, rig.Chip.LastTransmitted.Take(rig.Chip.LastTransmittedLength).ToArray());
            Assert.AreEqual(Sx1262Simulator.ChipState.Sleep, rig.Chip.State);
            Assert.AreEqual(0, rig.Chip.Violations.Count, string.Join("; ", rig.Chip.Violations));
            Assert.AreEqual(30976, rig.Chip.AirMicroseconds);
            Assert.IsTrue(rig.Radio.TransmitTimeMicroseconds >= 30000 && rig.Radio.TransmitTimeMicroseconds <= 32000, rig.Radio.TransmitTimeMicroseconds.ToString());

            // TxEnd: the chip sends after the 5 ms TCXO start (§13.3.6) for 30.976 ms, truncated to whole ms.
            Assert.AreEqual((rig.Chip.LastTransmitStartMicroseconds + 30976) / 1000, txEnd);
            Assert.IsTrue(txEnd <= rig.Clock.UptimeMilliseconds);
        }

        [TestMethod]
        public void Receive_Eu868Rx2_SendsDatasheetCommandsAndReturnsPacket()
        {
            var rig = new Sx1262Rig().Initialized();
            rig.Chip.Downlink = Settings.TwelveBytes;
            rig.Chip.DownlinkRssiPkt = 180;
            rig.Chip.DownlinkSnrPkt = 0xF6;
            var buffer = new byte[70];

            RadioPacket packet = new RadioPacket();
            RadioStatus status = rig.Radio.Receive(Settings.Downlink(), buffer, 3, packet);

            Assert.AreEqual(RadioStatus.Ok, status);
            var expected = new List<string>
            {
                "C0 00",
                "80 00",
                "98 D7 DB",             // CalibrateImage 863-870 MHz
                "86 36 58 66 66",       // 869.525 × 1048576 = 911763046.4 → 911763046 = 0x36586666
                "8B 0C 04 01 01",       // SF12, 125 kHz, 4/5, LDRO on (T_sym 32.768 ms ≥ 16 ms)
                "8C 00 08 00 40 00 01", // preamble 8, explicit, max 64 bytes, no CRC, inverted IQ
                "1D 07 36 00 00",
                "0D 07 36 09",          // §15.4 inverted IQ: 0x0D & ~0x04 = 0x09
                "A0 08",                // SetLoRaSymbNumTimeout(8): mantissa (8 + 1) >> 1 = 4, exponent 0 → 4 << 1 = 8
                "0D 07 06 20",          // register 0x0706 = exponent 0 + (4 << 3) = 0x20
                "02 03 FF",
                // SetRx timer (§13.1.5/§13.1.6: it stops only at header detection): window 8 + preamble 8 + sync 4.25→5
                // + header block 8 + 2 spare = 31 symbols × 32768 µs = 1015808 µs / 15.625 = 65011.712 → 65012 = 0x00FDF4.
                "82 00 FD F4",
                "12 00 00 00",          // GetIrqStatus
                "13 00 00 00",          // GetRxBufferStatus
                "1E 00 00" + string.Concat(Enumerable.Repeat(" 00", 12)), // ReadBuffer(start 0, 12 bytes)
                "14 00 00 00 00",       // GetPacketStatus
                "02 03 FF",
                "80 00",
                "84 04",
            };
            CollectionAssert.AreEqual(expected, rig.Chip.Log);
            Assert.AreEqual(12, packet.Length);
            CollectionAssert.AreEqual(Settings.TwelveBytes, buffer.Skip(3).Take(12).ToArray());

            // §13.5.3: RSSI = -RssiPkt / 2 = -180 / 2 = -90 dBm; SNR = SnrPkt / 4 = -10 / 4 = -2.5 → -2 dB (nearest, halves up).
            Assert.AreEqual(-90, packet.RssiDbm);
            Assert.AreEqual(-2, packet.SnrDb);
            Assert.AreEqual(0, rig.Chip.Violations.Count, string.Join("; ", rig.Chip.Violations));
            Assert.AreEqual(991232, rig.Chip.ReceiveMicroseconds); // same 12-byte SF12 downlink as the SX1276 test
            Assert.IsTrue(rig.Radio.ReceiveTimeMicroseconds >= 991000 && rig.Radio.ReceiveTimeMicroseconds <= 993000, rig.Radio.ReceiveTimeMicroseconds.ToString());
        }

        [TestMethod]
        public void Receive_PreambleLateInWindow_TimerDoesNotAbortBeforeHeader()
        {
            // The preamble starts in symbol 7 of the 8-symbol window: 7 × 32768 µs = 229376 µs. With the SetRx timer
            // running until header detection (§13.1.6 default), the header comes (8 + 4.25 + 8) × 32768 µs = 663552 µs
            // later, at 892928 µs; a timer of only window + 2 symbols (327680 µs) would abort this packet (§13.1.5).
            var rig = new Sx1262Rig().Initialized();
            rig.Chip.Downlink = Settings.TwelveBytes;
            rig.Chip.DownlinkArrivalMicroseconds = 229376;
            var buffer = new byte[64];

            RadioPacket packet = new RadioPacket();
            RadioStatus status = rig.Radio.Receive(Settings.Downlink(), buffer, 0, packet);

            Assert.AreEqual(RadioStatus.Ok, status);
            Assert.AreEqual(12, packet.Length);
            CollectionAssert.AreEqual(Settings.TwelveBytes, buffer.Take(12).ToArray());
            Assert.AreEqual(0, rig.Chip.Violations.Count, string.Join("; ", rig.Chip.Violations));
        }

        [TestMethod]
        // SymbNum as mantissa m (≤ 31) × 2^(2e + 1), m = (n + 1) >> 1 then m = (m + 3) >> 2 per exponent step while m > 31;
        // register 0x0706 = e + (m << 3). Counts above 248 (= 31 << 3) are clamped to 248.
        [DataRow(5, 0x06, 0x18)]    // m = 3, e = 0 → 3 << 1 = 6; 0 + 24 = 0x18
        [DataRow(62, 0x3E, 0xF8)]   // m = 31, e = 0 → 62 = 0x3E; 31 << 3 = 248 = 0xF8
        [DataRow(63, 0x40, 0x41)]   // m = 32 → (35 >> 2) = 8, e = 1 → 8 << 3 = 64 = 0x40; 1 + 64 = 0x41
        [DataRow(100, 0x68, 0x69)]  // m = 50 → (53 >> 2) = 13, e = 1 → 13 << 3 = 104 = 0x68; 1 + 104 = 0x69
        [DataRow(300, 0x00, 0x00)]  // over 248: SymbNum 0 (count off), mirror 0x00; the SetRx timer closes the window (§13.1.5)
        public void Receive_EncodesSymbNumAsMantissaExponent(int symbolTimeout, int command, int register)
        {
            var rig = new Sx1262Rig().Initialized();

            Assert.AreEqual(RadioStatus.RxTimeout, rig.Radio.Receive(Settings.Downlink(sf: 7, symbolTimeout: symbolTimeout), new byte[64], 0, new RadioPacket()));

            CollectionAssert.Contains(rig.Chip.Log, $"A0 {command:X2}");
            CollectionAssert.Contains(rig.Chip.Log, $"0D 07 06 {register:X2}");
            Assert.AreEqual(0, rig.Chip.Violations.Count, string.Join("; ", rig.Chip.Violations));
        }

        [TestMethod]
        public void Receive_NoPreamble_ReturnsRxTimeoutAfterSymbolWindow()
        {
            var rig = new Sx1262Rig().Initialized();

            RadioPacket packet = new RadioPacket();
            Assert.AreEqual(RadioStatus.RxTimeout, rig.Radio.Receive(Settings.Downlink(), new byte[64], 0, packet));

            Assert.AreEqual(0, packet.Length);
            Assert.AreEqual(262144, rig.Chip.ReceiveMicroseconds); // SymbNum 8 × 32.768 ms
            Assert.AreEqual(Sx1262Simulator.ChipState.Sleep, rig.Chip.State);
            Assert.AreEqual(0, rig.Chip.Violations.Count, string.Join("; ", rig.Chip.Violations));
        }

        [TestMethod]
        // SetRfFrequency argument = f × 2^25 / 32e6 = f[MHz] × 1048576, truncated.
        [DataRow(868100000u, "36 41 99 99")] // 868.1 × 1048576 = 910268825.6 → 910268825 = 0x36419999
        [DataRow(868300000u, "36 44 CC CC")] // 868.3 × 1048576 = 910478540.8 → 910478540 = 0x3644CCCC
        [DataRow(868500000u, "36 48 00 00")] // 868.5 × 1048576 = 910688256 = 0x36480000
        [DataRow(869525000u, "36 58 66 66")] // 869.525 × 1048576 = 911763046.4 → 0x36586666
        [DataRow(902300000u, "38 64 CC CC")] // 902.3 × 1048576 = 946130124.8 → 946130124 = 0x3864CCCC
        [DataRow(903900000u, "38 7E 66 66")] // 903.9 × 1048576 = 947807846.4 → 947807846 = 0x387E6666
        [DataRow(923300000u, "39 B4 CC CC")] // 923.3 × 1048576 = 968150220.8 → 968150220 = 0x39B4CCCC
        public void Transmit_ProgramsRfFrequencyForChannel(uint frequencyHz, string expected)
        {
            var rig = new Sx1262Rig().Initialized();

            Assert.AreEqual(RadioStatus.Ok, rig.Radio.Transmit(Settings.Uplink(frequencyHz), Settings.FourBytes, 0, 4, out _));

            Assert.IsTrue(rig.Chip.Log.Contains("86 " + expected), string.Join(" | ", rig.Chip.Log));
            Assert.AreEqual(Convert.ToUInt32(expected.Replace(" ", string.Empty), 16), Sx126xCalculations.FrequencyToRfFrequency(frequencyHz));
            Assert.AreEqual(0, rig.Chip.Violations.Count, string.Join("; ", rig.Chip.Violations));
        }

        [TestMethod]
        // Table 13-21 rows for the SX1262, each with SetTxParams +22 dBm; between rows the next row up, power lowered by the gap.
        [DataRow(22, 0x04, 0x07, 22)]
        [DataRow(20, 0x03, 0x05, 22)]
        [DataRow(17, 0x02, 0x03, 22)]
        [DataRow(14, 0x02, 0x02, 22)]
        [DataRow(21, 0x04, 0x07, 21)]
        [DataRow(16, 0x02, 0x03, 21)]
        [DataRow(10, 0x02, 0x02, 18)]
        [DataRow(-9, 0x02, 0x02, -1)]
        public void PaTable_UsesDatasheetRows(int powerDbm, int paDutyCycle, int hpMax, int txPower)
        {
            Assert.IsTrue(Sx1262.PaTable(powerDbm, out byte duty, out byte hp, out int power));
            Assert.AreEqual((byte)paDutyCycle, duty);
            Assert.AreEqual((byte)hpMax, hp);
            Assert.AreEqual(txPower, power);
        }

        [TestMethod]
        [DataRow(23)]
        [DataRow(-10)]
        public void PaTable_RejectsPowerOutsideChipRange(int powerDbm)
        {
            Assert.IsFalse(Sx1262.PaTable(powerDbm, out _, out _, out _));
        }

        [TestMethod]
        // §9.2.1 Table 9-2.
        [DataRow(868100000u, 0xD7, 0xDB)]
        [DataRow(869525000u, 0xD7, 0xDB)]
        [DataRow(902300000u, 0xE1, 0xE9)]
        [DataRow(923300000u, 0xE1, 0xE9)]
        [DataRow(779500000u, 0xC1, 0xC5)]
        [DataRow(470300000u, 0x75, 0x81)]
        [DataRow(433175000u, 0x6B, 0x6F)]
        public void ImageCalibration_UsesDatasheetTable(uint frequencyHz, int freq1, int freq2)
        {
            Sx126xCalculations.ImageCalibration(frequencyHz, out byte f1, out byte f2);
            Assert.AreEqual((byte)freq1, f1);
            Assert.AreEqual((byte)freq2, f2);
        }

        [TestMethod]
        // 15.625 µs steps, rounded up: steps = ceil(µs × 64 / 1000).
        [DataRow(42000L, 2688)]   // 42000 / 15.625 = 2688
        [DataRow(5000L, 320)]     // 5000 / 15.625 = 320
        [DataRow(16L, 2)]         // 1.024 → 2
        [DataRow(15L, 1)]         // 0.96 → 1
        [DataRow(300000000L, 0xFFFFFE)] // capped below 0xFFFFFF (continuous RX)
        public void MicrosecondsToSteps_RoundsUp(long microseconds, int steps)
        {
            Assert.AreEqual(steps, Sx126xCalculations.MicrosecondsToSteps(microseconds));
        }

        [TestMethod]
        public void Transmit_CalibratesImageOncePerBand()
        {
            var rig = new Sx1262Rig().Initialized();

            Assert.AreEqual(RadioStatus.Ok, rig.Radio.Transmit(Settings.Uplink(868100000), Settings.FourBytes, 0, 4, out _));
            Assert.AreEqual(RadioStatus.Ok, rig.Radio.Transmit(Settings.Uplink(868300000), Settings.FourBytes, 0, 4, out _));
            Assert.AreEqual(RadioStatus.Ok, rig.Radio.Transmit(Settings.Uplink(903900000), Settings.FourBytes, 0, 4, out _));

            Assert.AreEqual(1, rig.Chip.Log.Count(line => line == "98 D7 DB"));
            Assert.AreEqual(1, rig.Chip.Log.Count(line => line == "98 E1 E9"));
            Assert.AreEqual(0, rig.Chip.Violations.Count, string.Join("; ", rig.Chip.Violations));
        }

        [TestMethod]
        public void Transmit_500kHz_ClearsTxModulationBit()
        {
            var rig = new Sx1262Rig().Initialized();

            // US915 DR4: SF8 / 500 kHz; §15.1 wants bit 2 of 0x0889 = 0 (the model flags it otherwise).
            Assert.AreEqual(RadioStatus.Ok, rig.Radio.Transmit(Settings.Uplink(903000000, 8, 500000), Settings.FourBytes, 0, 4, out _));

            Assert.IsTrue(rig.Chip.Log.Contains("0D 08 89 00"));
            Assert.IsTrue(rig.Chip.Log.Contains("8B 08 06 01 00"));
            Assert.AreEqual(0, rig.Chip.Violations.Count, string.Join("; ", rig.Chip.Violations));
        }

        [TestMethod]
        public void Receive_AfterTransmit_RestoresStandardIqBitForTheNextUplink()
        {
            var rig = new Sx1262Rig().Initialized();

            Assert.AreEqual(RadioStatus.RxTimeout, rig.Radio.Receive(Settings.Downlink(), new byte[64], 0, new RadioPacket()));
            Assert.AreEqual((byte)0x09, rig.Chip.Register(0x0736));
            Assert.AreEqual(RadioStatus.Ok, rig.Radio.Transmit(Settings.Uplink(), Settings.FourBytes, 0, 4, out _));

            Assert.AreEqual((byte)0x0D, rig.Chip.Register(0x0736));
            Assert.AreEqual(0, rig.Chip.Violations.Count, string.Join("; ", rig.Chip.Violations));
        }

        [TestMethod]
        public void Random_RunsContinuousRxReadsGeneratorAndSleeps()
        {
            var rig = new Sx1262Rig().Initialized();

            uint first = rig.Radio.Random();
            uint second = rig.Radio.Random();

            Assert.AreNotEqual(first, second);
            Assert.IsTrue(rig.Chip.Log.Contains("82 FF FF FF"));
            Assert.IsTrue(rig.Chip.Log.Contains("1D 08 19 00 00 00 00 00"));
            Assert.AreEqual(Sx1262Simulator.ChipState.Sleep, rig.Chip.State);
            Assert.AreEqual(0, rig.Chip.Violations.Count, string.Join("; ", rig.Chip.Violations));
        }
    }
}
