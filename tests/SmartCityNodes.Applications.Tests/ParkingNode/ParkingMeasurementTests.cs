// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using SmartCityNodes.Applications.ParkingNode;
using SmartCityNodes.Applications.Tests.Doubles;
using SmartCityNodes.Drivers.Sensors;

namespace SmartCityNodes.Applications.Tests.ParkingNode
{
    [TestClass]
    public sealed class ParkingMeasurementTests
    {
        [TestMethod]
        public void Measure_CopiesTheField_AndTheFault()
        {
            var magnetometer = new FakeMagnetometer { Status = SensorStatus.Ok, X = -12, Y = 34, Z = -560 };
            var measurement = new ParkingMeasurement(magnetometer);
            var readings = new ParkingReadings();
            measurement.Measure(readings);
            Assert.AreEqual(SensorStatus.Ok, readings.Status);
            Assert.AreEqual(-12, readings.XMilligauss);
            Assert.AreEqual(34, readings.YMilligauss);
            Assert.AreEqual(-560, readings.ZMilligauss);

            magnetometer.Status = SensorStatus.Timeout;
            measurement.Measure(readings);
            Assert.AreEqual(SensorStatus.Timeout, readings.Status);
        }

        [TestMethod]
        public void Calibrate_SkipsFailedReads_UpToTwiceTheSamples()
        {
            var magnetometer = new FakeMagnetometer { Status = SensorStatus.Ok, X = 100, Y = 200, Z = -300, FailNext = 3 };
            var logic = new ParkingNodeLogic(new ParkingNodeParameters { CalibrationSamples = 8 });
            var readings = new ParkingReadings();
            Assert.AreEqual(CalibrationStatus.Ok, new ParkingMeasurement(magnetometer).Calibrate(logic, 0, readings));
            Assert.AreEqual(11, magnetometer.ReadCount, "3 failures + 8 good");
            Assert.AreEqual(1600, logic.BaselineXSixteenthsMilligauss);

            var dead = new FakeMagnetometer { Status = SensorStatus.Nack };
            var fresh = new ParkingNodeLogic(new ParkingNodeParameters { CalibrationSamples = 8 });
            Assert.AreEqual(CalibrationStatus.TooFewSamples, new ParkingMeasurement(dead).Calibrate(fresh, 0, readings));
            Assert.AreEqual(16, dead.ReadCount, "bounded: 2 × 8 attempts");
            Assert.AreEqual(ParkingState.Uncalibrated, fresh.State);
        }

        [TestMethod]
        public void Calibrate_AMovingField_IsUnstable()
        {
            // X climbs 5 mG per read: 100 … 135 over 8 reads, spread 35 > 30.
            var magnetometer = new FakeMagnetometer { Status = SensorStatus.Ok, X = 100, XStepPerRead = 5 };
            var logic = new ParkingNodeLogic(new ParkingNodeParameters());
            Assert.AreEqual(CalibrationStatus.Unstable, new ParkingMeasurement(magnetometer).Calibrate(logic, 0, new ParkingReadings()));
        }

        [TestMethod]
        public void Constructor_RejectsNull()
        {
            Assert.ThrowsExactly<ArgumentNullException>(() => new ParkingMeasurement(null!));
        }
    }
}
