using SmartCityNodes.Drivers.Sensors;
using SmartCityNodes.Drivers.Sensors.Lis3mdl;
using SmartCityNodes.Hal;

namespace SmartCityNodes.Sensors.Tests
{
    [TestClass]
    public sealed class Lis3mdlTests
    {
        private static (Lis3mdl Sensor, Lis3mdlModel Chip, VirtualClock Clock) Create()
        {
            var clock = new VirtualClock();
            var chip = new Lis3mdlModel(clock);
            return (new Lis3mdl(chip, clock, chip.InterruptPin), chip, clock);
        }

        [TestMethod]
        public void InitializeChecksWhoAmIAndWritesConfiguration()
        {
            var (sensor, chip, _) = Create();
            Assert.AreEqual(SensorStatus.Ok, sensor.Initialize());
            var expected = new (byte, byte)[]
            {
                (0x21, 0x04), // CTRL_REG2 SOFT_RST
                (0x20, 0x50), // CTRL_REG1: OM = 10 (high performance) << 5 = 0x40 | DO = 100 (10 Hz) << 2 = 0x10
                (0x21, 0x00), // CTRL_REG2: FS = 00 (±4 gauss)
                (0x23, 0x08), // CTRL_REG4: OMZ = 10 << 2
                (0x24, 0x40), // CTRL_REG5: BDU
                (0x22, 0x00), // CTRL_REG3: continuous, LP off
            };
            CollectionAssert.AreEqual(expected, chip.WriteLog());
        }

        [TestMethod]
        public void WrongWhoAmIIsWrongDevice()
        {
            var (sensor, chip, _) = Create();
            chip.Write(new byte[] { 0x0F, 0x33 }, 0, 2); // an LIS2MDL-like ID (0x40 would be LIS2MDL; any ≠ 0x3D)
            Assert.AreEqual(SensorStatus.WrongDevice, sensor.Initialize());
        }

        [TestMethod]
        [DataRow(Lis3mdlPerformanceMode.UltraHighPerformance, Lis3mdlDataRate.Rate80Hz, Lis3mdlFullScale.Gauss16, 0x7C, 0x60, 0x0C)] // 11<<5 | 111<<2; FS 11<<5; OMZ 11<<2
        [DataRow(Lis3mdlPerformanceMode.LowPower, Lis3mdlDataRate.Rate0_625Hz, Lis3mdlFullScale.Gauss8, 0x00, 0x20, 0x00)]
        [DataRow(Lis3mdlPerformanceMode.MediumPerformance, Lis3mdlDataRate.Rate5Hz, Lis3mdlFullScale.Gauss12, 0x2C, 0x40, 0x04)]  // 01<<5 = 0x20 | 011<<2 = 0x0C
        public void ConfigurePacksTheControlRegisters(Lis3mdlPerformanceMode mode, Lis3mdlDataRate rate, Lis3mdlFullScale scale, int ctrl1, int ctrl2, int ctrl4)
        {
            var (sensor, chip, _) = Create();
            Assert.AreEqual(SensorStatus.Ok, sensor.Configure(mode, rate, scale));
            Assert.AreEqual((byte)ctrl1, chip.Peek(0x20));
            Assert.AreEqual((byte)ctrl2, chip.Peek(0x21));
            Assert.AreEqual((byte)ctrl4, chip.Peek(0x23));
        }

        [TestMethod]
        [DataRow(Lis3mdlFullScale.Gauss4, 6842, -3421, 1, 1000, -500, 0)]    // 6842 LSB/G: 6842 → 1000 mG, −3421 → −500
        [DataRow(Lis3mdlFullScale.Gauss8, 3421, 342, -342, 1000, 99, -99)]   // 342000 / 3421 = 99.97 → 99
        [DataRow(Lis3mdlFullScale.Gauss12, 2281, 4562, 0, 1000, 2000, 0)]
        [DataRow(Lis3mdlFullScale.Gauss16, 1711, -17110, 855, 1000, -10000, 499)] // 855000 / 1711 = 499.7 → 499
        public void ReadsAutoIncrementedBurstInMilligauss(Lis3mdlFullScale scale, int x, int y, int z, int xMg, int yMg, int zMg)
        {
            var (sensor, chip, _) = Create();
            sensor.Initialize();
            sensor.Configure(Lis3mdlPerformanceMode.HighPerformance, Lis3mdlDataRate.Rate10Hz, scale);
            chip.XCounts = (short)x;
            chip.YCounts = (short)y;
            chip.ZCounts = (short)z;
            var reading = new MagneticFieldReading();
            Assert.IsTrue(sensor.TryRead(reading));
            // Distinct X/Y/Z prove the MSB auto-increment bit was sent: without it the chip repeats OUT_X_L.
            Assert.AreEqual(xMg, reading.XMilligauss);
            Assert.AreEqual(yMg, reading.YMilligauss);
            Assert.AreEqual(zMg, reading.ZMilligauss);
        }

        [TestMethod]
        public void SaturatedAxisIsOutOfRange()
        {
            var (sensor, chip, _) = Create();
            sensor.Initialize();
            chip.YCounts = short.MaxValue;
            var reading = new MagneticFieldReading();
            Assert.IsFalse(sensor.TryRead(reading));
            Assert.AreEqual(SensorStatus.OutOfRange, reading.Status);
        }

        [TestMethod]
        public void LowPowerModeSetsLpAndSlowsToOnePointSixSeconds()
        {
            var (sensor, chip, clock) = Create();
            sensor.Initialize();
            Assert.AreEqual(SensorStatus.Ok, sensor.SetLowPowerMode(true));
            Assert.AreEqual((byte)0x20, chip.Peek(0x22)); // CTRL_REG3: LP (bit 5), MD = 00
            Assert.IsTrue(sensor.IsLowPower);
            Assert.AreEqual(40, sensor.PowerProfile.ActiveCurrentMicroamperes);
            Assert.AreEqual(1600, sensor.PowerProfile.MeasurementMilliseconds); // 1 / 0.625 Hz

            long start = clock.UptimeMilliseconds;
            Assert.IsTrue(sensor.TryRead(new MagneticFieldReading()));
            Assert.IsTrue(clock.UptimeMilliseconds - start >= 1600 && clock.UptimeMilliseconds - start <= 1760);
        }

        [TestMethod]
        public void PowerDownStopsReadings()
        {
            var (sensor, chip, _) = Create();
            sensor.Initialize();
            Assert.AreEqual(SensorStatus.Ok, sensor.PowerDown());
            Assert.AreEqual((byte)0x03, chip.Peek(0x22));
            var reading = new MagneticFieldReading();
            Assert.IsFalse(sensor.TryRead(reading));
            Assert.AreEqual(SensorStatus.NotReady, reading.Status);
        }

        [TestMethod]
        public void SingleMeasurementReturnsToPowerDown()
        {
            var (sensor, chip, _) = Create();
            sensor.Initialize();
            sensor.PowerDown();
            chip.XCounts = 684; // 684000 / 6842 = 99.97 → 99
            Assert.AreEqual(SensorStatus.Ok, sensor.StartSingleMeasurement());
            Assert.AreEqual((byte)0x01, chip.Peek(0x22));
            var reading = new MagneticFieldReading();
            Assert.IsTrue(sensor.TryRead(reading));
            Assert.AreEqual(99, reading.XMilligauss);
            Assert.AreEqual((byte)0x03, chip.Peek(0x22) & 0x03, "the chip went back to power-down");
        }

        [TestMethod]
        public void ThresholdInterruptRegistersAreByteExact()
        {
            var (sensor, chip, _) = Create();
            sensor.Initialize();
            chip.ClearWriteLog();
            // 500 mG at ±4 G: 500 × 6842 / 1000 = 3421 = 0x0D5D.
            Assert.AreEqual(SensorStatus.Ok, sensor.ConfigureThresholdInterrupt(500, Lis3mdlAxes.All, activeHigh: true, latched: true));
            var expected = new (byte, byte)[]
            {
                (0x32, 0x5D), // INT_THS_L
                (0x33, 0x0D), // INT_THS_H
                // INT_CFG: XIEN|YIEN|ZIEN (0xE0) | bit 3 (0x08) | IEA (0x04) | IEN (0x01) = 0xED; LIR stays 0 because
                // DocID024204 section 7.10 defines LIR 0 = "interrupt request latched", 1 = "not latched".
                (0x30, 0xED),
            };
            CollectionAssert.AreEqual(expected, chip.WriteLog());
        }

        [TestMethod]
        [DataRow(true, true, 0xED)]   // 0xE0 | 0x08 | IEA 0x04 | IEN 0x01; latched → LIR = 0
        [DataRow(true, false, 0xEF)]  // … | LIR 0x02: not latched
        [DataRow(false, true, 0xE9)]  // active low (IEA = 0), latched (LIR = 0): 0xE0 | 0x08 | 0x01
        [DataRow(false, false, 0xEB)] // active low, not latched: 0xE0 | 0x08 | 0x02 | 0x01
        public void LatchBitHasTheDatasheetsInvertedSense(bool activeHigh, bool latched, int expectedIntCfg)
        {
            var (sensor, chip, _) = Create();
            sensor.Initialize();
            Assert.AreEqual(SensorStatus.Ok, sensor.ConfigureThresholdInterrupt(500, Lis3mdlAxes.All, activeHigh, latched));
            Assert.AreEqual((byte)expectedIntCfg, chip.Peek(0x30));
        }

        [TestMethod]
        public void NotLatchedInterruptFollowsTheField()
        {
            var (sensor, chip, clock) = Create();
            sensor.Initialize();
            Assert.AreEqual(SensorStatus.Ok, sensor.ConfigureThresholdInterrupt(500, Lis3mdlAxes.X, activeHigh: true, latched: false));
            chip.XCounts = 4789; // 700 mG > 500 mG (3421 counts at ±4 G)
            clock.Advance(100);
            chip.Tick();
            sensor.IsInterruptAsserted(out bool asserted);
            Assert.IsTrue(asserted);

            // Not latched (LIR = 1): INT drops with the next in-range sample, without an INT_SRC read.
            chip.XCounts = 1368;
            clock.Advance(100);
            chip.Tick();
            sensor.IsInterruptAsserted(out asserted);
            Assert.IsFalse(asserted);
        }

        [TestMethod]
        public void ThresholdBeyondFifteenBitsIsRefused()
        {
            var (sensor, chip, _) = Create();
            sensor.Initialize();
            chip.ClearWriteLog();
            // 5000 mG at ±4 G = 34210 counts > 32767.
            Assert.AreEqual(SensorStatus.OutOfRange, sensor.ConfigureThresholdInterrupt(5000, Lis3mdlAxes.X, true, true));
            Assert.AreEqual(0, chip.WriteLogCount, "nothing written");
            Assert.AreEqual(SensorStatus.OutOfRange, sensor.ConfigureThresholdInterrupt(-1, Lis3mdlAxes.X, true, true));
        }

        [TestMethod]
        public void WatchesWhileTheMcuSleepsAndWakesOnACar()
        {
            var (sensor, chip, clock) = Create();
            sensor.Initialize();
            chip.XCounts = 1368; // 200 mG: an empty bay
            chip.ZCounts = -2737; // −400 mG
            Assert.AreEqual(SensorStatus.Ok, sensor.StartWatching(500)); // threshold 3421 counts
            Assert.AreEqual((byte)0x20, chip.Peek(0x22), "low-power continuous");

            // The MCU sleeps; the sensor samples every 1.6 s. Nothing crosses ±500 mG.
            clock.Advance(10 * 1600);
            chip.Tick();
            Assert.AreEqual(SensorStatus.Ok, sensor.IsInterruptAsserted(out bool asserted));
            Assert.IsFalse(asserted);

            // A car parks: X rises to 700 mG = 4789 counts > 3421.
            chip.XCounts = 4789;
            clock.Advance(1600);
            chip.Tick();
            sensor.IsInterruptAsserted(out asserted);
            Assert.IsTrue(asserted, "INT high wakes the ESP32");

            // Even if the field returns, the latched INT stays until INT_SRC is read.
            chip.XCounts = 1368;
            clock.Advance(1600);
            chip.Tick();
            sensor.IsInterruptAsserted(out asserted);
            Assert.IsTrue(asserted);

            Assert.AreEqual(SensorStatus.Ok, sensor.ReadInterruptSource(out Lis3mdlInterruptSource source));
            Assert.AreEqual(Lis3mdlInterruptSource.PositiveX | Lis3mdlInterruptSource.Interrupt, source);
            sensor.IsInterruptAsserted(out asserted);
            Assert.IsFalse(asserted, "reading INT_SRC released the latch");
        }

        [TestMethod]
        public void NegativeThresholdIsReportedPerAxis()
        {
            var (sensor, chip, clock) = Create();
            sensor.Initialize();
            sensor.ConfigureThresholdInterrupt(500, Lis3mdlAxes.Z, activeHigh: false, latched: true);
            chip.ZCounts = -4000;
            chip.XCounts = 30000; // X not enabled: ignored
            clock.Advance(100);
            chip.Tick();
            Assert.IsFalse(chip.InterruptPin.Read(), "active-low INT is low when asserted");
            sensor.IsInterruptAsserted(out bool asserted);
            Assert.IsTrue(asserted);
            sensor.ReadInterruptSource(out Lis3mdlInterruptSource source);
            Assert.AreEqual(Lis3mdlInterruptSource.NegativeZ | Lis3mdlInterruptSource.Interrupt, source);
        }

        [TestMethod]
        public void DisabledInterruptNeverAsserts()
        {
            var (sensor, chip, clock) = Create();
            sensor.Initialize();
            sensor.ConfigureThresholdInterrupt(100, Lis3mdlAxes.All, true, true);
            Assert.AreEqual(SensorStatus.Ok, sensor.DisableThresholdInterrupt());
            Assert.AreEqual((byte)0x0C, chip.Peek(0x30)); // bit 3 | IEA (active high kept), IEN = 0
            chip.XCounts = 20000;
            clock.Advance(500);
            chip.Tick();
            sensor.IsInterruptAsserted(out bool asserted);
            Assert.IsFalse(asserted);
        }

        [TestMethod]
        public void AfterResetTheIdleIntPinIsNotReportedAsAsserted()
        {
            // DocID024204 section 7.10: INT_CFG resets to 0xE8, IEA = 0 (active low) and IEN = 0, so the idle INT pin
            // sits high. Reading that as "asserted" (active-high assumption) would be a false wake/event.
            var (sensor, chip, clock) = Create();
            Assert.AreEqual(SensorStatus.Ok, sensor.Initialize());
            clock.Advance(100);
            chip.Tick();
            Assert.IsTrue(chip.InterruptPin.Read(), "idle level of an active-low INT is high");
            Assert.AreEqual(SensorStatus.Ok, sensor.IsInterruptAsserted(out bool asserted));
            Assert.IsFalse(asserted);
        }

        [TestMethod]
        public void NoInterruptPinIsNotSupported()
        {
            var clock = new VirtualClock();
            var sensor = new Lis3mdl(new Lis3mdlModel(clock), clock, null);
            Assert.AreEqual(SensorStatus.NotSupported, sensor.IsInterruptAsserted(out _));
        }

        [TestMethod]
        public void SilentChipTimesOut()
        {
            var (sensor, chip, clock) = Create();
            sensor.Initialize();
            chip.Frozen = true;
            var reading = new MagneticFieldReading();
            Assert.IsFalse(sensor.TryRead(reading));
            Assert.AreEqual(SensorStatus.Timeout, reading.Status);
            Assert.IsTrue(clock.UptimeMilliseconds >= 200 && clock.UptimeMilliseconds <= 210); // two 10 Hz periods
        }

        [TestMethod]
        [DataRow(I2cStatus.AddressNotAcknowledged, SensorStatus.Nack)]
        [DataRow(I2cStatus.PartialTransfer, SensorStatus.BusError)]
        [DataRow(I2cStatus.BusError, SensorStatus.BusError)]
        public void BusFaultsBecomeStatuses(I2cStatus fault, SensorStatus expected)
        {
            var (sensor, chip, _) = Create();
            sensor.Initialize();
            chip.FailNext(fault, 1);
            var reading = new MagneticFieldReading();
            Assert.IsFalse(sensor.TryRead(reading));
            Assert.AreEqual(expected, reading.Status);
            chip.FailNext(fault, 1);
            Assert.AreEqual(expected, sensor.Initialize());
        }
    }
}
