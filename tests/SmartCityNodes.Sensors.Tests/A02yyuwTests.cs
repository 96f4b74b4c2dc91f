using SmartCityNodes.Drivers.Sensors;
using SmartCityNodes.Drivers.Sensors.A02yyuw;
using SmartCityNodes.Drivers.Sensors.JsnSr04t;

namespace SmartCityNodes.Sensors.Tests
{
    [TestClass]
    public sealed class A02yyuwTests
    {
        private static (A02yyuw Sensor, SimulatedSerialPort Port, VirtualClock Clock) Scripted()
        {
            var clock = new VirtualClock();
            var port = new SimulatedSerialPort(clock);
            return (new A02yyuw(port, clock, null), port, clock);
        }

        [TestMethod]
        public void ReadsMedianOfFiveFramesFromTheModel()
        {
            var clock = new VirtualClock();
            var model = new A02yyuwModel(clock, null) { DistanceMillimetres = 1953 };
            var sensor = new A02yyuw(model, clock, null);

            var reading = new DistanceReading();
            Assert.IsTrue(sensor.TryRead(reading));
            Assert.AreEqual(SensorStatus.Ok, reading.Status);
            Assert.AreEqual(1953, reading.DistanceMillimetres);
            Assert.AreEqual(5, reading.ValidSamples);

            // Processed output: one frame per 300 ms, five frames → about 1.5 s, well inside the 11 × 300 ms bound.
            Assert.IsTrue(clock.UptimeMilliseconds >= 1500 && clock.UptimeMilliseconds <= 1510, $"took {clock.UptimeMilliseconds} ms");
            Assert.AreEqual(0, model.WrittenCount, "the A02YYUW is never written to");
        }

        [TestMethod]
        public void RealTimeModeDrivesRxLowAndReadsFaster()
        {
            var clock = new VirtualClock();
            var rxPin = new RecordingOutputPin();
            var model = new A02yyuwModel(clock, rxPin) { DistanceMillimetres = 800 };
            var sensor = new A02yyuw(model, clock, rxPin);
            Assert.IsTrue(rxPin.Level, "processed mode (RX high) after construction");

            Assert.AreEqual(SensorStatus.Ok, sensor.SetOutputMode(A02yyuwOutputMode.RealTime));
            Assert.IsFalse(rxPin.Level, "real-time mode = RX low (SEN0311 wiki)");
            var reading = new DistanceReading();
            Assert.IsTrue(sensor.TryRead(reading));
            Assert.AreEqual(800, reading.DistanceMillimetres);
            Assert.IsTrue(clock.UptimeMilliseconds <= 510, $"five 100 ms frames, took {clock.UptimeMilliseconds} ms");

            Assert.AreEqual(SensorStatus.Ok, sensor.SetOutputMode(A02yyuwOutputMode.Processed));
            Assert.IsTrue(rxPin.Level);
        }

        [TestMethod]
        public void RealTimeModeWithoutPinIsNotSupported()
        {
            var (sensor, _, _) = Scripted();
            Assert.AreEqual(SensorStatus.NotSupported, sensor.SetOutputMode(A02yyuwOutputMode.RealTime));
            Assert.AreEqual(SensorStatus.Ok, sensor.SetOutputMode(A02yyuwOutputMode.Processed));
        }

        [TestMethod]
        public void MedianIgnoresOneWildEcho()
        {
            var (sensor, port, _) = Scripted();
            // 1000, 4000 (a wild echo, still in range), 1010, 990, 1005 → sorted 990 1000 1005 1010 4000 → 1005.
            int[] distances = { 1000, 4000, 1010, 990, 1005 };
            for (int i = 0; i < distances.Length; i++)
            {
                port.Enqueue(100 * (i + 1), Frames.Ultrasonic(distances[i]));
            }

            var reading = new DistanceReading();
            Assert.IsTrue(sensor.TryRead(reading));
            Assert.AreEqual(1005, reading.DistanceMillimetres);
        }

        [TestMethod]
        public void RejectsDistancesOutsideTheSensorRange()
        {
            var (sensor, port, _) = Scripted();
            // 29 mm is inside the 3 cm blind zone, 4501 mm beyond 450 cm: both rejected; median of 1000 1002 1004 1006 1008 = 1004.
            int[] distances = { 29, 1000, 4501, 1002, 1004, 1006, 1008 };
            for (int i = 0; i < distances.Length; i++)
            {
                port.Enqueue(100 * (i + 1), Frames.Ultrasonic(distances[i]));
            }

            var reading = new DistanceReading();
            Assert.IsTrue(sensor.TryRead(reading));
            Assert.AreEqual(1004, reading.DistanceMillimetres);
            Assert.AreEqual(5, reading.ValidSamples);
            Assert.AreEqual(2, reading.RejectedSamples);
        }

        // SEN0311 wiki: range 3–450 cm; its sample code treats distance ≤ 30 mm as "Below the lower limit" (accepts only
        // distance > 30), so 30 mm is rejected and 31 mm is the first accepted value; 4500 mm is the last accepted one.
        [TestMethod]
        [DataRow(31, true)]
        [DataRow(30, false)]
        [DataRow(4500, true)]
        [DataRow(29, false)]
        [DataRow(4501, false)]
        [DataRow(0, false)]
        public void RangeLimitsFollowTheWikiSample(int millimetres, bool accepted)
        {
            var (sensor, port, _) = Scripted();
            sensor.SamplesPerReading = 1;
            port.Enqueue(50, Frames.Ultrasonic(millimetres));
            var reading = new DistanceReading();
            sensor.TryRead(reading);
            Assert.AreEqual(accepted ? SensorStatus.Ok : SensorStatus.OutOfRange, reading.Status);
        }

        [TestMethod]
        public void AllFramesOutOfRangeIsOutOfRangeAfterTwiceNFrames()
        {
            var (sensor, port, clock) = Scripted();
            for (int i = 1; i <= 20; i++)
            {
                port.Enqueue(100 * i, Frames.Ultrasonic(10));
            }

            var reading = new DistanceReading();
            Assert.IsFalse(sensor.TryRead(reading));
            Assert.AreEqual(SensorStatus.OutOfRange, reading.Status);
            Assert.AreEqual(10, reading.RejectedSamples, "stops after 2 × N frames instead of burning the whole timeout");
            Assert.IsTrue(clock.UptimeMilliseconds <= 1010);
        }

        [TestMethod]
        public void SilentSensorTimesOutWithinTheBound()
        {
            var (sensor, _, clock) = Scripted();
            var reading = new DistanceReading();
            Assert.IsFalse(sensor.TryRead(reading));
            Assert.AreEqual(SensorStatus.Timeout, reading.Status);
            Assert.IsTrue(reading.IsFault);

            // Bound: (2 × 5 + 1) × 300 ms = 3300 ms, plus at most one 5 ms poll.
            Assert.AreEqual(3300, sensor.ReadingTimeoutMilliseconds);
            Assert.IsTrue(clock.UptimeMilliseconds >= 3300 && clock.UptimeMilliseconds <= 3305, $"took {clock.UptimeMilliseconds} ms");
        }

        [TestMethod]
        public void GarbageOnlyIsNoData()
        {
            var (sensor, port, _) = Scripted();
            port.Enqueue(100, Hex.Parse("00 11 22 33 44 55 66 77 88 99"));
            var reading = new DistanceReading();
            Assert.IsFalse(sensor.TryRead(reading));
            Assert.AreEqual(SensorStatus.NoData, reading.Status);
        }

        [TestMethod]
        public void CorruptedFramesOnlyIsChecksumError()
        {
            var (sensor, port, _) = Scripted();
            for (int i = 1; i <= 5; i++)
            {
                port.Enqueue(100 * i, Hex.Parse("FF 07 A1 A6")); // checksum should be A7
            }

            var reading = new DistanceReading();
            Assert.IsFalse(sensor.TryRead(reading));
            Assert.AreEqual(SensorStatus.ChecksumError, reading.Status);
            Assert.AreEqual(5, reading.ChecksumErrors);
        }

        [TestMethod]
        public void TruncatedCorruptedAndInterleavedInputStillGivesTheMedian()
        {
            var (sensor, port, _) = Scripted();
            port.Enqueue(100, Hex.Parse("FF 07"));             // truncated (sensor reset mid-frame)
            port.Enqueue(200, Hex.Parse("FF 07 A1 A7"));       // 1953
            port.Enqueue(300, Hex.Parse("FF 07 A2 00"));       // corrupted
            port.Enqueue(400, Hex.Parse("13 37 FF 07"));       // noise, then a frame split across two reads…
            port.Enqueue(420, Hex.Parse("A3 A9"));             // …1955: FF+07+A3 = 0x1A9 → A9
            port.Enqueue(500, Hex.Parse("FF 07 A2 A8"));       // 1954: FF+07+A2 = 0x1A8 → A8
            port.Enqueue(600, Hex.Parse("FF 07 A0 A6"));       // 1952
            port.Enqueue(700, Hex.Parse("FF 07 A4 AA"));       // 1956

            var reading = new DistanceReading();
            Assert.IsTrue(sensor.TryRead(reading));
            Assert.AreEqual(1954, reading.DistanceMillimetres); // sorted 1952 1953 1954 1955 1956
            Assert.AreEqual(5, reading.ValidSamples);
            Assert.IsTrue(reading.ChecksumErrors >= 2);
        }

        [TestMethod]
        public void TooFewValidSamplesIsAFault()
        {
            var (sensor, port, _) = Scripted();
            // Two valid frames of five wanted (three needed), the rest silence → reading fails after the bound.
            port.Enqueue(100, Frames.Ultrasonic(1000));
            port.Enqueue(200, Frames.Ultrasonic(1001));
            var reading = new DistanceReading();
            Assert.IsFalse(sensor.TryRead(reading));
            Assert.AreEqual(2, reading.ValidSamples);
            Assert.AreNotEqual(SensorStatus.Ok, reading.Status);
        }

        [TestMethod]
        public void StaleBytesFromBeforeTheReadingAreDiscarded()
        {
            var (sensor, port, clock) = Scripted();
            sensor.SamplesPerReading = 1;
            port.Enqueue(0, Frames.Ultrasonic(111));
            clock.Advance(1000);
            port.Enqueue(1100, Frames.Ultrasonic(2222));
            var reading = new DistanceReading();
            Assert.IsTrue(sensor.TryRead(reading));
            Assert.AreEqual(2222, reading.DistanceMillimetres);
        }

        [TestMethod]
        public void PowerProfileUsesWikiFigures()
        {
            var (sensor, _, _) = Scripted();
            SensorPowerProfile profile = sensor.PowerProfile;
            Assert.AreEqual(8000, profile.ActiveCurrentMicroamperes);   // ≤ 8 mA (SEN0311 wiki)
            Assert.AreEqual(5 * 300, profile.MeasurementMilliseconds);  // five processed frames
        }
    }
}
