// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using SmartCityNodes.Applications.AirNode;
using SmartCityNodes.Drivers.Sensors;
using SmartCityNodes.Drivers.Sensors.Pms5003;

namespace SmartCityNodes.Applications.Tests.AirNode
{
    /// <summary>The AirNode measurement on the real PMS5003 driver and its datasheet model, across a simulated deep-sleep reboot.</summary>
    [TestClass]
    public sealed class AirMeasurementOnDriversTests
    {
        [TestMethod]
        public void WarmUpTimedByTheLogic_SurvivesTheReboot_ADriverCreatedAfterIt_Samples()
        {
            var clock = new VirtualClock();
            var model = new Pms5003Model(clock);
            // Atmospheric PM1/PM2.5/PM10 = 11/22/33 µg/m³ (the model's defaults) → 110/220/330 in 0.1 µg/m³.
            var readings = new AirReadings();
            new AirMeasurement(null!, new Pms5003(model, clock)).Perform(AirStep.WakeParticulateSensor, readings);
            Assert.AreEqual(SensorStatus.Ok, readings.WakeStatus);

            clock.Advance(30000); // the node deep-sleeps through the 30 s warm-up; the next boot builds a new driver
            var control = new Pms5003(model, clock);
            var early = new ParticulateReading();
            Assert.IsFalse(control.TryRead(early), "a fresh driver counts its own 30 s");
            Assert.AreEqual(SensorStatus.NotReady, early.Status);

            new AirMeasurement(null!, new Pms5003(model, clock)).Perform(AirStep.FinalSample, readings);
            Assert.AreEqual(SensorStatus.Ok, readings.ParticulateStatus);
            Assert.AreEqual(110, readings.Pm1DeciMicrogramsPerCubicMetre);
            Assert.AreEqual(220, readings.Pm25DeciMicrogramsPerCubicMetre);
            Assert.AreEqual(330, readings.Pm10DeciMicrogramsPerCubicMetre);
            Assert.AreEqual(SensorStatus.Ok, readings.SleepStatus);
            Assert.IsTrue(model.Asleep, "the final sample puts the fan to sleep");
            Assert.AreEqual(SensorStatus.NotSupported, readings.EnvironmentStatus, "no BME on this node");
        }
    }
}
