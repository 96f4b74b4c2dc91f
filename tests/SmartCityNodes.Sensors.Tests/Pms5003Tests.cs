using SmartCityNodes.Drivers.Sensors;
using SmartCityNodes.Drivers.Sensors.Pms5003;

namespace SmartCityNodes.Sensors.Tests
{
    [TestClass]
    public sealed class Pms5003Tests
    {
        // A measurement frame written out by hand (data manual V2.3 layout): 42 4D, length 00 1C (= 2×13 + 2 = 28),
        // data 1–3 (CF=1) 5, 8, 10; data 4–6 (atmospheric) 5, 8, 10; data 7–12 counts 882, 254, 50, 6, 2, 0;
        // data 13 = 0x9700. Check code = sum of bytes 0..29:
        //   header 0x42+0x4D+0x00+0x1C = 171; data 5+8+10+5+8+10 = 46; 0x03+0x72 = 117; 0xFE = 254; 0x32 = 50; 6; 2; 0x97 = 151
        //   171 + 46 + 117 + 254 + 50 + 6 + 2 + 151 = 797 = 0x031D.
        private const string HandFrame =
            "42 4D 00 1C 00 05 00 08 00 0A 00 05 00 08 00 0A 03 72 00 FE 00 32 00 06 00 02 00 00 97 00 03 1D";

        private static (Pms5003 Sensor, Pms5003Model Model, VirtualClock Clock) WithModel()
        {
            var clock = new VirtualClock();
            var model = new Pms5003Model(clock);
            return (new Pms5003(model, clock) { IgnoreWarmUp = true }, model, clock);
        }

        private static (Pms5003 Sensor, SimulatedSerialPort Port, VirtualClock Clock) Scripted()
        {
            var clock = new VirtualClock();
            var port = new SimulatedSerialPort(clock);
            return (new Pms5003(port, clock) { IgnoreWarmUp = true }, port, clock);
        }

        [TestMethod]
        public void DecoderAcceptsTheHandBuiltFrame()
        {
            var decoder = new Pms5003FrameDecoder();
            byte[] bytes = Hex.Parse(HandFrame);
            Pms5003FrameKind kind = Pms5003FrameKind.None;
            for (int i = 0; i < bytes.Length; i++)
            {
                kind = decoder.Push(bytes[i]);
                Assert.AreEqual(i == 31 ? Pms5003FrameKind.Measurement : Pms5003FrameKind.None, kind);
            }

            Assert.AreEqual(5, decoder.DataWord(1));
            Assert.AreEqual(10, decoder.DataWord(6));
            Assert.AreEqual(882, decoder.DataWord(7));
            Assert.AreEqual(0x9700, decoder.DataWord(13));
        }

        [TestMethod]
        [DataRow("42 4D 00 04 E1 00 01 74")] // answer to "passive": 0x42+0x4D+0x00+0x04+0xE1+0x00 = 0x174
        [DataRow("42 4D 00 04 E4 00 01 77")] // answer to "sleep":   0x42+0x4D+0x00+0x04+0xE4+0x00 = 0x177
        public void DecoderRecognisesCommandAnswers(string hex)
        {
            var decoder = new Pms5003FrameDecoder();
            Pms5003FrameKind kind = Pms5003FrameKind.None;
            foreach (byte b in Hex.Parse(hex))
            {
                kind = decoder.Push(b);
            }

            Assert.AreEqual(Pms5003FrameKind.CommandAnswer, kind);
        }

        [TestMethod]
        [DataRow("00 42 42 4D 00 1C", 0)]                                  // garbage and a doubled 0x42 before the frame
        [DataRow("42 4D 00 1C 00 05 00 08", 0)]                            // truncated frame (16 bytes of header+data missing) …
        [DataRow("42 4D 00 1D 00 00", 0)]                                  // bad length field 0x1D
        [DataRow(HandFrame, 0)]                                            // a whole frame before it, then the frame again
        public void DecoderResynchronisesBeforeAGoodFrame(string prefix, int unused)
        {
            var decoder = new Pms5003FrameDecoder();
            int measurements = 0;
            foreach (byte b in Hex.Parse(prefix + " " + HandFrame))
            {
                if (decoder.Push(b) == Pms5003FrameKind.Measurement)
                {
                    measurements++;
                }
            }

            Assert.IsTrue(measurements >= 1);
            Assert.AreEqual(8, decoder.DataWord(2));
            Assert.AreEqual(0, unused);
        }

        [TestMethod]
        public void DecoderRejectsAFlippedBit()
        {
            var decoder = new Pms5003FrameDecoder();
            byte[] bytes = Hex.Parse(HandFrame);
            bytes[13] ^= 0x01; // PM2.5 atmospheric 8 → 9, check code now 1 too low
            foreach (byte b in bytes)
            {
                Assert.AreEqual(Pms5003FrameKind.None, decoder.Push(b));
            }

            Assert.AreEqual(1, decoder.ChecksumErrors);
        }

        [TestMethod]
        public void CommandsAreByteExact()
        {
            // Data manual V2.3 appendix I: 42 4D CMD DATAH DATAL LRCH LRCL, LRC = 16-bit sum of the first five bytes.
            var (sensor, port, _) = Scripted();
            sensor.SetPassiveMode();
            CollectionAssert.AreEqual(Hex.Parse("42 4D E1 00 00 01 70"), port.Written()); // 42+4D+E1 = 0x170
            port.ClearWritten();
            sensor.SetActiveMode();
            CollectionAssert.AreEqual(Hex.Parse("42 4D E1 00 01 01 71"), port.Written()); // 42+4D+E1+01 = 0x171
            port.ClearWritten();
            sensor.Sleep();
            CollectionAssert.AreEqual(Hex.Parse("42 4D E4 00 00 01 73"), port.Written()); // 42+4D+E4 = 0x173
            port.ClearWritten();
            sensor.Wake();
            CollectionAssert.AreEqual(Hex.Parse("42 4D E4 00 01 01 74"), port.Written()); // 42+4D+E4+01 = 0x174
        }

        [TestMethod]
        public void PassiveReadSendsModeThenReadRequestAndDecodesAtmosphericValues()
        {
            var (sensor, model, _) = WithModel();
            model.SetConcentrations(5, 8, 10, 6, 9, 12);

            var reading = new ParticulateReading();
            Assert.IsTrue(sensor.TryRead(reading));
            CollectionAssert.AreEqual(Hex.Parse("42 4D E1 00 00 01 70 42 4D E2 00 00 01 71"), model.Written());
            Assert.IsTrue(reading.HasPm1);
            Assert.AreEqual(60, reading.Pm1DeciMicrogramsPerCubicMetre);  // 6 µg/m³ = 60 × 0.1
            Assert.AreEqual(90, reading.Pm25DeciMicrogramsPerCubicMetre);
            Assert.AreEqual(120, reading.Pm10DeciMicrogramsPerCubicMetre);

            // A second read needs only the read request.
            model.ClearWritten();
            Assert.IsTrue(sensor.TryRead(new ParticulateReading()));
            CollectionAssert.AreEqual(Hex.Parse("42 4D E2 00 00 01 71"), model.Written());
        }

        [TestMethod]
        public void StandardBasisReadsDataOneToThree()
        {
            var (sensor, model, _) = WithModel();
            model.SetConcentrations(5, 8, 10, 6, 9, 12);
            sensor.Basis = Pms5003ConcentrationBasis.Standard;
            var reading = new ParticulateReading();
            Assert.IsTrue(sensor.TryRead(reading));
            Assert.AreEqual(50, reading.Pm1DeciMicrogramsPerCubicMetre);
            Assert.AreEqual(100, reading.Pm10DeciMicrogramsPerCubicMetre);
        }

        [TestMethod]
        public void ReadingsAreNotReadyDuringTheThirtySecondWarmUp()
        {
            var clock = new VirtualClock();
            var model = new Pms5003Model(clock);
            var sensor = new Pms5003(model, clock);

            var reading = new ParticulateReading();
            Assert.IsFalse(sensor.TryRead(reading));
            Assert.AreEqual(SensorStatus.NotReady, reading.Status);
            Assert.AreEqual(30000, sensor.RemainingWarmUpMilliseconds);
            Assert.AreEqual(0, model.WrittenCount, "nothing sent while warming up");

            clock.Advance(29999);
            Assert.AreEqual(1, sensor.RemainingWarmUpMilliseconds);
            Assert.IsFalse(sensor.TryRead(new ParticulateReading()));
            clock.Advance(1);
            Assert.IsTrue(sensor.TryRead(reading));
        }

        [TestMethod]
        public void SleepSilencesTheSensorAndWakeRestartsWarmUpAndPassiveMode()
        {
            var clock = new VirtualClock();
            var model = new Pms5003Model(clock);
            var sensor = new Pms5003(model, clock);
            clock.Advance(30000);
            Assert.IsTrue(sensor.TryRead(new ParticulateReading()));

            sensor.Sleep();
            Assert.IsTrue(model.Asleep);
            var reading = new ParticulateReading();
            Assert.IsFalse(sensor.TryRead(reading));
            Assert.AreEqual(SensorStatus.NotReady, reading.Status);

            clock.Advance(600000);
            sensor.Wake();
            Assert.IsFalse(model.Asleep);
            Assert.IsFalse(model.Passive, "the model falls back to active mode after wake");
            Assert.AreEqual(30000, sensor.RemainingWarmUpMilliseconds);
            clock.Advance(30000);

            model.ClearWritten();
            Assert.IsTrue(sensor.TryRead(reading));
            Assert.IsTrue(model.Passive, "driver re-sent passive mode after wake");
            CollectionAssert.AreEqual(Hex.Parse("42 4D E1 00 00 01 70 42 4D E2 00 00 01 71"), model.Written());
        }

        [TestMethod]
        public void CommandAnswersInterleavedInTheStreamAreSkipped()
        {
            var (sensor, model, _) = WithModel();
            model.SendsCommandAnswers = true;
            var reading = new ParticulateReading();
            Assert.IsTrue(sensor.TryRead(reading));
            Assert.AreEqual(110, reading.Pm1DeciMicrogramsPerCubicMetre);
        }

        [TestMethod]
        public void ActiveModeFramesInterleavedWithTheAnswerStillDecode()
        {
            var (sensor, port, _) = Scripted();
            port.Enqueue(10, Hex.Parse("42 4D 00 04 E1 00 01 74"));           // answer to the mode command
            port.Enqueue(20, Hex.Parse("42 4D 00 1C 00 05 00 08"));           // an active frame cut off by the mode change
            port.Enqueue(60, Hex.Parse(HandFrame));
            var reading = new ParticulateReading();
            Assert.IsTrue(sensor.TryRead(reading));
            Assert.AreEqual(80, reading.Pm25DeciMicrogramsPerCubicMetre);
        }

        [TestMethod]
        public void CorruptedFrameOnlyIsChecksumErrorAfterThreeRequests()
        {
            var (sensor, port, clock) = Scripted();
            byte[] bad = Hex.Parse(HandFrame);
            bad[31] ^= 0xFF;
            port.Enqueue(50, bad);
            var reading = new ParticulateReading();
            Assert.IsFalse(sensor.TryRead(reading));
            Assert.AreEqual(SensorStatus.ChecksumError, reading.Status);
            Assert.AreEqual(1, reading.ChecksumErrors);
            // passive-mode command + read requests at t = 0, 500, 1000; gives up at 1500 ms.
            Assert.AreEqual(7 + (3 * 7), port.WrittenCount);
            Assert.IsTrue(clock.UptimeMilliseconds >= 1500 && clock.UptimeMilliseconds <= 1510);
        }

        [TestMethod]
        public void SilentSensorTimesOut()
        {
            var (sensor, port, clock) = Scripted();
            port.Silent = true;
            var reading = new ParticulateReading();
            Assert.IsFalse(sensor.TryRead(reading));
            Assert.AreEqual(SensorStatus.Timeout, reading.Status);
            Assert.IsTrue(clock.UptimeMilliseconds <= 1510);
        }

        [TestMethod]
        public void TruncatedFrameOnlyIsNoData()
        {
            var (sensor, port, _) = Scripted();
            port.Enqueue(50, Hex.Parse("42 4D 00 1C 00 05 00 08 00 0A"));
            var reading = new ParticulateReading();
            Assert.IsFalse(sensor.TryRead(reading));
            Assert.AreEqual(SensorStatus.NoData, reading.Status);
        }

        [TestMethod]
        // Data manual V2.3 technical index, note 1: "maximum range means that the highest output value of the PM2.5
        // standard data is not less than 1000" — a floor on the sensor's top output, so 1001 or 2500 µg/m³ (wildfire
        // smoke) are valid outputs, not faults.
        [DataRow(100, 200, 1001, SensorStatus.Ok)]
        [DataRow(900, 1800, 2500, SensorStatus.Ok)]
        [DataRow(100, 200, 1000, SensorStatus.Ok)]
        [DataRow(100, 300, 200, SensorStatus.OutOfRange)]  // PM2.5 > PM10 is impossible
        [DataRow(300, 200, 400, SensorStatus.OutOfRange)]  // PM1.0 > PM2.5 is impossible
        public void RejectsOnlyImpossibleConcentrations(int pm1, int pm25, int pm10, SensorStatus expected)
        {
            var (sensor, model, _) = WithModel();
            model.SetConcentrations(pm1, pm25, pm10, pm1, pm25, pm10);
            var reading = new ParticulateReading();
            sensor.TryRead(reading);
            Assert.AreEqual(expected, reading.Status);
        }

        [TestMethod]
        public void PowerProfileUsesDataManualFigures()
        {
            var (sensor, _, _) = WithModel();
            SensorPowerProfile profile = sensor.PowerProfile;
            Assert.AreEqual(30000, profile.WarmUpMilliseconds);
            Assert.AreEqual(100000, profile.ActiveCurrentMicroamperes);
            Assert.AreEqual(200, profile.IdleCurrentMicroamperes);
        }
    }
}
