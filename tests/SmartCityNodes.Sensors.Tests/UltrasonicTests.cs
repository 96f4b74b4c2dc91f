using SmartCityNodes.Drivers.Sensors;
using SmartCityNodes.Drivers.Sensors.A02yyuw;
using SmartCityNodes.Drivers.Sensors.JsnSr04t;
using SmartCityNodes.Sensors.Tests.Doubles;

namespace SmartCityNodes.Sensors.Tests
{
    [TestClass]
    public sealed class UltrasonicFrameDecoderTests
    {
        // Frames FF H L SUM, SUM = (0xFF + H + L) & 0xFF, distance = H·256 + L mm (DFRobot SEN0311 wiki).
        [TestMethod]
        [DataRow("FF 07 A1 A7", 1953)] // SEN0311 wiki example: 0x07A1 = 1953 mm; FF+07+A1 = 0x1A7 → A7
        [DataRow("FF 00 1E 1D", 30)]   // 0x001E = 30 mm; FF+00+1E = 0x11D → 1D
        [DataRow("FF 11 94 A4", 4500)] // 0x1194 = 4500 mm; FF+11+94 = 0x1A4 → A4
        [DataRow("FF 01 FF FF", 511)]  // 0x01FF = 511 mm; FF+01+FF = 0x1FF → FF (data and checksum look like start bytes)
        [DataRow("FF 00 00 FF", 0)]    // FF+00+00 = 0xFF
        public void DecodesDatasheetFrames(string hex, int expectedMillimetres)
        {
            var decoder = new UltrasonicFrameDecoder();
            byte[] bytes = Hex.Parse(hex);
            int distance = -1;
            for (int i = 0; i < bytes.Length; i++)
            {
                bool done = decoder.Push(bytes[i], out distance);
                Assert.AreEqual(i == bytes.Length - 1, done, $"frame completes only on byte {bytes.Length - 1}");
            }

            Assert.AreEqual(expectedMillimetres, distance);
            Assert.AreEqual(0, decoder.ChecksumErrors);
        }

        [TestMethod]
        [DataRow("12 34 FF 07 A1 A7", 1953, 0)]          // leading garbage skipped
        [DataRow("FF 07 FF 07 A1 A7", 1953, 1)]          // truncated frame, then a good one: window FF 07 FF 07 fails (FF+07+FF=0x205→05≠07)
        [DataRow("FF 07 A1 A8 FF 07 A1 A7", 1953, 1)]    // corrupted checksum, then a good frame
        [DataRow("FF FF 07 A1 A7", 1953, 1)]             // doubled start byte: FF FF 07 A1 fails (FF+FF+07=0x205→05≠A1), resync
        [DataRow("55 FF 01 FF FF", 511, 0)]              // 0xFF in the data after garbage
        public void ResynchronisesOnGarbage(string hex, int expectedMillimetres, int expectedChecksumErrors)
        {
            var decoder = new UltrasonicFrameDecoder();
            int frames = 0;
            int last = -1;
            foreach (byte b in Hex.Parse(hex))
            {
                if (decoder.Push(b, out int distance))
                {
                    frames++;
                    last = distance;
                }
            }

            Assert.AreEqual(1, frames);
            Assert.AreEqual(expectedMillimetres, last);
            Assert.AreEqual(expectedChecksumErrors, decoder.ChecksumErrors);
        }

        [TestMethod]
        public void CorruptedFrameAloneYieldsNothing()
        {
            var decoder = new UltrasonicFrameDecoder();
            foreach (byte b in Hex.Parse("FF 07 A1 A6"))
            {
                Assert.IsFalse(decoder.Push(b, out _));
            }

            Assert.AreEqual(1, decoder.ChecksumErrors);
        }
    }

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

            Assert.IsTrue(sensor.TryRead(out DistanceReading reading));
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
            Assert.IsTrue(sensor.TryRead(out DistanceReading reading));
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

            Assert.IsTrue(sensor.TryRead(out DistanceReading reading));
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

            Assert.IsTrue(sensor.TryRead(out DistanceReading reading));
            Assert.AreEqual(1004, reading.DistanceMillimetres);
            Assert.AreEqual(5, reading.ValidSamples);
            Assert.AreEqual(2, reading.RejectedSamples);
        }

        [TestMethod]
        [DataRow(30, true)]
        [DataRow(4500, true)]
        [DataRow(29, false)]
        [DataRow(4501, false)]
        [DataRow(0, false)]
        public void RangeLimitsAreInclusive(int millimetres, bool accepted)
        {
            var (sensor, port, _) = Scripted();
            sensor.SamplesPerReading = 1;
            port.Enqueue(50, Frames.Ultrasonic(millimetres));
            sensor.TryRead(out DistanceReading reading);
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

            Assert.IsFalse(sensor.TryRead(out DistanceReading reading));
            Assert.AreEqual(SensorStatus.OutOfRange, reading.Status);
            Assert.AreEqual(10, reading.RejectedSamples, "stops after 2 × N frames instead of burning the whole timeout");
            Assert.IsTrue(clock.UptimeMilliseconds <= 1010);
        }

        [TestMethod]
        public void SilentSensorTimesOutWithinTheBound()
        {
            var (sensor, _, clock) = Scripted();
            Assert.IsFalse(sensor.TryRead(out DistanceReading reading));
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
            Assert.IsFalse(sensor.TryRead(out DistanceReading reading));
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

            Assert.IsFalse(sensor.TryRead(out DistanceReading reading));
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

            Assert.IsTrue(sensor.TryRead(out DistanceReading reading));
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
            Assert.IsFalse(sensor.TryRead(out DistanceReading reading));
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
            Assert.IsTrue(sensor.TryRead(out DistanceReading reading));
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

    [TestClass]
    public sealed class JsnSr04tTests
    {
        [TestMethod]
        public void TriggeredModeSendsOne0x55PerSample()
        {
            var clock = new VirtualClock();
            var model = new JsnSr04tModel(clock, triggered: true) { DistanceMillimetres = 1500 };
            var sensor = new JsnSr04t(model, clock, JsnSr04tUartMode.Triggered);

            Assert.IsTrue(sensor.TryRead(out DistanceReading reading));
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

            Assert.IsTrue(sensor.TryRead(out DistanceReading reading));
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

            Assert.IsFalse(sensor.TryRead(out DistanceReading reading));
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
            sensor.TryRead(out DistanceReading reading);
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

            Assert.IsTrue(sensor.TryRead(out DistanceReading reading));
            Assert.AreEqual(1501, reading.DistanceMillimetres);
            Assert.IsTrue(reading.ChecksumErrors >= 1);
        }
    }
}
