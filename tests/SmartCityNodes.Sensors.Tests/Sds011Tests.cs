using SmartCityNodes.Drivers.Sensors;
using SmartCityNodes.Drivers.Sensors.Sds011;

namespace SmartCityNodes.Sensors.Tests
{
    [TestClass]
    public sealed class Sds011Tests
    {
        // Host commands (control protocol V1.3): AA B4 CMD DATA1 DATA2 + 10 × 00, ID FF FF, CS = low byte of the sum of bytes 2..16, AB.
        //   query mode  : 02 + 01 + 01 + FF + FF = 0x202 → 02
        //   query data  : 04 + FF + FF           = 0x202 → 02
        //   sleep       : 06 + 01 + 00 + FF + FF = 0x205 → 05
        //   work        : 06 + 01 + 01 + FF + FF = 0x206 → 06
        //   active mode : 02 + 01 + 00 + FF + FF = 0x201 → 01
        private const string SetQueryMode = "AA B4 02 01 01 00 00 00 00 00 00 00 00 00 00 FF FF 02 AB";
        private const string QueryData = "AA B4 04 00 00 00 00 00 00 00 00 00 00 00 00 FF FF 02 AB";
        private const string SleepCommand = "AA B4 06 01 00 00 00 00 00 00 00 00 00 00 00 FF FF 05 AB";
        private const string WorkCommand = "AA B4 06 01 01 00 00 00 00 00 00 00 00 00 00 FF FF 06 AB";
        private const string SetActiveMode = "AA B4 02 01 00 00 00 00 00 00 00 00 00 00 00 FF FF 01 AB";

        // Data frame example of the protocol: PM2.5 = 0x04D4 = 1236 → 123.6 µg/m³, PM10 = 0x0A3A = 2618 → 261.8 µg/m³,
        // ID A1 60; CS = D4 + 04 + 3A + 0A + A1 + 60 = 0x21D → 1D.
        private const string DataFrame = "AA C0 D4 04 3A 0A A1 60 1D AB";

        private static (Sds011 Sensor, SimulatedSerialPort Port, VirtualClock Clock) Scripted()
        {
            var clock = new VirtualClock();
            var port = new SimulatedSerialPort(clock);
            return (new Sds011(port, clock) { IgnoreWarmUp = true }, port, clock);
        }

        private static (Sds011 Sensor, Sds011Model Model, VirtualClock Clock) WithModel()
        {
            var clock = new VirtualClock();
            var model = new Sds011Model(clock);
            return (new Sds011(model, clock) { IgnoreWarmUp = true }, model, clock);
        }

        [TestMethod]
        public void QueryDecodesTheProtocolExampleFrame()
        {
            var (sensor, port, _) = Scripted();
            port.Enqueue(20, Hex.Parse(DataFrame));
            var reading = new ParticulateReading();
            Assert.IsTrue(sensor.TryRead(reading));
            CollectionAssert.AreEqual(Hex.Parse(QueryData), port.Written());
            Assert.AreEqual(1236, reading.Pm25DeciMicrogramsPerCubicMetre);
            Assert.AreEqual(2618, reading.Pm10DeciMicrogramsPerCubicMetre);
            Assert.IsFalse(reading.HasPm1);
            Assert.AreEqual(0xA160, sensor.DeviceId);
        }

        [TestMethod]
        public void CommandsAreByteExactAndRepliesAreMatched()
        {
            var (sensor, model, _) = WithModel();
            Assert.AreEqual(SensorStatus.Ok, sensor.SetQueryMode());
            CollectionAssert.AreEqual(Hex.Parse(SetQueryMode), model.Written());
            Assert.IsTrue(model.QueryMode);

            model.ClearWritten();
            Assert.AreEqual(SensorStatus.Ok, sensor.Sleep());
            CollectionAssert.AreEqual(Hex.Parse(SleepCommand), model.Written());
            Assert.IsTrue(model.Asleep);
            Assert.IsTrue(sensor.IsAsleep);

            model.ClearWritten();
            Assert.AreEqual(SensorStatus.Ok, sensor.Wake());
            CollectionAssert.AreEqual(Hex.Parse(WorkCommand), model.Written());
            Assert.IsFalse(model.Asleep);

            model.ClearWritten();
            Assert.AreEqual(SensorStatus.Ok, sensor.SetActiveMode());
            CollectionAssert.AreEqual(Hex.Parse(SetActiveMode), model.Written());
            Assert.AreEqual(0, model.RejectedCommands, "the model accepted every checksum");
        }

        [TestMethod]
        [DataRow("AA C5 06 01 00 00 A1 60 08 AB")] // sleep reply: 06+01+00+00+A1+60 = 0x108 → 08
        public void SleepReplyFromTheProtocolIsAccepted(string reply)
        {
            var (sensor, port, _) = Scripted();
            port.Enqueue(30, Hex.Parse(reply));
            Assert.AreEqual(SensorStatus.Ok, sensor.Sleep());
        }

        [TestMethod]
        public void ReplyToADifferentCommandIsNotAccepted()
        {
            var (sensor, port, _) = Scripted();
            port.Enqueue(30, Hex.Parse("AA C5 02 01 01 00 A1 60 05 AB")); // query-mode reply: 02+01+01+00+A1+60 = 0x105 → 05
            Assert.AreEqual(SensorStatus.NoData, sensor.Sleep());
            Assert.IsFalse(sensor.IsAsleep);
        }

        [TestMethod]
        public void QueryModeReadFromTheModel()
        {
            var (sensor, model, _) = WithModel();
            Assert.AreEqual(SensorStatus.Ok, sensor.SetQueryMode());
            model.Pm25Tenths = 57;
            model.Pm10Tenths = 98;
            var reading = new ParticulateReading();
            Assert.IsTrue(sensor.TryRead(reading));
            Assert.AreEqual(57, reading.Pm25DeciMicrogramsPerCubicMetre);
            Assert.AreEqual(98, reading.Pm10DeciMicrogramsPerCubicMetre);
            Assert.AreEqual(1, model.Queries);
        }

        [TestMethod]
        public void AsleepOrWarmingUpIsNotReadyWithoutTraffic()
        {
            var clock = new VirtualClock();
            var model = new Sds011Model(clock);
            var sensor = new Sds011(model, clock);
            var reading = new ParticulateReading();
            Assert.IsFalse(sensor.TryRead(reading));
            Assert.AreEqual(SensorStatus.NotReady, reading.Status);
            Assert.AreEqual(0, model.WrittenCount);

            clock.Advance(30000);
            Assert.AreEqual(SensorStatus.Ok, sensor.Sleep());
            model.ClearWritten();
            Assert.IsFalse(sensor.TryRead(reading));
            Assert.AreEqual(SensorStatus.NotReady, reading.Status);
            Assert.AreEqual(0, model.WrittenCount);
        }

        [TestMethod]
        public void SleepingSensorIgnoresQueriesSoTheDriverTimesOut()
        {
            var (sensor, model, clock) = WithModel();
            Assert.AreEqual(SensorStatus.Ok, sensor.Sleep());
            sensor.Wake();
            model.ClearWritten();
            // Put the model to sleep behind the driver's back (a brown-out reset of the sensor, say).
            var raw = Hex.Parse(SleepCommand);
            model.Write(raw, 0, raw.Length);
            clock.Advance(100); // its reply arrives and is stale by the time the driver queries
            long start = clock.UptimeMilliseconds;
            var reading = new ParticulateReading();
            Assert.IsFalse(sensor.TryRead(reading));
            Assert.AreEqual(SensorStatus.Timeout, reading.Status);
            Assert.IsTrue(clock.UptimeMilliseconds - start <= 1510);
        }

        [TestMethod]
        public void ActiveFramesInterleavedWithTheReplyAreHandled()
        {
            var (sensor, port, _) = Scripted();
            port.Enqueue(5, Hex.Parse("AA C0 D4 04"));                     // tail of an active frame cut off
            port.Enqueue(10, Hex.Parse("AA C5 06 01 00 00 A1 60 08 AB"));  // a stray sleep reply
            port.Enqueue(20, Hex.Parse(DataFrame));
            var reading = new ParticulateReading();
            Assert.IsTrue(sensor.TryRead(reading));
            Assert.AreEqual(1236, reading.Pm25DeciMicrogramsPerCubicMetre);
        }

        [TestMethod]
        public void CorruptedFrameIsChecksumError()
        {
            var (sensor, port, _) = Scripted();
            port.Enqueue(20, Hex.Parse("AA C0 D4 04 3A 0A A1 60 1E AB"));
            var reading = new ParticulateReading();
            Assert.IsFalse(sensor.TryRead(reading));
            Assert.AreEqual(SensorStatus.ChecksumError, reading.Status);
            Assert.AreEqual(3, port.WrittenCount / 19, "query repeated every 500 ms, three times");
        }

        [TestMethod]
        public void WrongTailIsNotAFrame()
        {
            var (sensor, port, _) = Scripted();
            port.Enqueue(20, Hex.Parse("AA C0 D4 04 3A 0A A1 60 1D AC"));
            var reading = new ParticulateReading();
            Assert.IsFalse(sensor.TryRead(reading));
            Assert.AreEqual(SensorStatus.NoData, reading.Status);
        }

        [TestMethod]
        public void SilentLineTimesOut()
        {
            var (sensor, port, clock) = Scripted();
            port.Silent = true;
            Assert.AreEqual(SensorStatus.Timeout, sensor.SetQueryMode());
            var reading = new ParticulateReading();
            Assert.IsFalse(sensor.TryRead(reading));
            Assert.AreEqual(SensorStatus.Timeout, reading.Status);
            Assert.IsTrue(clock.UptimeMilliseconds <= 2 * 1510);
        }

        [TestMethod]
        [DataRow(9999, 9999, SensorStatus.Ok)]          // 999.9 µg/m³, the top of the range
        [DataRow(9999, 10000, SensorStatus.OutOfRange)] // 1000.0 µg/m³
        [DataRow(500, 400, SensorStatus.OutOfRange)]    // PM2.5 > PM10
        public void RejectsOutOfRangeValues(int pm25, int pm10, SensorStatus expected)
        {
            var (sensor, model, _) = WithModel();
            sensor.SetQueryMode();
            model.Pm25Tenths = pm25;
            model.Pm10Tenths = pm10;
            var reading = new ParticulateReading();
            sensor.TryRead(reading);
            Assert.AreEqual(expected, reading.Status);
        }

        [TestMethod]
        public void DecoderResynchronisesInsideGarbage()
        {
            var decoder = new Sds011FrameDecoder();
            int frames = 0;
            foreach (byte b in Hex.Parse("AA AA C0 00 AB AA C0 D4 04 3A 0A A1 60 1D AB"))
            {
                if (decoder.Push(b))
                {
                    frames++;
                }
            }

            Assert.AreEqual(1, frames);
            Assert.AreEqual(0xD4, decoder.Frame[2]);
        }
    }
}
