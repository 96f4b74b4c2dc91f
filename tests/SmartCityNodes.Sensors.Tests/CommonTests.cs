using SmartCityNodes.Drivers.Sensors;
using SmartCityNodes.Drivers.Sensors.Environment;

namespace SmartCityNodes.Sensors.Tests
{
    [TestClass]
    public sealed class CommonTests
    {
        [TestMethod]
        [DataRow(new[] { 5 }, 5)]
        [DataRow(new[] { 3, 1, 2 }, 2)]                // sorted 1 2 3 → middle 2
        [DataRow(new[] { 4, 1, 3, 2 }, 2)]             // sorted 1 2 3 4 → (2 + 3) / 2 = 2.5 → 2 (toward zero)
        [DataRow(new[] { -5, -1 }, -3)]                // (−5 + −1) / 2 = −3
        [DataRow(new[] { 10, 10, 1000, 10, 0 }, 10)]   // sorted 0 10 10 10 1000 → 10: one outlier does not move it
        [DataRow(new[] { 1005, 4000, 990, 1000, 1010 }, 1005)] // sorted 990 1000 1005 1010 4000
        public void MedianSelectsTheMiddleValue(int[] values, int expected)
        {
            int[] buffer = (int[])values.Clone();
            Assert.AreEqual(expected, Median.SortAndSelect(buffer, buffer.Length));
            for (int i = 1; i < buffer.Length; i++)
            {
                Assert.IsTrue(buffer[i - 1] <= buffer[i], "sorted in place");
            }
        }

        [TestMethod]
        public void MedianUsesOnlyTheCountedPrefix()
        {
            int[] buffer = { 7, 3, 9, -100, -100 };
            Assert.AreEqual(7, Median.SortAndSelect(buffer, 3)); // 3 7 9
        }

        [TestMethod]
        [DataRow(SensorStatus.Ok, 0)]
        [DataRow(SensorStatus.Timeout, 1)]
        [DataRow(SensorStatus.Nack, 2)]
        [DataRow(SensorStatus.BusError, 3)]
        [DataRow(SensorStatus.ChecksumError, 4)]
        [DataRow(SensorStatus.OutOfRange, 5)]
        [DataRow(SensorStatus.NoData, 6)]
        [DataRow(SensorStatus.WrongDevice, 7)]
        [DataRow(SensorStatus.NotReady, 8)]
        [DataRow(SensorStatus.NotSupported, 9)]
        public void StatusCodesAreStablePayloadValues(SensorStatus status, int code)
        {
            Assert.AreEqual(code, (int)(byte)status);
        }

        [TestMethod]
        public void FaultFlagFollowsStatus()
        {
            var reading = new DistanceReading { Status = SensorStatus.Ok };
            Assert.IsFalse(reading.IsFault);
            reading.Status = SensorStatus.ChecksumError;
            Assert.IsTrue(reading.IsFault);
            Assert.IsTrue(new MagneticFieldReading { Status = SensorStatus.Nack }.IsFault);
            Assert.IsTrue(new ParticulateReading { Status = SensorStatus.NotReady }.IsFault);
        }

        [TestMethod]
        public void PowerProfileChargeIsWarmUpPlusMeasurementTimesCurrent()
        {
            // (30000 ms + 1500 ms) × 100000 µA = 3 150 000 000 µA·ms (= 875 µAh).
            var profile = new SensorPowerProfile(30000, 1500, 100000, 200);
            Assert.AreEqual(3_150_000_000L, profile.ActiveChargeMicroampereMilliseconds);
        }

        [TestMethod]
        public void PowerProfileIsKeptUntilItsFiguresChange()
        {
            var kept = new SensorPowerProfile(30000, 1500, 100000, 200);
            Assert.AreSame(kept, SensorPowerProfile.Reuse(kept, 30000, 1500, 100000, 200));

            SensorPowerProfile changed = SensorPowerProfile.Reuse(kept, 30000, 1000, 100000, 200);
            Assert.AreNotSame(kept, changed);
            Assert.AreEqual(1000, changed.MeasurementMilliseconds);
            Assert.AreEqual(30000, changed.WarmUpMilliseconds);
            Assert.AreEqual(100000, changed.ActiveCurrentMicroamperes);
            Assert.AreEqual(200, changed.IdleCurrentMicroamperes);

            Assert.IsNotNull(SensorPowerProfile.Reuse(null!, 1, 2, 3, 4));
        }

        [TestMethod]
        public void ClearResetsEveryFieldOfAReading()
        {
            var distance = new DistanceReading { Status = SensorStatus.Timeout, DistanceMillimetres = 5, ValidSamples = 1, RejectedSamples = 2, ChecksumErrors = 3 };
            distance.Clear();
            Assert.AreEqual(SensorStatus.Ok, distance.Status);
            Assert.AreEqual(0, distance.DistanceMillimetres + distance.ValidSamples + distance.RejectedSamples + distance.ChecksumErrors);

            var particulate = new ParticulateReading { Status = SensorStatus.Nack, HasPm1 = true, Pm1DeciMicrogramsPerCubicMetre = 1, Pm25DeciMicrogramsPerCubicMetre = 2, Pm10DeciMicrogramsPerCubicMetre = 3, ChecksumErrors = 4 };
            particulate.Clear();
            Assert.AreEqual(SensorStatus.Ok, particulate.Status);
            Assert.IsFalse(particulate.HasPm1);
            Assert.AreEqual(0, particulate.Pm1DeciMicrogramsPerCubicMetre + particulate.Pm25DeciMicrogramsPerCubicMetre + particulate.Pm10DeciMicrogramsPerCubicMetre + particulate.ChecksumErrors);

            var field = new MagneticFieldReading { Status = SensorStatus.OutOfRange, XMilligauss = 1, YMilligauss = 2, ZMilligauss = 3 };
            field.Clear();
            Assert.AreEqual(SensorStatus.Ok, field.Status);
            Assert.AreEqual(0, field.XMilligauss | field.YMilligauss | field.ZMilligauss);
        }

        [TestMethod]
        public void AFailedReadingLeavesNoValueOfTheLastGoodOne()
        {
            // The same caller-owned reading is reused every wake: a fault must not show the previous wake's values.
            var sensor = new SimulatedEnvironmentSensor(EnvironmentQuantities.Bme280, EnvironmentPowerProfiles.Bme280Forced);
            sensor.SetValues(2315, 4570, 101325, 0);
            var reading = new EnvironmentReading();
            Assert.IsTrue(sensor.TryRead(reading));
            Assert.AreEqual(2315, reading.TemperatureCentiCelsius);

            sensor.FailNext(SensorStatus.Nack, 1);
            Assert.IsFalse(sensor.TryRead(reading));
            Assert.AreEqual(SensorStatus.Nack, reading.Status);
            Assert.AreEqual(EnvironmentQuantities.None, reading.Valid);
            Assert.AreEqual(0, reading.TemperatureCentiCelsius);
        }

        [TestMethod]
        public void TryReadRejectsANullReading()
        {
            var sensor = new SimulatedEnvironmentSensor(EnvironmentQuantities.Bme280, EnvironmentPowerProfiles.Bme280Forced);
            Assert.ThrowsExactly<ArgumentNullException>(() => sensor.TryRead(null!));
            Assert.AreEqual(0, sensor.ReadCount, "a rejected call is not counted as a reading");
        }
    }
}
