using SmartCityNodes.Drivers.Sensors;
using SmartCityNodes.Drivers.Sensors.A02yyuw;
using SmartCityNodes.Drivers.Sensors.Battery;
using SmartCityNodes.Drivers.Sensors.Environment;
using SmartCityNodes.Drivers.Sensors.JsnSr04t;
using SmartCityNodes.Drivers.Sensors.Lis3mdl;
using SmartCityNodes.Drivers.Sensors.Pms5003;
using SmartCityNodes.Drivers.Sensors.Qmc5883l;
using SmartCityNodes.Drivers.Sensors.Sds011;

namespace SmartCityNodes.Sensors.Tests
{
    /// <summary>
    /// Zero allocations per reading after construction: a warmed-up loop of readings (models included, which are
    /// allocation-free too) must not move GC.GetAllocatedBytesForCurrentThread. Deterministic, not timed.
    /// </summary>
    [TestClass]
    public sealed class AllocationTests
    {
        private delegate bool Reader();

        private static void AssertNoAllocation(Reader read, int iterations = 200)
        {
            for (int i = 0; i < 5; i++)
            {
                Assert.IsTrue(read(), "warm-up reading must succeed");
            }

            long before = GC.GetAllocatedBytesForCurrentThread();
            int ok = 0;
            for (int i = 0; i < iterations; i++)
            {
                if (read())
                {
                    ok++;
                }
            }

            long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
            Assert.AreEqual(iterations, ok, "every reading succeeded");
            Assert.AreEqual(0L, allocated, $"{allocated} bytes allocated over {iterations} readings");
        }

        [TestMethod]
        public void A02yyuw()
        {
            var clock = new VirtualClock();
            var sensor = new A02yyuw(new A02yyuwModel(clock, null), clock, null);
            var reading = new DistanceReading();
            AssertNoAllocation(() => sensor.TryRead(reading));
        }

        [TestMethod]
        public void JsnSr04tTriggered()
        {
            var clock = new VirtualClock();
            var sensor = new JsnSr04t(new JsnSr04tModel(clock, true), clock, JsnSr04tUartMode.Triggered);
            var reading = new DistanceReading();
            AssertNoAllocation(() => sensor.TryRead(reading));
        }

        [TestMethod]
        public void JsnSr04tAutomatic()
        {
            var clock = new VirtualClock();
            var sensor = new JsnSr04t(new JsnSr04tModel(clock, false), clock, JsnSr04tUartMode.Automatic);
            var reading = new DistanceReading();
            AssertNoAllocation(() => sensor.TryRead(reading));
        }

        [TestMethod]
        public void Pms5003()
        {
            var clock = new VirtualClock();
            var sensor = new Pms5003(new Pms5003Model(clock), clock) { IgnoreWarmUp = true };
            var reading = new ParticulateReading();
            AssertNoAllocation(() => sensor.TryRead(reading));
        }

        [TestMethod]
        public void Sds011()
        {
            var clock = new VirtualClock();
            var sensor = new Sds011(new Sds011Model(clock), clock) { IgnoreWarmUp = true };
            Assert.AreEqual(SensorStatus.Ok, sensor.SetQueryMode());
            var reading = new ParticulateReading();
            AssertNoAllocation(() => sensor.TryRead(reading));
        }

        [TestMethod]
        public void Qmc5883l()
        {
            var clock = new VirtualClock();
            var chip = new Qmc5883lModel(clock) { XCounts = 3000 };
            var sensor = new Qmc5883l(chip, clock, null);
            sensor.Initialize();
            sensor.SetMode(Qmc5883lMode.Continuous);
            var reading = new MagneticFieldReading();
            AssertNoAllocation(() => sensor.TryRead(reading));
        }

        [TestMethod]
        public void Lis3mdl()
        {
            var clock = new VirtualClock();
            var chip = new Lis3mdlModel(clock) { XCounts = 6842 };
            var sensor = new Lis3mdl(chip, clock, chip.InterruptPin);
            sensor.Initialize();
            var reading = new MagneticFieldReading();
            AssertNoAllocation(() => sensor.TryRead(reading));
        }

        [TestMethod]
        public void BatteryMonitor()
        {
            var clock = new VirtualClock();
            var monitor = new BatteryMonitor(new FakeAdcChannel(4095, 2600, 2601), clock, 3300, 10_000, 10_000, StateOfChargeCurves.LithiumIon, new RecordingOutputPin());
            var reading = new BatteryReading();
            AssertNoAllocation(() => monitor.TryRead(reading));
        }

        [TestMethod]
        public void SimulatedEnvironmentSensor()
        {
            var sensor = new SimulatedEnvironmentSensor(EnvironmentQuantities.Bme680, EnvironmentPowerProfiles.Bme680ForcedWithGas);
            var reading = new EnvironmentReading();
            AssertNoAllocation(() => sensor.TryRead(reading));
        }
    }
}
