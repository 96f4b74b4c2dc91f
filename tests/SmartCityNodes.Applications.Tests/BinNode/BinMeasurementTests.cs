// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using SmartCityNodes.Applications.BinNode;
using SmartCityNodes.Applications.Tests.Doubles;
using SmartCityNodes.Drivers.Sensors;
using SmartCityNodes.Drivers.Sensors.Environment;

namespace SmartCityNodes.Applications.Tests.BinNode
{
    [TestClass]
    public sealed class BinMeasurementTests
    {
        private static SimulatedEnvironmentSensor Bme280() => new SimulatedEnvironmentSensor(EnvironmentQuantities.Bme280, new SensorPowerProfile(2, 10, 700, 1));

        [TestMethod]
        public void Measure_ReadsRangerTemperatureAndTilt()
        {
            var ranger = new FakeDistanceSensor { Status = SensorStatus.Ok, DistanceMillimetres = 734 };
            var environment = Bme280();
            environment.SetValues(-512, 4000, 100000, 0);
            var tilt = new FakeInputPin { Level = true };
            var readings = new BinReadings();

            new BinMeasurement(ranger, environment, tilt).Measure(readings);

            Assert.AreEqual(SensorStatus.Ok, readings.DistanceStatus);
            Assert.AreEqual(734, readings.DistanceMillimetres);
            Assert.AreEqual(SensorStatus.Ok, readings.TemperatureStatus);
            Assert.AreEqual(-512, readings.TemperatureCentiCelsius);
            Assert.IsTrue(readings.TiltActive);
        }

        [TestMethod]
        public void Measure_PassesFaultsThrough_AndMissingSensorsAreNotSupported()
        {
            var ranger = new FakeDistanceSensor { Status = SensorStatus.Timeout };
            var environment = Bme280();
            environment.FailNext(SensorStatus.Nack, 1);
            var readings = new BinReadings();
            new BinMeasurement(ranger, environment, null).Measure(readings);
            Assert.AreEqual(SensorStatus.Timeout, readings.DistanceStatus);
            Assert.AreEqual(SensorStatus.Nack, readings.TemperatureStatus);
            Assert.IsFalse(readings.TiltActive);

            new BinMeasurement(ranger, null, null).Measure(readings);
            Assert.AreEqual(SensorStatus.NotSupported, readings.TemperatureStatus);
        }

        [TestMethod]
        public void Constructor_RejectsNullRanger()
        {
            Assert.ThrowsExactly<ArgumentNullException>(() => new BinMeasurement(null!, null, null));
        }
    }
}
