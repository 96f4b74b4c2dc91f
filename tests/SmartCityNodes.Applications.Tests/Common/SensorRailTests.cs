// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using SmartCityNodes.Applications.AirNode;
using SmartCityNodes.Applications.BinNode;
using SmartCityNodes.Applications.Common;
using SmartCityNodes.Drivers.Sensors;

namespace SmartCityNodes.Applications.Tests.Common
{
    [TestClass]
    public sealed class SensorRailTests
    {
        /// <summary>A sensor whose driver throws (a bug, a bus adapter's exception), with datasheet-like currents.</summary>
        private sealed class ThrowingSensor : IDistanceSensor, IParticulateSensor
        {
            public SensorPowerProfile PowerProfile { get; } = new SensorPowerProfile(500, 300, 8000, 8000);

            public bool Throws { get; set; } = true;

            public bool TryRead(DistanceReading reading) => Throws ? throw new InvalidOperationException("driver fault") : true;

            public SensorStatus Sleep() => SensorStatus.Ok;

            public SensorStatus Wake() => Throws ? throw new InvalidOperationException("driver fault") : SensorStatus.Ok;

            public bool TryRead(ParticulateReading reading) => Throws ? throw new InvalidOperationException("driver fault") : true;
        }

        [TestMethod]
        [DataRow(false, true, false)]
        [DataRow(true, false, true)]
        public void TheRailStartsOffAndWaitsOutTheStartUpTime(bool activeLow, bool onLevel, bool offLevel)
        {
            var clock = new VirtualClock(0);
            var pin = new FakeOutputPin();
            var rail = new SensorRail(pin, activeLow, clock);
            Assert.IsFalse(rail.IsOn);
            Assert.AreEqual(offLevel, pin.Level, "off at construction");

            rail.PowerUp(500);
            Assert.AreEqual(onLevel, pin.Level);
            Assert.AreEqual(500, clock.UptimeMilliseconds, "the start-up time is waited once");
            rail.PowerUp(500);
            Assert.AreEqual(500, clock.UptimeMilliseconds, "already on: no second wait");

            rail.PowerDown();
            Assert.AreEqual(offLevel, pin.Level);
        }

        [TestMethod]
        public void ARangerWhoseDriverThrowsIsSwitchedOffAnyway()
        {
            var clock = new VirtualClock(0);
            var pin = new FakeOutputPin();
            var rail = new SensorRail(pin, false, clock);
            var measurement = new BinMeasurement(new ThrowingSensor(), null, null, rail);

            Assert.ThrowsExactly<InvalidOperationException>(() => measurement.Measure(new BinReadings()));
            Assert.IsFalse(rail.IsOn, "8 mA would otherwise flow until the next reading");
            Assert.AreEqual(0, measurement.IdleMicroamps, "the ranger's idle current is off the books with the rail");
        }

        [TestMethod]
        public void AParticulateSensorWhoseDriverThrowsIsSwitchedOffAndNoLongerHoldsLightSleep()
        {
            var clock = new VirtualClock(0);
            var rail = new SensorRail(new FakeOutputPin(), false, clock);
            var sensor = new ThrowingSensor();
            var measurement = new AirMeasurement(null, sensor, rail);

            Assert.ThrowsExactly<InvalidOperationException>(() => measurement.Perform(AirStep.WakeParticulateSensor, new AirReadings()));
            Assert.IsFalse(rail.IsOn);
            Assert.IsFalse(measurement.RailHeld);
            Assert.IsFalse(measurement.WarmingUp);

            // A working wake step holds the rail (and light sleep) until the final sample.
            sensor.Throws = false;
            measurement.Perform(AirStep.WakeParticulateSensor, new AirReadings());
            Assert.IsTrue(measurement.RailHeld && measurement.WarmingUp);
            Assert.AreEqual(8000, measurement.IdleMicroamps, "the fan's current between steps");
            measurement.Perform(AirStep.FinalSample, new AirReadings());
            Assert.IsFalse(measurement.RailHeld);
            Assert.AreEqual(0, measurement.IdleMicroamps, "nothing on a rail that is off");
        }

        [TestMethod]
        public void ASampleAfterTheRailWasCutIsAFaultNotAReading()
        {
            // A new boot after a deep sleep: the rail is off (the ESP32 reset its GPIOs), so the sensor had no power.
            var clock = new VirtualClock(0);
            var sensor = new ThrowingSensor { Throws = false };
            var measurement = new AirMeasurement(null, sensor, new SensorRail(new FakeOutputPin(), false, clock));
            var readings = new AirReadings();
            measurement.Perform(AirStep.Sample, readings);
            Assert.AreEqual(SensorStatus.NotReady, readings.ParticulateStatus);
        }
    }
}
