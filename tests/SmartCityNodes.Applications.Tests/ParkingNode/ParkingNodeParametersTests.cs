// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using SmartCityNodes.Applications.ParkingNode;

namespace SmartCityNodes.Applications.Tests.ParkingNode
{
    [TestClass]
    public sealed class ParkingNodeParametersTests
    {
        [TestMethod]
        public void Defaults_AreValid()
        {
            Assert.IsNull(new ParkingNodeParameters().Validate());
        }

        [TestMethod]
        [DataRow("OccupiedDeviationMilligauss", 19)]
        [DataRow("OccupiedDeviationMilligauss", 5001)]
        [DataRow("VacantDeviationMilligauss", 9)]
        [DataRow("VacantDeviationMilligauss", 150)]     // no hysteresis gap below the 150 mG occupied threshold
        [DataRow("ConfirmationSeconds", 1)]
        [DataRow("ConfirmationSeconds", 601)]
        [DataRow("ConfirmationPollSeconds", 0)]
        [DataRow("ConfirmationPollSeconds", 21)]        // longer than the 20 s confirmation
        [DataRow("PollIntervalSeconds", 4)]
        [DataRow("PollIntervalSeconds", 3601)]
        [DataRow("OccupiedPollIntervalSeconds", 4)]
        [DataRow("OccupiedPollIntervalSeconds", 3601)]
        [DataRow("DriftTrackIntervalSeconds", 59)]
        [DataRow("DriftTrackIntervalSeconds", 86401)]
        [DataRow("InterruptWakesPerDriftPoll", 0)]
        [DataRow("InterruptWakesPerDriftPoll", 21)]
        [DataRow("HeartbeatSeconds", 599)]
        [DataRow("HeartbeatSeconds", 86401)]
        [DataRow("DriftTrackingDivisor", 1)]
        [DataRow("DriftTrackingDivisor", 257)]
        [DataRow("DriftStableMilligauss", 0)]
        [DataRow("DriftStableMilligauss", 81)]          // above the 80 mG vacant threshold
        [DataRow("FaultAfterFailures", 0)]
        [DataRow("FaultAfterFailures", 21)]
        [DataRow("CalibrationSamples", 0)]
        [DataRow("CalibrationSamples", 33)]
        [DataRow("CalibrationMaxSpreadMilligauss", 0)]
        [DataRow("CalibrationMaxSpreadMilligauss", 1001)]
        public void Validate_NamesTheBadField(string field, int value)
        {
            var parameters = new ParkingNodeParameters();
            typeof(ParkingNodeParameters).GetProperty(field)!.SetValue(parameters, value);
            Assert.AreEqual(field, parameters.Validate());
            Assert.AreEqual(field, Assert.ThrowsExactly<ArgumentException>(() => new ParkingNodeLogic(parameters)).Message);
        }

        [TestMethod]
        public void ApplyParameters_RejectsABadCandidate_AndKeepsTheOldOnes()
        {
            var logic = new ParkingNodeLogic(new ParkingNodeParameters());
            Assert.AreEqual("VacantDeviationMilligauss", logic.ApplyParameters(new ParkingNodeParameters { OccupiedDeviationMilligauss = 60 }));
            Assert.AreEqual(150, logic.Parameters.OccupiedDeviationMilligauss);
            Assert.IsNull(logic.ApplyParameters(new ParkingNodeParameters { OccupiedDeviationMilligauss = 200, InterruptWake = true }));
            Assert.AreEqual(200, logic.Parameters.OccupiedDeviationMilligauss);
            Assert.IsTrue(logic.Parameters.InterruptWake);
            Assert.AreEqual("candidate", logic.ApplyParameters(null!));
        }
    }
}
