using SmartCityNodes.Drivers.Sensors;
using SmartCityNodes.Drivers.Sensors.Battery;

namespace SmartCityNodes.Sensors.Tests
{
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
            var reading = new BatteryReading();
            Assert.IsTrue(monitor.TryRead(reading));
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
            var reading = new BatteryReading();
            Assert.IsTrue(monitor.TryRead(reading));
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
            var reading = new BatteryReading();
            Assert.IsTrue(monitor.TryRead(reading));
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

            Assert.IsTrue(monitor.TryRead(new BatteryReading()));
            Assert.IsFalse(enable.Level, "off again after the reading");
            Assert.AreEqual(1, enable.HighWrites);
            Assert.AreEqual(10, clock.WaitedMilliseconds, "settle time");
            Assert.AreEqual(0, monitor.PowerProfile.IdleCurrentMicroamperes);
        }

        [TestMethod]
        [DataRow(1_000_000, 1_000_000, 100, 350)] // R_th = 500 kΩ, τ = 500e3 · 100e−9 s = 50 ms, 7 τ = 350 ms
        [DataRow(10_000, 10_000, 100, 4)]         // R_th = 5 kΩ, τ = 0.5 ms, 7 τ = 3.5 ms → 4 ms (rounded up)
        [DataRow(470_000, 1_000_000, 10, 23)]     // R_th = 470e3·1e6/1.47e6 = 319 727 Ω, τ = 3.197 ms, 7 τ = 22.4 ms → 23 ms
        [DataRow(1_000_000, 1_000_000, 0, 0)]     // no capacitor
        public void SettleTimeIsSevenTimeConstants(int top, int bottom, int nanofarads, int expectedMilliseconds)
        {
            var monitor = new BatteryMonitor(new FakeAdcChannel(4095, 1), new VirtualClock(), 3300, top, bottom, StateOfChargeCurves.LithiumIon, null);
            Assert.AreEqual(expectedMilliseconds, monitor.SettleMillisecondsForCapacitance(nanofarads));
        }

        [TestMethod]
        public void SwitchedDividerWithCapacitorReadsTheCellOnlyAfterSettling()
        {
            // README wiring: 1 MΩ + 1 MΩ, 100 nF at the ADC pin, switched divider; cell at 4000 mV, pin settles to 2000 mV.
            var clock = new VirtualClock();
            var divider = new RcDividerAdc(clock, 4000, 1_000_000, 1_000_000, 100, 3300);
            var monitor = new BatteryMonitor(divider, clock, 3300, 1_000_000, 1_000_000, StateOfChargeCurves.LithiumIon, divider);

            // Default 10 ms = 0.2 τ: the pin is at 1 − e^−0.2 = 18.1 % → about 725 mV instead of 4000 mV.
            var early = new BatteryReading();
            Assert.IsTrue(monitor.TryRead(early));
            Assert.IsTrue(early.VoltageMillivolts < 1000, $"read {early.VoltageMillivolts} mV");

            // 7 τ = 350 ms: residual e^−7 = 0.09 % → 3996 mV; allow ±5 mV for the ADC's 0.8 mV pin step (× 2 divider).
            clock.Advance(60_000); // switched off for a minute: the capacitor discharges (model starts from 0 V again)
            monitor.SettleMilliseconds = monitor.SettleMillisecondsForCapacitance(100);
            var settled = new BatteryReading();
            Assert.IsTrue(monitor.TryRead(settled));
            Assert.IsTrue(Math.Abs(settled.VoltageMillivolts - 4000) <= 5, $"read {settled.VoltageMillivolts} mV");
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
            var reading = new BatteryReading();
            Assert.IsFalse(monitor.TryRead(reading));
            Assert.AreEqual(SensorStatus.OutOfRange, reading.Status);
        }

        [TestMethod]
        public void ZeroInputIsNoData()
        {
            var monitor = new BatteryMonitor(new FakeAdcChannel(4095, 0), new VirtualClock(), 3300, 1, 1, StateOfChargeCurves.LithiumIon, null);
            var reading = new BatteryReading();
            Assert.IsFalse(monitor.TryRead(reading));
            Assert.AreEqual(SensorStatus.NoData, reading.Status);
        }
    }
}
