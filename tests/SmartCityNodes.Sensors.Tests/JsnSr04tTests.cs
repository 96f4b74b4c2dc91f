using SmartCityNodes.Drivers.Sensors;
using SmartCityNodes.Drivers.Sensors.A02yyuw;
using SmartCityNodes.Drivers.Sensors.JsnSr04t;

namespace SmartCityNodes.Sensors.Tests
{
    [TestClass]
    public sealed class JsnSr04tTests
    {
        [TestMethod]
        public void TriggeredModeSendsOne0x55PerSample()
        {
            var clock = new VirtualClock();
            var model = new JsnSr04tModel(clock, triggered: true) { DistanceMillimetres = 1500 };
            var sensor = new JsnSr04t(model, clock, JsnSr04tUartMode.Triggered);

            var reading = new DistanceReading();
            Assert.IsTrue(sensor.TryRead(reading));
            Assert.AreEqual(1500, reading.DistanceMillimetres);
            CollectionAssert.AreEqual(Hex.Parse("55 55 55 55 55"), model.Written());
            Assert.AreEqual(0, model.OtherBytesReceived);
        }

        [TestMethod]
        public void AutomaticModeNeverWrites()
        {
            var clock = new VirtualClock();
            var model = new JsnSr04tModel(clock, triggered: false) { DistanceMillimetres = 2500 };
            var sensor = new JsnSr04t(model, clock, JsnSr04tUartMode.Automatic);

            var reading = new DistanceReading();
            Assert.IsTrue(sensor.TryRead(reading));
            Assert.AreEqual(2500, reading.DistanceMillimetres);
            Assert.AreEqual(0, model.WrittenCount);
            Assert.IsTrue(clock.UptimeMilliseconds <= 510, "five 100 ms frames");
        }

        [TestMethod]
        public void SilentTriggeredSensorIsRetriggeredEvery100MsThenTimesOut()
        {
            var clock = new VirtualClock();
            var port = new SimulatedSerialPort(clock) { Silent = true };
            var sensor = new JsnSr04t(port, clock, JsnSr04tUartMode.Triggered);

            var reading = new DistanceReading();
            Assert.IsFalse(sensor.TryRead(reading));
            Assert.AreEqual(SensorStatus.Timeout, reading.Status);
            // Bound (2 × 5 + 1) × 100 ms = 1100 ms; a trigger every 100 ms → 11 triggers (t = 0, 100, …, 1000).
            Assert.IsTrue(clock.UptimeMilliseconds >= 1100 && clock.UptimeMilliseconds <= 1105);
            Assert.AreEqual(11, port.WrittenCount);
        }

        [TestMethod]
        [DataRow(200, true)]   // 20 cm
        [DataRow(6000, true)]  // 600 cm
        [DataRow(199, false)]
        [DataRow(6001, false)]
        public void RejectsOutsideTwentyToSixHundredCentimetres(int millimetres, bool accepted)
        {
            var clock = new VirtualClock();
            var model = new JsnSr04tModel(clock, triggered: true) { DistanceMillimetres = millimetres };
            var sensor = new JsnSr04t(model, clock, JsnSr04tUartMode.Triggered) { SamplesPerReading = 3 };
            var reading = new DistanceReading();
            sensor.TryRead(reading);
            Assert.AreEqual(accepted ? SensorStatus.Ok : SensorStatus.OutOfRange, reading.Status);
        }

        [TestMethod]
        public void CorruptedAnswersAreRetriggeredAndResynchronised()
        {
            var clock = new VirtualClock();
            var port = new SimulatedSerialPort(clock);
            var sensor = new JsnSr04t(port, clock, JsnSr04tUartMode.Triggered) { SamplesPerReading = 3 };
            port.Enqueue(30, Hex.Parse("FF 05 DC E0"));  // 1500 mm: FF+05+DC = 0x1E0 → E0
            port.Enqueue(130, Hex.Parse("FF 05 DC E1")); // corrupted
            port.Enqueue(230, Hex.Parse("AA FF 05"));    // noise + truncated
            port.Enqueue(330, Hex.Parse("FF 05 DE E2")); // 1502: FF+05+DE = 0x1E2 → E2
            port.Enqueue(430, Hex.Parse("FF 05 DD E1")); // 1501: FF+05+DD = 0x1E1 → E1

            var reading = new DistanceReading();
            Assert.IsTrue(sensor.TryRead(reading));
            Assert.AreEqual(1501, reading.DistanceMillimetres);
            Assert.IsTrue(reading.ChecksumErrors >= 1);
        }
    }
}
