using SmartCityNodes.Drivers.Sensors;
using SmartCityNodes.Drivers.Sensors.Battery;
using SmartCityNodes.Sensors.Tests.Doubles;

namespace SmartCityNodes.Sensors.Tests
{
    [TestClass]
    public sealed class StateOfChargeCurveTests
    {
        // Li-ion table (Maxim AN4189): 0 % 3306, 10 % 3687, 20 % 3741, 30 % 3775, 40 % 3793, 50 % 3821, 60 % 3884,
        // 70 % 3945, 80 % 4008, 90 % 4086, 100 % 4177 mV. Interpolation by hand, rounded to the nearest 0.1 %:
        [TestMethod]
        [DataRow(3000, 0)]     // below the table → 0 %
        [DataRow(3306, 0)]
        [DataRow(3687, 100)]   // on a point
        [DataRow(3700, 124)]   // 100 + (3700 − 3687) × 100 / (3741 − 3687) = 100 + 1300 / 54 = 124.07 → 124
        [DataRow(3807, 450)]   // 400 + 14 × 100 / 28 = 450
        [DataRow(3821, 500)]
        [DataRow(4000, 787)]   // 700 + 55 × 100 / 63 = 787.30 → 787
        [DataRow(4100, 915)]   // 900 + 14 × 100 / 91 = 915.38 → 915
        [DataRow(4177, 1000)]
        [DataRow(4300, 1000)]  // above the table → 100 %
        [DataRow(3500, 51)]    // 0 + (3500 − 3306) × 100 / 381 = 19400 / 381 = 50.92 → 51
        public void LithiumIonPointsComputedByHand(int millivolts, int expectedPerMille)
        {
            Assert.AreEqual(expectedPerMille, StateOfChargeCurves.LithiumIon.StateOfChargePerMille(millivolts));
        }

        // Li-SOCl2 table: 2000 → 0, 3000 → 20, 3300 → 50, 3400 → 100, 3500 → 300, 3600 → 900, 3650 → 1000.
        [TestMethod]
        [DataRow(1900, 0)]
        [DataRow(2500, 10)]    // 0 + 500 × 20 / 1000 = 10
        [DataRow(3350, 75)]    // 50 + 50 × 50 / 100 = 75
        [DataRow(3450, 200)]   // 100 + 50 × 200 / 100 = 200
        [DataRow(3550, 600)]   // 300 + 50 × 600 / 100 = 600
        [DataRow(3633, 966)]   // 900 + 33 × 100 / 50 = 900 + 66 = 966
        [DataRow(3700, 1000)]
        public void LithiumThionylChloridePointsComputedByHand(int millivolts, int expectedPerMille)
        {
            Assert.AreEqual(expectedPerMille, StateOfChargeCurves.LithiumThionylChloride.StateOfChargePerMille(millivolts));
        }

        [TestMethod]
        [DataRow(1, 0)]  // 0.25 → 0
        [DataRow(2, 1)]  // 0.5  → 1 (halves round up)
        [DataRow(3, 1)]  // 0.75 → 1
        public void RoundsToNearestWithHalvesUp(int millivolts, int expected)
        {
            var curve = new StateOfChargeCurve(new[] { 0, 4 }, new[] { 0, 1 });
            Assert.AreEqual(expected, curve.StateOfChargePerMille(millivolts));
        }

        [TestMethod]
        public void RejectsCurvesThatDoNotAscend()
        {
            Assert.ThrowsExactly<ArgumentException>(() => new StateOfChargeCurve(new[] { 3000, 3000 }, new[] { 0, 1000 }));
            Assert.ThrowsExactly<ArgumentException>(() => new StateOfChargeCurve(new[] { 3000, 4000 }, new[] { 1000, 0 }));
            Assert.ThrowsExactly<ArgumentException>(() => new StateOfChargeCurve(new[] { 3000 }, new[] { 0 }));
        }
    }

    [TestClass]
    public sealed class BatteryMonitorTests
    {
        [TestMethod]
        [DataRow(2048, 3300, 1_000_000, 1_000_000, 3301)] // 2048 × 3300 × 2 / 4095 = 13 516 800 / 4095 = 3300.81 → 3301
        [DataRow(2600, 3300, 10_000, 10_000, 4190)]       // 2600 × 3300 × 2 / 4095 = 17 160 000 / 4095 = 4190.48 → 4190
        [DataRow(3000, 3300, 470_000, 1_000_000, 3554)]   // 3000 × 3300 × 1.47 / 4095 = 14 553 000 / 4095 = 3553.85 → 3554
        public void ScalesThroughTheDivider(int raw, int fullScale, int top, int bottom, int expected)
        {
            var clock = new VirtualClock();
            var adc = new FakeAdcChannel(4095, raw);
            var monitor = new BatteryMonitor(adc, clock, fullScale, top, bottom, StateOfChargeCurves.LithiumIon, null);
            Assert.IsTrue(monitor.TryRead(out BatteryReading reading));
            Assert.AreEqual(expected, reading.VoltageMillivolts);
            Assert.AreEqual(raw, reading.RawAverage);
        }

        [TestMethod]
        public void AveragesSamplesBeforeScaling()
        {
            var clock = new VirtualClock();
            // Mean of 2598, 2602, 2599, 2601 = 2600 → 4190 mV as above (one rounding, on the sum).
            var adc = new FakeAdcChannel(4095, 2598, 2602, 2599, 2601);
            var monitor = new BatteryMonitor(adc, clock, 3300, 10_000, 10_000, StateOfChargeCurves.LithiumIon, null) { SamplesPerReading = 4 };
            Assert.IsTrue(monitor.TryRead(out BatteryReading reading));
            Assert.AreEqual(4190, reading.VoltageMillivolts);
            Assert.AreEqual(4, adc.Conversions);
            // 4190 mV lies above the Li-ion table's last point (4177 mV) → 100.0 %.
            Assert.AreEqual(1000, reading.StateOfChargePerMille);
        }

        [TestMethod]
        public void TwoPointCalibrationComputedByHand()
        {
            // Node read 3000 mV where the meter read 3030, and 4000 where it read 4050:
            // gain = (4050 − 3030) / (4000 − 3000) = 1.02 → 1 020 000 ppm; offset = 3030 − 3000 × 1.02 = −30 mV.
            BatteryCalibration calibration = BatteryCalibration.FromTwoPoints(3000, 3030, 4000, 4050);
            Assert.AreEqual(1_020_000, calibration.GainPpm);
            Assert.AreEqual(-30, calibration.OffsetMillivolts);
            Assert.AreEqual(3540, calibration.Apply(3500)); // 3500 × 1.02 − 30 = 3540, on the line through both points
            Assert.AreEqual(3030, calibration.Apply(3000));
            Assert.AreEqual(4050, calibration.Apply(4000));
            Assert.AreEqual(3500, BatteryCalibration.Identity.Apply(3500));
        }

        [TestMethod]
        public void CalibrationIsAppliedBeforeTheCurve()
        {
            var clock = new VirtualClock();
            var adc = new FakeAdcChannel(4095, 2048); // 3301 mV uncalibrated (see above)
            var monitor = new BatteryMonitor(adc, clock, 3300, 1_000_000, 1_000_000, StateOfChargeCurves.LithiumThionylChloride, null)
            {
                Calibration = new BatteryCalibration(1_000_000, 249), // + 249 mV → 3550
            };
            Assert.IsTrue(monitor.TryRead(out BatteryReading reading));
            Assert.AreEqual(3550, reading.VoltageMillivolts);
            Assert.AreEqual(600, reading.StateOfChargePerMille); // Li-SOCl2 at 3550 mV, see the curve test
        }

        [TestMethod]
        public void SwitchedDividerIsOnOnlyWhileMeasuring()
        {
            var clock = new VirtualClock();
            var enable = new RecordingOutputPin();
            var adc = new FakeAdcChannel(4095, 2048);
            var monitor = new BatteryMonitor(adc, clock, 3300, 1_000_000, 1_000_000, StateOfChargeCurves.LithiumIon, enable);
            Assert.IsFalse(enable.Level);

            Assert.IsTrue(monitor.TryRead(out _));
            Assert.IsFalse(enable.Level, "off again after the reading");
            Assert.AreEqual(1, enable.HighWrites);
            Assert.AreEqual(10, clock.TotalDelayedMilliseconds, "settle time");
            Assert.AreEqual(0, monitor.PowerProfile.IdleCurrentMicroamperes);
        }

        [TestMethod]
        public void PermanentDividerShowsItsLeakageAsIdleCurrent()
        {
            var monitor = new BatteryMonitor(new FakeAdcChannel(4095, 1), new VirtualClock(), 3300, 1_000_000, 1_000_000, StateOfChargeCurves.LithiumIon, null);
            // 4200 mV / 2 MΩ = 2.1 µA, rounded up to 3 µA.
            Assert.AreEqual(3, monitor.PowerProfile.IdleCurrentMicroamperes);
            Assert.AreEqual(3, monitor.PowerProfile.ActiveCurrentMicroamperes);
        }

        [TestMethod]
        public void SaturatedInputIsOutOfRange()
        {
            var adc = new FakeAdcChannel(4095, 2000, 4095);
            var monitor = new BatteryMonitor(adc, new VirtualClock(), 3300, 1, 1, StateOfChargeCurves.LithiumIon, null) { SamplesPerReading = 2 };
            Assert.IsFalse(monitor.TryRead(out BatteryReading reading));
            Assert.AreEqual(SensorStatus.OutOfRange, reading.Status);
        }

        [TestMethod]
        public void ZeroInputIsNoData()
        {
            var monitor = new BatteryMonitor(new FakeAdcChannel(4095, 0), new VirtualClock(), 3300, 1, 1, StateOfChargeCurves.LithiumIon, null);
            Assert.IsFalse(monitor.TryRead(out BatteryReading reading));
            Assert.AreEqual(SensorStatus.NoData, reading.Status);
        }
    }
}
