using SmartCityNodes.Drivers.Sensors;
using SmartCityNodes.Drivers.Sensors.Qmc5883l;
using SmartCityNodes.Hal;

namespace SmartCityNodes.Sensors.Tests
{
    [TestClass]
    public sealed class Qmc5883lTests
    {
        private static (Qmc5883l Sensor, Qmc5883lModel Chip, VirtualClock Clock) Create(bool usePin = false)
        {
            var clock = new VirtualClock();
            var chip = new Qmc5883lModel(clock);
            return (new Qmc5883l(chip, clock, usePin ? chip : null), chip, clock);
        }

        [TestMethod]
        public void InitializeWritesTheDatasheetSequence()
        {
            var (sensor, chip, _) = Create();
            Assert.AreEqual(SensorStatus.Ok, sensor.Initialize());
            var expected = new (byte, byte)[]
            {
                (0x0A, 0x80), // CONTROL_2 SOFT_RST
                (0x0B, 0x01), // SET/RESET period: datasheet recommends 0x01
                (0x0A, 0x01), // CONTROL_2 INT_ENB = 1: no DRDY pin wired, interrupt off
                (0x09, 0x10), // CONTROL_1: OSR 512 (00) | RNG 8 G (01) | ODR 10 Hz (00) | MODE standby (00) = 0b0001_0000
            };
            CollectionAssert.AreEqual(expected, chip.WriteLog());
        }

        [TestMethod]
        public void InitializeWithPinEnablesTheInterrupt()
        {
            var (sensor, chip, _) = Create(usePin: true);
            Assert.AreEqual(SensorStatus.Ok, sensor.Initialize());
            Assert.AreEqual((byte)0x00, chip.WriteLog()[2].Value); // INT_ENB = 0 → DRDY pin enabled
        }

        [TestMethod]
        [DataRow(Qmc5883lMode.Continuous, Qmc5883lOutputDataRate.Rate200Hz, Qmc5883lFieldRange.Gauss8, Qmc5883lOversampling.Ratio512, 0x1D)] // 00 01 11 01
        [DataRow(Qmc5883lMode.Continuous, Qmc5883lOutputDataRate.Rate10Hz, Qmc5883lFieldRange.Gauss2, Qmc5883lOversampling.Ratio64, 0xC1)]  // 11 00 00 01
        [DataRow(Qmc5883lMode.Standby, Qmc5883lOutputDataRate.Rate100Hz, Qmc5883lFieldRange.Gauss2, Qmc5883lOversampling.Ratio128, 0x88)]   // 10 00 10 00
        [DataRow(Qmc5883lMode.Continuous, Qmc5883lOutputDataRate.Rate50Hz, Qmc5883lFieldRange.Gauss8, Qmc5883lOversampling.Ratio256, 0x55)] // 01 01 01 01
        public void Control1PacksOsrRngOdrMode(Qmc5883lMode mode, Qmc5883lOutputDataRate rate, Qmc5883lFieldRange range, Qmc5883lOversampling osr, int expected)
        {
            var (sensor, chip, _) = Create();
            Assert.AreEqual(SensorStatus.Ok, sensor.Configure(mode, rate, range, osr));
            Assert.AreEqual((byte)expected, chip.Peek(0x09));
        }

        [TestMethod]
        [DataRow(Qmc5883lFieldRange.Gauss8, 3000, -1500, 1, 1000, -500, 0)]       // 3000 LSB/G: 3000 → 1000 mG, −1500 → −500, 1 → 0.33 → 0
        [DataRow(Qmc5883lFieldRange.Gauss2, 12000, 6, -25, 1000, 0, -2)]          // 12000 LSB/G: 6 → 0.5 → 0, −25 → −2.08 → −2 (toward zero)
        [DataRow(Qmc5883lFieldRange.Gauss8, 32767, -32768, 0, 10922, -10922, 0)]  // 32767000 / 3000 = 10922.33; −32768000 / 3000 = −10922.67 → −10922
        public void ConvertsCountsToMilligauss(Qmc5883lFieldRange range, int x, int y, int z, int xMg, int yMg, int zMg)
        {
            var (sensor, chip, _) = Create();
            sensor.Initialize();
            sensor.Configure(Qmc5883lMode.Continuous, Qmc5883lOutputDataRate.Rate10Hz, range, Qmc5883lOversampling.Ratio512);
            chip.XCounts = (short)x;
            chip.YCounts = (short)y;
            chip.ZCounts = (short)z;

            var reading = new MagneticFieldReading();
            Assert.IsTrue(sensor.TryRead(reading));
            Assert.AreEqual(xMg, reading.XMilligauss);
            Assert.AreEqual(yMg, reading.YMilligauss);
            Assert.AreEqual(zMg, reading.ZMilligauss);
        }

        [TestMethod]
        public void WaitsForDataReadyThenReadsOnce()
        {
            var (sensor, chip, clock) = Create();
            sensor.Initialize();
            sensor.SetMode(Qmc5883lMode.Continuous);
            chip.XCounts = 300;
            var reading = new MagneticFieldReading();
            Assert.IsTrue(sensor.TryRead(reading));
            Assert.AreEqual(100, reading.XMilligauss); // 300 / 3 = 100 mG in the 8 G range
            Assert.AreEqual(100, clock.UptimeMilliseconds, "first sample one 10 Hz period after the mode write");
            Assert.AreEqual(0, chip.Peek(0x06) & 0x01, "reading the data cleared DRDY");
        }

        [TestMethod]
        public void DataReadyPinIsUsedWhenWired()
        {
            var (sensor, chip, _) = Create(usePin: true);
            sensor.Initialize();
            sensor.SetMode(Qmc5883lMode.Continuous);
            chip.ZCounts = -3000;
            int transfersBefore = chip.Transfers;
            var reading = new MagneticFieldReading();
            Assert.IsTrue(sensor.TryRead(reading));
            Assert.AreEqual(-1000, reading.ZMilligauss);
            Assert.AreEqual(transfersBefore + 1, chip.Transfers, "no STATUS polling: one burst read");
        }

        [TestMethod]
        public void OverflowFlagIsOutOfRange()
        {
            var (sensor, chip, _) = Create();
            sensor.Initialize();
            sensor.SetMode(Qmc5883lMode.Continuous);
            chip.Overflow = true;
            var reading = new MagneticFieldReading();
            Assert.IsFalse(sensor.TryRead(reading));
            Assert.AreEqual(SensorStatus.OutOfRange, reading.Status);
        }

        [TestMethod]
        public void StandbyIsNotReady()
        {
            var (sensor, _, _) = Create();
            sensor.Initialize();
            var reading = new MagneticFieldReading();
            Assert.IsFalse(sensor.TryRead(reading));
            Assert.AreEqual(SensorStatus.NotReady, reading.Status);
        }

        [TestMethod]
        public void SilentChipTimesOutAfterTwoPeriods()
        {
            var (sensor, chip, clock) = Create();
            sensor.Initialize();
            sensor.SetMode(Qmc5883lMode.Continuous);
            chip.Frozen = true;
            var reading = new MagneticFieldReading();
            Assert.IsFalse(sensor.TryRead(reading));
            Assert.AreEqual(SensorStatus.Timeout, reading.Status);
            Assert.IsTrue(clock.UptimeMilliseconds >= 200 && clock.UptimeMilliseconds <= 210);
        }

        [TestMethod]
        public void WrongChipIdIsWrongDevice()
        {
            var (sensor, chip, _) = Create();
            chip.Write(new byte[] { 0x0D, 0x00 }, 0, 2); // the model lets a test overwrite CHIP_ID
            Assert.AreEqual(SensorStatus.WrongDevice, sensor.Initialize());
        }

        [TestMethod]
        [DataRow(I2cStatus.AddressNotAcknowledged, SensorStatus.Nack)]
        [DataRow(I2cStatus.PartialTransfer, SensorStatus.BusError)]      // truncated transfer
        [DataRow(I2cStatus.ClockStretchTimeout, SensorStatus.BusError)]
        [DataRow(I2cStatus.BusError, SensorStatus.BusError)]             // corrupted transfer
        public void BusFaultsBecomeStatuses(I2cStatus fault, SensorStatus expected)
        {
            var (sensor, chip, _) = Create();
            sensor.Initialize();
            sensor.SetMode(Qmc5883lMode.Continuous);
            chip.FailNext(fault, 1);
            var reading = new MagneticFieldReading();
            Assert.IsFalse(sensor.TryRead(reading));
            Assert.AreEqual(expected, reading.Status);
            Assert.IsTrue(sensor.TryRead(reading), "the next reading recovers");
        }

        [TestMethod]
        public void AbsentChipNacksInitialize()
        {
            var (sensor, chip, _) = Create();
            chip.Present = false;
            Assert.AreEqual(SensorStatus.Nack, sensor.Initialize());
        }

        [TestMethod]
        public void PowerProfileFollowsTheRateAndOversampling()
        {
            var (sensor, _, _) = Create();
            sensor.Configure(Qmc5883lMode.Continuous, Qmc5883lOutputDataRate.Rate50Hz, Qmc5883lFieldRange.Gauss8, Qmc5883lOversampling.Ratio512);
            Assert.AreEqual(20, sensor.PowerProfile.MeasurementMilliseconds); // 1 / 50 Hz
            Assert.AreEqual(250, sensor.PowerProfile.ActiveCurrentMicroamperes); // datasheet table 2: 50 Hz, OSR 512
            Assert.AreEqual(3, sensor.PowerProfile.IdleCurrentMicroamperes);     // datasheet table 2: standby current
        }

        [TestMethod]
        public void DefaultConfigurationDrawsOneHundredMicroamperes()
        {
            // Initialize writes ODR 10 Hz, OSR 512: datasheet table 2 gives 100 µA, not the 75 µA of OSR 64.
            var (sensor, _, _) = Create();
            sensor.Initialize();
            sensor.SetMode(Qmc5883lMode.Continuous);
            Assert.AreEqual(100, sensor.PowerProfile.ActiveCurrentMicroamperes);
        }

        /// <summary>
        /// QST QMC5883L datasheet (QMC5883L-Datasheet-1.0.pdf, 2016), section 2.1, table 2 "Specifications", row
        /// "Continuous Mode Current, Low/High Power Mode (OSR=64 or 512)", typical: 10 Hz 75/100 µA, 50 Hz 150/250 µA,
        /// 100 Hz 250/450 µA, 200 Hz 450/850 µA. These eight cells are the datasheet's. OSR 128 and 256 are not in the table:
        /// they are the straight line in OSR between the two cells of the same ODR, rounded up, computed here by hand as
        /// osr64 + (osr512 − osr64) × (OSR − 64) / 448.
        /// </summary>
        [TestMethod]
        [DataRow(Qmc5883lOutputDataRate.Rate10Hz, Qmc5883lOversampling.Ratio64, 75)]    // datasheet
        [DataRow(Qmc5883lOutputDataRate.Rate10Hz, Qmc5883lOversampling.Ratio128, 79)]   // 75 + 25 × 64 / 448 = 78.57
        [DataRow(Qmc5883lOutputDataRate.Rate10Hz, Qmc5883lOversampling.Ratio256, 86)]   // 75 + 25 × 192 / 448 = 85.71
        [DataRow(Qmc5883lOutputDataRate.Rate10Hz, Qmc5883lOversampling.Ratio512, 100)]  // datasheet
        [DataRow(Qmc5883lOutputDataRate.Rate50Hz, Qmc5883lOversampling.Ratio64, 150)]   // datasheet
        [DataRow(Qmc5883lOutputDataRate.Rate50Hz, Qmc5883lOversampling.Ratio128, 165)]  // 150 + 100 × 64 / 448 = 164.29
        [DataRow(Qmc5883lOutputDataRate.Rate50Hz, Qmc5883lOversampling.Ratio256, 193)]  // 150 + 100 × 192 / 448 = 192.86
        [DataRow(Qmc5883lOutputDataRate.Rate50Hz, Qmc5883lOversampling.Ratio512, 250)]  // datasheet
        [DataRow(Qmc5883lOutputDataRate.Rate100Hz, Qmc5883lOversampling.Ratio64, 250)]  // datasheet
        [DataRow(Qmc5883lOutputDataRate.Rate100Hz, Qmc5883lOversampling.Ratio128, 279)] // 250 + 200 × 64 / 448 = 278.57
        [DataRow(Qmc5883lOutputDataRate.Rate100Hz, Qmc5883lOversampling.Ratio256, 336)] // 250 + 200 × 192 / 448 = 335.71
        [DataRow(Qmc5883lOutputDataRate.Rate100Hz, Qmc5883lOversampling.Ratio512, 450)] // datasheet
        [DataRow(Qmc5883lOutputDataRate.Rate200Hz, Qmc5883lOversampling.Ratio64, 450)]  // datasheet
        [DataRow(Qmc5883lOutputDataRate.Rate200Hz, Qmc5883lOversampling.Ratio128, 508)] // 450 + 400 × 64 / 448 = 507.14
        [DataRow(Qmc5883lOutputDataRate.Rate200Hz, Qmc5883lOversampling.Ratio256, 622)] // 450 + 400 × 192 / 448 = 621.43
        [DataRow(Qmc5883lOutputDataRate.Rate200Hz, Qmc5883lOversampling.Ratio512, 850)] // datasheet
        public void ContinuousCurrentFollowsTheDatasheetTable(Qmc5883lOutputDataRate rate, Qmc5883lOversampling oversampling, int expectedMicroamperes)
        {
            Assert.AreEqual(expectedMicroamperes, Qmc5883l.ContinuousCurrentMicroamperes(rate, oversampling));
            var (sensor, _, _) = Create();
            sensor.Configure(Qmc5883lMode.Continuous, rate, Qmc5883lFieldRange.Gauss8, oversampling);
            Assert.AreEqual(expectedMicroamperes, sensor.PowerProfile.ActiveCurrentMicroamperes);
            Assert.AreEqual(rate, sensor.OutputDataRate);
            Assert.AreEqual(oversampling, sensor.Oversampling);
        }
    }
}
