// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using SmartCityNodes.Boards;
using SmartCityNodes.Hal.Radio;

namespace SmartCityNodes.Radio.Tests
{
    /// <summary>
    /// The three things issue 16 found missing, each checked twice: the driver does it (exact SPI bytes and timing), and
    /// the chip model flags a driver that skips or misorders it (a scripted "bad driver" talking SPI to the model).
    /// Sources: SX1276 datasheet rev 7 §4.2.3.8 (image calibration, FSK Standby, RegImageCal bits) and LoRaMac-node's
    /// RxChainCalibration (PA cut, 868 MHz for the HF port); LoRaMac-node SX126xGetRandom, Semtech sx126x_driver
    /// sx126x_get_random_numbers and RadioLib randomByte (0x08E2 bit 0 and 0x08E5 bit 7 cleared around the RNG read);
    /// DS_SX1261-2 V2.1 §13.3.6 (TCXO started on the way out of STDBY_RC, after the programmed delay).
    /// </summary>
    [TestClass]
    public sealed class StartupCalibrationAndRandomTests : ChipModelTest
    {
        // ---- SX1276 image calibration: the driver ----

        [TestMethod]
        public void Sx1276_CalibratesOncePerBandAndAgainAfterEachReset()
        {
            var rig = new Sx1276Rig().Initialized();
            Assert.AreEqual(0, rig.Chip.ImageCalibrations, "Initialize alone does not know the band yet");

            Assert.AreEqual(RadioStatus.Ok, rig.Radio.Transmit(Settings.Uplink(868100000), Settings.FourBytes, 0, 4, out _));
            Assert.AreEqual(1, rig.Chip.ImageCalibrations);
            Assert.AreEqual(868.3e6, rig.Chip.CalibratedHighPortHz, 61.0, "868.3 MHz (within one 61 Hz Frf step) for the 863-870 MHz band (§4.2.3.8)");

            Assert.AreEqual(RadioStatus.RxTimeout, rig.Radio.Receive(Settings.Downlink(869525000), new byte[64], 0, new RadioPacket()));
            Assert.AreEqual(1, rig.Chip.ImageCalibrations, "RX2 at 869.525 MHz is in the same band: no second calibration before a window");

            Assert.AreEqual(RadioStatus.Ok, rig.Radio.Transmit(Settings.Uplink(902300000), Settings.FourBytes, 0, 4, out _));
            Assert.AreEqual(2, rig.Chip.ImageCalibrations, "902-928 MHz is another band");
            Assert.AreEqual(915e6, rig.Chip.CalibratedHighPortHz, 61.0);
            Assert.AreEqual(RadioStatus.RxTimeout, rig.Radio.Receive(Settings.Downlink(927500000, sf: 7, bandwidthHz: 500000, symbolTimeout: 20), new byte[64], 0, new RadioPacket()));
            Assert.AreEqual(2, rig.Chip.ImageCalibrations, "US915 RX1 at 927.5 MHz uses the 915 MHz calibration");

            Assert.AreEqual(RadioStatus.Ok, rig.Radio.Initialize());
            Assert.AreEqual(RadioStatus.Ok, rig.Radio.Transmit(Settings.Uplink(902300000), Settings.FourBytes, 0, 4, out _));
            Assert.AreEqual(3, rig.Chip.ImageCalibrations, "a reset leaves only the LF port calibrated (§4.2.3.8)");

            // Each calibration lasts the model's 10 ms: the driver polls ImageCalRunning every 100 µs and counts the time.
            Assert.AreEqual(3 * Sx1276Simulator.ImageCalibrationMicroseconds, rig.Radio.ImageCalibrationMicroseconds);
        }

        // ---- SX1276 image calibration: the model catches a driver that skips or misorders it ----

        private static Sx1276Simulator LoRaSleepModel(VirtualClock clock)
        {
            var chip = new Sx1276Simulator(clock) { ViolationsExpected = true };
            chip.Write(new byte[] { 0x81, 0x00 }, 0, 2); // FSK Sleep (reset leaves FSK Standby)
            return chip;
        }

        [TestMethod]
        public void Sx1276Model_ReceiveWithoutCalibrationIsAViolation()
        {
            var clock = new VirtualClock();
            Sx1276Simulator chip = LoRaSleepModel(clock);
            chip.Write(new byte[] { 0x81, 0x80 }, 0, 2);             // LoRa Sleep
            chip.Write(new byte[] { 0x81, 0x81 }, 0, 2);             // LoRa Standby
            chip.Write(new byte[] { 0x86, 0xD9, 0x06, 0x66 }, 0, 4); // 868.1 MHz
            chip.Write(new byte[] { 0x81, 0x86 }, 0, 2);             // RXSINGLE

            Assert.IsTrue(chip.Violations.Any(v => v.Contains("without an image calibration")), string.Join("; ", chip.Violations));
        }

        [TestMethod]
        [DataRow("sleep", "ImageCalStart outside FSK Standby")]
        [DataRow("pa", "PA not cut")]
        [DataRow("mode while running", "written while ImageCalRunning")]
        [DataRow("frf while running", "written while ImageCalRunning")]
        public void Sx1276Model_MisorderedCalibrationIsAViolation(string mistake, string expected)
        {
            var clock = new VirtualClock();
            Sx1276Simulator chip = LoRaSleepModel(clock);
            if (mistake != "sleep")
            {
                chip.Write(new byte[] { 0x81, 0x01 }, 0, 2); // FSK Standby
            }

            if (mistake != "pa")
            {
                chip.Write(new byte[] { 0x89, 0x00 }, 0, 2); // RegPaConfig = 0
            }

            chip.Write(new byte[] { 0xBB, 0xC2 }, 0, 2);     // RegImageCal: ImageCalStart
            if (mistake == "mode while running")
            {
                chip.Write(new byte[] { 0x81, 0x00 }, 0, 2);
            }
            else if (mistake == "frf while running")
            {
                chip.Write(new byte[] { 0x86, 0xE4, 0xC0, 0x00 }, 0, 4);
            }

            Assert.IsTrue(chip.Violations.Any(v => v.Contains(expected)), string.Join("; ", chip.Violations));
        }

        [TestMethod]
        public void Sx1276Model_ImageCalStartWrittenInLoRaModeHitsRegInvertIq2AndCalibratesNothing()
        {
            var clock = new VirtualClock();
            Sx1276Simulator chip = LoRaSleepModel(clock);
            chip.Write(new byte[] { 0x81, 0x80 }, 0, 2); // LoRa Sleep
            chip.Write(new byte[] { 0x81, 0x81 }, 0, 2); // LoRa Standby
            chip.Write(new byte[] { 0xBB, 0xC2 }, 0, 2); // 0x3B in LoRa mode is RegInvertIQ2

            Assert.AreEqual(0, chip.ImageCalibrations);
            Assert.AreEqual((byte)0xC2, chip.Register(0x3B));
        }

        [TestMethod]
        public void Sx1276Model_ImageCalRunningReadsOneUntilTheCalibrationEnds()
        {
            var clock = new VirtualClock();
            Sx1276Simulator chip = LoRaSleepModel(clock);
            chip.Write(new byte[] { 0x81, 0x01 }, 0, 2);
            chip.Write(new byte[] { 0x89, 0x00 }, 0, 2);
            var reply = new byte[2];
            chip.TransferFullDuplex(new byte[] { 0x3B, 0x00 }, reply, 2);
            Assert.AreEqual(Sx1276Simulator.ImageCalResetValue, reply[1], "RegImageCal reset 0x82 (§6.2)");

            chip.Write(new byte[] { 0xBB, 0xC2 }, 0, 2);
            chip.TransferFullDuplex(new byte[] { 0x3B, 0x00 }, reply, 2);
            Assert.AreEqual(0x20, reply[1] & 0x20, "ImageCalRunning");
            clock.AdvanceMicroseconds(Sx1276Simulator.ImageCalibrationMicroseconds);
            chip.TransferFullDuplex(new byte[] { 0x3B, 0x00 }, reply, 2);
            Assert.AreEqual(0, reply[1] & 0x60, "ImageCalStart and ImageCalRunning read 0 once done");
            Assert.AreEqual(0, chip.Violations.Count, string.Join("; ", chip.Violations));
        }

        // ---- SX1262 random numbers ----

        [TestMethod]
        public void Sx1262_Random_SwitchesLnaAndMixerOffAroundTheReadAndRestoresThem()
        {
            var rig = new Sx1262Rig().Initialized();

            rig.Radio.Random();

            List<string> log = rig.Chip.Log;
            string[] expected =
            {
                "1D 08 E2 00 00", // read 0x08E2 (model reset value 0x03: bit 0 = LNA on)
                "0D 08 E2 02",    // bit 0 cleared
                "1D 08 E5 00 00", // read 0x08E5 (0x80: bit 7 = mixer on)
                "0D 08 E5 00",    // bit 7 cleared
                "82 FF FF FF",    // SetRx continuous (§13.1.5)
                "1D 08 19 00 00 00 00 00", // RandomNumberGen 0x0819..0x081C
                "80 00",          // STDBY_RC
                "0D 08 E2 03",    // restored
                "0D 08 E5 80",    // restored
                "84 04",          // warm sleep
            };
            int start = log.IndexOf(expected[0]);
            Assert.IsTrue(start >= 0, string.Join(" | ", log));
            CollectionAssert.AreEqual(expected, log.Skip(start).ToArray());
            Assert.AreEqual(4, rig.Chip.RandomReads, "the four RandomNumberGen bytes, each read with the front end off");
            Assert.AreEqual((byte)0x03, rig.Chip.Register(Sx1262Simulator.AnaLna));
            Assert.AreEqual((byte)0x80, rig.Chip.Register(Sx1262Simulator.AnaMixer));
        }

        private static void Command(Sx1262Simulator chip, VirtualClock clock, params byte[] bytes)
        {
            clock.AdvanceMicroseconds(200); // let BUSY fall after the previous command
            chip.Write(bytes, 0, bytes.Length);
        }

        private static Sx1262Simulator Sx1262InStandby(VirtualClock clock)
        {
            var chip = new Sx1262Simulator(clock) { HasTcxo = false, ViolationsExpected = true };
            clock.AdvanceMicroseconds(Sx1262Simulator.ResetBusyMicroseconds);
            Command(chip, clock, 0x8A, 0x01); // SetPacketType(LoRa)
            return chip;
        }

        [TestMethod]
        public void Sx1262Model_RandomReadWithTheLnaOnIsAViolation()
        {
            var clock = new VirtualClock();
            Sx1262Simulator chip = Sx1262InStandby(clock);
            Command(chip, clock, 0x82, 0xFF, 0xFF, 0xFF);
            clock.AdvanceMicroseconds(1000);
            chip.TransferFullDuplex(new byte[] { 0x1D, 0x08, 0x19, 0, 0, 0, 0, 0 }, new byte[8], 8);

            Assert.IsTrue(chip.Violations.Any(v => v.Contains("RandomNumberGen read with the LNA")), string.Join("; ", chip.Violations));
        }

        [TestMethod]
        [DataRow("SetRx")]
        [DataRow("SetSleep")]
        public void Sx1262Model_FrontEndLeftOffAfterTheRngIsAViolation(string next)
        {
            var clock = new VirtualClock();
            Sx1262Simulator chip = Sx1262InStandby(clock);
            Command(chip, clock, 0x0D, 0x08, 0xE2, 0x02); // LNA off
            Command(chip, clock, 0x0D, 0x08, 0xE5, 0x00); // mixer off, and never restored
            if (next == "SetRx")
            {
                Command(chip, clock, 0x82, 0x00, 0x10, 0x00);
            }
            else
            {
                Command(chip, clock, 0x84, 0x04);
            }

            Assert.IsTrue(chip.Violations.Any(v => v.Contains($"{next} with the LNA")), string.Join("; ", chip.Violations));
        }

        // ---- TCXO start and the radio's start-up time ----

        [TestMethod]
        public void Sx1262Model_ListensOnlyAfterTheTcxoDelay()
        {
            var clock = new VirtualClock();
            var chip = new Sx1262Simulator(clock) { ViolationsExpected = true }; // no image calibration etc. in this script
            clock.AdvanceMicroseconds(Sx1262Simulator.ResetBusyMicroseconds);
            Command(chip, clock, 0x97, 0x02, 0x00, 0x01, 0x40); // TCXO 1.8 V, 320 × 15.625 µs = 5000 µs
            Command(chip, clock, 0x8A, 0x01);
            Command(chip, clock, 0x82, 0x00, 0x10, 0x00);       // SetRx from STDBY_RC
            long setRxAt = clock.UptimeMicroseconds;

            Assert.AreEqual(5000, chip.TcxoDelayMicroseconds);
            Assert.AreEqual(setRxAt + 5000, chip.LastListenStartMicroseconds);
            Assert.IsTrue(chip.Busy.Read(), "BUSY stays high while the TCXO starts");
        }

        [TestMethod]
        public void Sx1262_ListensExactlyReceiveStartupAfterTheCall()
        {
            // Heltec V3: 3 ms set-up allowance + 5 ms TCXO (HeltecWiFiLoRa32V3.TcxoStartupMicroseconds, RadioLib's default).
            var rig = new Sx1262Rig().Initialized();
            Assert.AreEqual(RadioStatus.Ok, rig.Radio.Transmit(Settings.Uplink(), Settings.FourBytes, 0, 4, out _)); // image calibrated
            Assert.AreEqual(3000 + HeltecWiFiLoRa32V3.TcxoStartupMicroseconds, rig.Radio.ReceiveStartupMicroseconds);
            long call = rig.Clock.UptimeMicroseconds;

            rig.Radio.Receive(Settings.Downlink(868100000, sf: 7), new byte[64], 0, new RadioPacket());

            Assert.AreEqual(call + 8000, rig.Chip.LastListenStartMicroseconds);
        }

        [TestMethod]
        public void Sx1276_ListensExactlyReceiveStartupAfterTheCall()
        {
            // 3 ms set-up allowance + TS_FS 60 µs (datasheet rev 7 timing table).
            var rig = new Sx1276Rig().Initialized();
            Assert.AreEqual(RadioStatus.Ok, rig.Radio.Transmit(Settings.Uplink(), Settings.FourBytes, 0, 4, out _));
            Assert.AreEqual(3060, rig.Radio.ReceiveStartupMicroseconds);
            long call = rig.Clock.UptimeMicroseconds;

            rig.Radio.Receive(Settings.Downlink(868100000, sf: 7), new byte[64], 0, new RadioPacket());

            Assert.AreEqual(call + 3060, rig.Chip.LastListenStartMicroseconds);
        }

        // ---- the tracker that fails every test on a violation ----

        [TestMethod]
        public void Tracker_ReportsViolationsOfEveryModelUnlessExpected()
        {
            var clock = new VirtualClock();
            var quiet = new Sx1276Simulator(clock);
            var noisy = new Sx1262Simulator(clock);
            var expected = new Sx1262Simulator(clock) { ViolationsExpected = true };
            noisy.Violations.Add("example");
            expected.Violations.Add("provoked");

            string report = ChipModelTracker.Report();
            noisy.Violations.Clear(); // so this test's own cleanup passes

            Assert.AreEqual("SX1262 model: example", report);
            Assert.AreEqual(0, quiet.Violations.Count);
        }
    }
}
