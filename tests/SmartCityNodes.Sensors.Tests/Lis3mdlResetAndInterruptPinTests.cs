using SmartCityNodes.Drivers.Sensors;
using SmartCityNodes.Drivers.Sensors.Lis3mdl;
using SmartCityNodes.Hal;

namespace SmartCityNodes.Sensors.Tests
{
    /// <summary>
    /// Issue 17: the soft reset takes time, and the INT pin's polarity and latch bits read one way in the datasheet
    /// (DocID024204 Rev 6, section 7.10: IEA 1 = active high, LIR 0 = latched) and the other way in ST's register header
    /// (STMems_Standard_C_drivers lis3mdl_reg.h: LIS3MDL_ACTIVE_HIGH = 0, LIS3MDL_INT_LATCHED = 1).
    /// </summary>
    [TestClass]
    public sealed class Lis3mdlResetAndInterruptPinTests
    {
        // 200 mG empty bay: 0.2 G × 6842 LSB/G (±4 G, datasheet table 3) = 1368 counts; 700 mG trigger = 4789 counts;
        // a 500 mG threshold = 3421 counts lies between them.
        private const short EmptyBayCounts = 1368;
        private const short TriggerCounts = 4789;
        private const int ThresholdMilligauss = 500;

        private static (Lis3mdl Sensor, Lis3mdlModel Chip, VirtualClock Clock) Create(Lis3mdlSilicon silicon = Lis3mdlSilicon.Datasheet)
        {
            var clock = new VirtualClock();
            var chip = new Lis3mdlModel(clock) { Silicon = silicon };
            return (new Lis3mdl(chip, clock, chip.InterruptPin), chip, clock);
        }

        [TestMethod]
        [DataRow(0, 0)]        // instant: the first CTRL_REG2 read already shows SOFT_RST = 0, no delay
        [DataRow(300, 1)]      // done at 0.3 ms: busy at t = 0, clear at the 1 ms poll
        [DataRow(5000, 5)]     // busy at t = 0…4 ms, clear at 5 ms
        [DataRow(12500, 13)]   // clear at the first 1 ms poll after 12.5 ms
        public void InitializeWaitsUntilSoftResetClearsThenConfigures(int resetMicroseconds, int expectedDelayMilliseconds)
        {
            var (sensor, chip, clock) = Create();
            chip.SoftResetMicroseconds = resetMicroseconds;
            Assert.AreEqual(SensorStatus.Ok, sensor.Initialize());
            Assert.AreEqual(0, chip.WritesLostDuringReset, "no configuration write reached the chip while it was resetting");
            Assert.AreEqual(expectedDelayMilliseconds, clock.WaitedMilliseconds, "waited with the clock's delay, 1 ms per poll");

            // Transfers: WHO_AM_I read, SOFT_RST write, (delay + 1) CTRL_REG2 polls, then the five configuration writes.
            Assert.AreEqual(1 + 1 + (expectedDelayMilliseconds + 1) + 5, chip.Transfers);
            Assert.AreEqual((byte)0x00, chip.Peek(0x22), "CTRL_REG3 continuous, not the reset value 0x03 (power-down)");
            Assert.AreEqual((byte)0x50, chip.Peek(0x20), "CTRL_REG1 high performance, 10 Hz");
            var reading = new MagneticFieldReading();
            Assert.IsTrue(sensor.TryRead(reading), reading.Status.ToString());
        }

        [TestMethod]
        public void ResetThatNeverCompletesTimesOutAfterTwentyMillisecondsAndConfiguresNothing()
        {
            var (sensor, chip, clock) = Create();
            chip.SoftResetMicroseconds = -1;
            Assert.AreEqual(SensorStatus.Timeout, sensor.Initialize());

            // Polls at t = 0, 1, …, 20 ms; at 20 ms the 20 ms bound (Adafruit's 10 ms, doubled) has passed.
            Assert.AreEqual(20, clock.WaitedMilliseconds);
            Assert.AreEqual(1, chip.WriteLogCount, "only SOFT_RST was written");
            var reading = new MagneticFieldReading();
            Assert.IsFalse(sensor.TryRead(reading));
            Assert.AreEqual(SensorStatus.NotReady, reading.Status, "the driver does not believe a configuration it never wrote");
        }

        [TestMethod]
        public void ChipThatStopsAnsweringDuringResetReportsItsBusFault()
        {
            var (sensor, chip, _) = Create();
            chip.SoftResetMicroseconds = -1;
            sensor.Initialize();
            chip.Present = false;
            Assert.AreEqual(SensorStatus.Nack, sensor.Initialize());
        }

        [TestMethod]
        public void OldDatasheetEncodingOnStHeaderSiliconGivesAnActiveLowUnlatchedInt()
        {
            // What the issue feared: 0xED on silicon that reads the bits as ST's header does.
            var (sensor, chip, clock) = Create(Lis3mdlSilicon.StHeader);
            sensor.Initialize();
            chip.XCounts = EmptyBayCounts;
            Assert.AreEqual(SensorStatus.Ok, sensor.StartWatching(ThresholdMilligauss));
            Assert.AreEqual((byte)0xED, chip.Peek(0x30));
            clock.Advance(1600);
            Assert.IsTrue(chip.InterruptPin.Read(), "idle level of an active-low INT is high");

            chip.XCounts = TriggerCounts;
            clock.Advance(1600);
            Assert.IsFalse(chip.InterruptPin.Read(), "the car pulls INT low: an MCU waiting for HIGH never wakes");

            chip.XCounts = EmptyBayCounts;
            clock.Advance(1600);
            Assert.IsTrue(chip.InterruptPin.Read(), "not latched: the event is gone before anyone looked");
        }

        [TestMethod]
        [DataRow(Lis3mdlSilicon.Datasheet, Lis3mdlInterruptPolarity.IeaSetIsActiveHigh, Lis3mdlInterruptLatch.LirClearIsLatched, 0, 0xED)]
        [DataRow(Lis3mdlSilicon.StHeader, Lis3mdlInterruptPolarity.IeaSetIsActiveLow, Lis3mdlInterruptLatch.LirSetIsLatched, 3, 0xEB)]
        public void CalibrationDetectsTheSiliconAndTheCarThenWakesAHighLevelLatchedPin(
            Lis3mdlSilicon silicon, Lis3mdlInterruptPolarity expectedPolarity, Lis3mdlInterruptLatch expectedLatch, int expectedBits, int expectedWatchIntCfg)
        {
            var (sensor, chip, clock) = Create(silicon);
            Assert.AreEqual(SensorStatus.Ok, sensor.Initialize());
            chip.XCounts = EmptyBayCounts;
            long start = clock.UptimeMilliseconds;
            chip.ChangeFieldAt(start + 3000, TriggerCounts, 0, 0); // the installer brings a magnet after 3 s

            var detected = new Lis3mdlInterruptPinConfiguration();
            Assert.AreEqual(SensorStatus.Ok, sensor.CalibrateInterruptPin(ThresholdMilligauss, 30_000, detected));
            Assert.AreEqual(expectedPolarity, detected.Polarity);
            Assert.AreEqual(expectedLatch, detected.Latch);
            Assert.AreEqual(expectedBits, detected.ToBits());

            // 10 Hz: the magnet is seen at the first sample at or after 3 s, then 2 × 100 ms + 2 × 100 ms of checks.
            long elapsed = clock.UptimeMilliseconds - start;
            Assert.IsTrue(elapsed >= 3400 && elapsed <= 3500, elapsed.ToString());

            // The node persists the two bits; on a later wake a fresh driver gets them back.
            var persisted = new Lis3mdlInterruptPinConfiguration();
            Assert.IsTrue(persisted.TryLoadBits(detected.ToBits()));
            var afterWake = new Lis3mdl(chip, clock, chip.InterruptPin);
            afterWake.ApplyInterruptPinConfiguration(persisted);

            chip.XCounts = EmptyBayCounts;
            Assert.AreEqual(SensorStatus.Ok, afterWake.StartWatching(ThresholdMilligauss));
            Assert.AreEqual((byte)expectedWatchIntCfg, chip.Peek(0x30));
            clock.Advance(2 * 1600);
            Assert.IsFalse(chip.InterruptPin.Read(), "empty bay: INT idles LOW");

            chip.XCounts = TriggerCounts;
            clock.Advance(1600);
            Assert.IsTrue(chip.InterruptPin.Read(), "a car drives INT HIGH: the level the ESP32 wakes on");

            chip.XCounts = EmptyBayCounts;
            clock.Advance(3 * 1600);
            Assert.IsTrue(chip.InterruptPin.Read(), "latched: still HIGH after the field went back, until INT_SRC is read");
            Assert.AreEqual(SensorStatus.Ok, afterWake.IsInterruptAsserted(out bool asserted));
            Assert.IsTrue(asserted);
            Assert.AreEqual(SensorStatus.Ok, afterWake.ReadInterruptSource(out Lis3mdlInterruptSource source));
            Assert.AreEqual(Lis3mdlInterruptSource.PositiveX | Lis3mdlInterruptSource.Interrupt, source);
            Assert.IsFalse(chip.InterruptPin.Read(), "reading INT_SRC released the latch");
        }

        [TestMethod]
        public void CalibrationWritesTheReferenceEncodingThenRaisesTheThreshold()
        {
            var (sensor, chip, clock) = Create();
            sensor.Initialize();
            chip.XCounts = EmptyBayCounts;
            chip.ChangeFieldAt(clock.UptimeMilliseconds + 500, TriggerCounts, 0, 0);
            chip.ClearWriteLog();
            Assert.AreEqual(SensorStatus.Ok, sensor.CalibrateInterruptPin(ThresholdMilligauss, 5000, new Lis3mdlInterruptPinConfiguration()));
            var expected = new (byte, byte)[]
            {
                (0x22, 0x00), // CTRL_REG3: continuous
                (0x32, 0x5D), // INT_THS = 500 mG × 6842 / 1000 = 3421 = 0x0D5D
                (0x33, 0x0D),
                (0x30, 0xED), // INT_CFG: XIEN|YIEN|ZIEN 0xE0 | bit 3 0x08 | IEA 0x04 | IEN 0x01, LIR 0
                (0x32, 0xFF), // INT_THS = 0x7FFF: no later sample exceeds it
                (0x33, 0x7F),
                (0x30, 0x0C), // disabled: bit 3 | IEA kept
            };
            CollectionAssert.AreEqual(expected, chip.WriteLog());
        }

        [TestMethod]
        [DataRow(Lis3mdlSilicon.Datasheet)]
        [DataRow(Lis3mdlSilicon.StHeader)]
        public void CalibrationWithoutTriggerTimesOutAndChangesNothing(Lis3mdlSilicon silicon)
        {
            var (sensor, chip, clock) = Create(silicon);
            sensor.Initialize();
            chip.XCounts = EmptyBayCounts;
            var detected = new Lis3mdlInterruptPinConfiguration();
            detected.Set(Lis3mdlInterruptPolarity.IeaSetIsActiveLow, Lis3mdlInterruptLatch.LirClearIsLatched);
            long start = clock.UptimeMilliseconds;
            Assert.AreEqual(SensorStatus.Timeout, sensor.CalibrateInterruptPin(ThresholdMilligauss, 2000, detected));
            Assert.AreEqual(2000, clock.UptimeMilliseconds - start, "pin read every 10 ms (a tenth of the 100 ms period) until 2 s");
            Assert.AreEqual(1, detected.ToBits(), "the caller's configuration is untouched");
            Assert.AreEqual((byte)0x0C, chip.Peek(0x30), "the interrupt is disarmed again");
        }

        [TestMethod]
        public void EventWithAPinThatNeverMovesIsNoData()
        {
            // INT not wired to the GPIO given to the driver: the chip reports the event, the pin stays put.
            var clock = new VirtualClock();
            var chip = new Lis3mdlModel(clock);
            var sensor = new Lis3mdl(chip, clock, new StuckPin());
            sensor.Initialize();
            chip.XCounts = TriggerCounts;
            Assert.AreEqual(SensorStatus.NoData, sensor.CalibrateInterruptPin(ThresholdMilligauss, 1000, new Lis3mdlInterruptPinConfiguration()));
        }

        [TestMethod]
        public void CalibrationRefusesBadInput()
        {
            var (sensor, chip, _) = Create();
            sensor.Initialize();
            chip.ClearWriteLog();
            var detected = new Lis3mdlInterruptPinConfiguration();
            // 5000 mG × 6842 / 1000 = 34210 counts > 32767 (15-bit INT_THS).
            Assert.AreEqual(SensorStatus.OutOfRange, sensor.CalibrateInterruptPin(5000, 1000, detected));
            Assert.AreEqual(SensorStatus.OutOfRange, sensor.CalibrateInterruptPin(-1, 1000, detected));
            Assert.AreEqual(0, chip.WriteLogCount, "nothing written");
            Assert.ThrowsExactly<ArgumentOutOfRangeException>(() => sensor.CalibrateInterruptPin(500, 0, detected));
            Assert.ThrowsExactly<ArgumentNullException>(() => sensor.CalibrateInterruptPin(500, 1000, null!));
            Assert.ThrowsExactly<ArgumentNullException>(() => sensor.ApplyInterruptPinConfiguration(null!));

            var clock = new VirtualClock();
            var withoutPin = new Lis3mdl(new Lis3mdlModel(clock), clock, null);
            Assert.AreEqual(SensorStatus.NotSupported, withoutPin.CalibrateInterruptPin(500, 1000, detected));
        }

        [TestMethod]
        [DataRow(0, true, true, 0xED)]   // datasheet reading: IEA 1 = high, LIR 0 = latched
        [DataRow(0, false, false, 0xEB)] // IEA 0, LIR 1
        [DataRow(3, true, true, 0xEB)]   // ST header reading: high needs IEA 0, latched needs LIR 1 → 0xE0|0x08|0x02|0x01
        [DataRow(3, true, false, 0xE9)]  // IEA 0, LIR 0
        [DataRow(3, false, true, 0xEF)]  // IEA 1, LIR 1
        [DataRow(3, false, false, 0xED)] // IEA 1, LIR 0
        [DataRow(1, true, true, 0xE9)]   // polarity per ST header (IEA 0), latch per datasheet (LIR 0)
        [DataRow(2, true, true, 0xEF)]   // polarity per datasheet (IEA 1), latch per ST header (LIR 1)
        public void ConfigurationChoosesTheIntCfgBits(int bits, bool activeHigh, bool latched, int expectedIntCfg)
        {
            var (sensor, chip, _) = Create();
            sensor.Initialize();
            var configuration = new Lis3mdlInterruptPinConfiguration();
            Assert.IsTrue(configuration.TryLoadBits(bits));
            sensor.ApplyInterruptPinConfiguration(configuration);
            Assert.AreEqual(SensorStatus.Ok, sensor.ConfigureThresholdInterrupt(ThresholdMilligauss, Lis3mdlAxes.All, activeHigh, latched));
            Assert.AreEqual((byte)expectedIntCfg, chip.Peek(0x30));
            Assert.AreEqual(activeHigh, sensor.IsInterruptActiveHigh);
        }

        [TestMethod]
        public void AfterResetTheIdlePinIsNotAssertedOnStHeaderSiliconEither()
        {
            // INT_CFG resets to 0xE8 (IEA = 0): on ST-header silicon that is active HIGH, so the idle pin is low.
            var (sensor, chip, clock) = Create(Lis3mdlSilicon.StHeader);
            var configuration = new Lis3mdlInterruptPinConfiguration();
            configuration.Set(Lis3mdlInterruptPolarity.IeaSetIsActiveLow, Lis3mdlInterruptLatch.LirSetIsLatched);
            sensor.ApplyInterruptPinConfiguration(configuration);
            Assert.AreEqual(SensorStatus.Ok, sensor.Initialize());
            clock.Advance(100);
            Assert.IsFalse(chip.InterruptPin.Read());
            Assert.AreEqual(SensorStatus.Ok, sensor.IsInterruptAsserted(out bool asserted));
            Assert.IsFalse(asserted);
        }

        [TestMethod]
        [DataRow(Lis3mdlInterruptPolarity.IeaSetIsActiveHigh, Lis3mdlInterruptLatch.LirClearIsLatched, 0)]
        [DataRow(Lis3mdlInterruptPolarity.IeaSetIsActiveLow, Lis3mdlInterruptLatch.LirClearIsLatched, 1)]
        [DataRow(Lis3mdlInterruptPolarity.IeaSetIsActiveHigh, Lis3mdlInterruptLatch.LirSetIsLatched, 2)]
        [DataRow(Lis3mdlInterruptPolarity.IeaSetIsActiveLow, Lis3mdlInterruptLatch.LirSetIsLatched, 3)]
        public void ConfigurationPersistsAsTwoBits(Lis3mdlInterruptPolarity polarity, Lis3mdlInterruptLatch latch, int bits)
        {
            var configuration = new Lis3mdlInterruptPinConfiguration();
            Assert.IsTrue(configuration.IsDatasheetReading, "a new configuration holds the datasheet's reading");
            configuration.Set(polarity, latch);
            Assert.AreEqual(bits, configuration.ToBits());
            var loaded = new Lis3mdlInterruptPinConfiguration();
            Assert.IsTrue(loaded.TryLoadBits(bits));
            Assert.AreEqual(polarity, loaded.Polarity);
            Assert.AreEqual(latch, loaded.Latch);
            var copy = new Lis3mdlInterruptPinConfiguration();
            copy.CopyFrom(loaded);
            Assert.AreEqual(bits, copy.ToBits());
        }

        [TestMethod]
        [DataRow(-1)]
        [DataRow(4)]
        [DataRow(255)]
        public void BadPersistedBitsAreRefusedAndChangeNothing(int bits)
        {
            var configuration = new Lis3mdlInterruptPinConfiguration();
            configuration.Set(Lis3mdlInterruptPolarity.IeaSetIsActiveLow, Lis3mdlInterruptLatch.LirClearIsLatched);
            Assert.IsFalse(configuration.TryLoadBits(bits));
            Assert.AreEqual(1, configuration.ToBits());
            Assert.ThrowsExactly<ArgumentOutOfRangeException>(() => configuration.Set((Lis3mdlInterruptPolarity)2, Lis3mdlInterruptLatch.LirClearIsLatched));
            Assert.ThrowsExactly<ArgumentOutOfRangeException>(() => configuration.Set(Lis3mdlInterruptPolarity.IeaSetIsActiveHigh, (Lis3mdlInterruptLatch)7));
            Assert.AreEqual(1, configuration.ToBits(), "a refused Set changes nothing");
            Assert.ThrowsExactly<ArgumentNullException>(() => configuration.CopyFrom(null!));
        }

        private sealed class StuckPin : IInputPin
        {
            public bool Read() => true;
        }
    }
}
