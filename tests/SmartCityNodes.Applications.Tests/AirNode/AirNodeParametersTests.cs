// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using SmartCityNodes.Applications.AirNode;

namespace SmartCityNodes.Applications.Tests.AirNode
{
    [TestClass]
    public sealed class AirNodeParametersTests
    {
        [TestMethod]
        public void Defaults_AreValid()
        {
            Assert.IsNull(new AirNodeParameters().Validate());
        }

        [TestMethod]
        [DataRow("CycleIntervalSeconds", 299)]
        [DataRow("CycleIntervalSeconds", 86401)]
        [DataRow("WarmUpSeconds", 29)]                       // below the 30 s both manuals ask for
        [DataRow("WarmUpSeconds", 121)]
        [DataRow("SampleCount", 0)]
        [DataRow("SampleCount", 11)]
        [DataRow("SampleIntervalSeconds", 0)]
        [DataRow("SampleIntervalSeconds", 61)]
        [DataRow("PeriodicReportSeconds", 1799)]             // shorter than the 1800 s cycle
        [DataRow("PeriodicReportSeconds", 86401)]
        [DataRow("Pm25RaiseMicrogramsPerCubicMetre", 0)]
        [DataRow("Pm25RaiseMicrogramsPerCubicMetre", 1001)]
        [DataRow("Pm25ClearMicrogramsPerCubicMetre", 36)]    // not below the raise threshold
        [DataRow("Pm10RaiseMicrogramsPerCubicMetre", 0)]
        [DataRow("Pm10ClearMicrogramsPerCubicMetre", 155)]
        [DataRow("Pm10ClearMicrogramsPerCubicMetre", -1)]
        public void Validate_NamesTheBadField(string field, int value)
        {
            var parameters = new AirNodeParameters();
            typeof(AirNodeParameters).GetProperty(field)!.SetValue(parameters, value);
            Assert.AreEqual(field, parameters.Validate());
            Assert.AreEqual(field, Assert.ThrowsExactly<ArgumentException>(() => new AirNodeLogic(parameters)).Message);
        }

        [TestMethod]
        public void Validate_APlanLongerThanTheCycle_NamesTheSampleCount()
        {
            // 120 s warm-up + 9 × 60 s = 660 s ≥ 300 s cycle: the sensor would never sleep.
            var parameters = new AirNodeParameters { CycleIntervalSeconds = 300, PeriodicReportSeconds = 300, WarmUpSeconds = 120, SampleCount = 10, SampleIntervalSeconds = 60 };
            Assert.AreEqual("SampleCount", parameters.Validate());
        }

        [TestMethod]
        public void ApplyParameters_RejectsABadCandidate_AndKeepsTheOldOnes()
        {
            var logic = new AirNodeLogic(new AirNodeParameters());
            Assert.AreEqual("WarmUpSeconds", logic.ApplyParameters(new AirNodeParameters { WarmUpSeconds = 10 }));
            Assert.AreEqual(30000, logic.Plan.WarmUpMilliseconds);
            Assert.IsNull(logic.ApplyParameters(new AirNodeParameters { WarmUpSeconds = 45 }));
            Assert.AreEqual(45000, logic.Plan.WarmUpMilliseconds);
            Assert.AreEqual("candidate", logic.ApplyParameters(null!));
        }

        [TestMethod]
        public void SamplePlan_DefaultEnergy_IsDominatedByTheWarmUp()
        {
            var plan = new AirNodeLogic(new AirNodeParameters()).Plan;
            // On-time = 30 s warm-up + (3 − 1) × 2 s = 34 s, of which 30 s (88 %) is warm-up.
            Assert.AreEqual(34000, plan.SensorOnMillisecondsPerCycle);
            // 86400 s / 1800 s = 48 cycles a day.
            Assert.AreEqual(48, plan.CyclesPerDay);
            // PMS5003 at 100 mA: 100000 µA × 34 s × 48 / 3600 s/h = 45333.3 µAh → 45333 µAh a day.
            Assert.AreEqual(45333L, plan.ActiveMicroampereHoursPerDay(100000));
            // SDS011 at 70 mA: 70000 × 34 × 48 / 3600 = 31733.3 → 31733 µAh.
            Assert.AreEqual(31733L, plan.ActiveMicroampereHoursPerDay(70000));
        }
    }
}
