// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using SmartCityNodes.Applications.BinNode;

namespace SmartCityNodes.Applications.Tests.BinNode
{
    [TestClass]
    public sealed class BinNodeParametersTests
    {
        [TestMethod]
        public void Defaults_AreValid()
        {
            Assert.IsNull(new BinNodeParameters().Validate());
        }

        [TestMethod]
        [DataRow("BinDepthMillimetres", 99)]
        [DataRow("BinDepthMillimetres", 5001)]
        [DataRow("MountingOffsetMillimetres", -1)]
        [DataRow("MountingOffsetMillimetres", 2001)]
        [DataRow("SamplesPerReading", 0)]
        [DataRow("SamplesPerReading", 16)]
        [DataRow("AssumedSpeedOfSoundMillimetresPerSecond", 319999)]
        [DataRow("AssumedSpeedOfSoundMillimetresPerSecond", 360001)]
        [DataRow("MeasureIntervalSeconds", 59)]
        [DataRow("MeasureIntervalSeconds", 86401)]
        [DataRow("AlarmMeasureIntervalSeconds", 9)]
        [DataRow("AlarmMeasureIntervalSeconds", 901)]      // longer than the 900 s measure interval
        [DataRow("PeriodicReportSeconds", 899)]            // shorter than the 900 s measure interval
        [DataRow("PeriodicReportSeconds", 604801)]
        [DataRow("SignificantChangePercent", 0)]
        [DataRow("SignificantChangePercent", 101)]
        [DataRow("FullRaisePercent", 0)]
        [DataRow("FullRaisePercent", 101)]
        [DataRow("FullClearPercent", 80)]                  // not below the 80 % raise threshold
        [DataRow("FullClearPercent", -1)]
        [DataRow("PickupDropPercent", 4)]
        [DataRow("PickupDropPercent", 101)]
        [DataRow("FireRaiseDeciCelsius", 299)]
        [DataRow("FireRaiseDeciCelsius", 1251)]
        [DataRow("FireClearDeciCelsius", 700)]             // not below the 70.0 °C raise threshold
        [DataRow("FireRiseDeciCelsiusPerMinute", 9)]
        [DataRow("FireRiseDeciCelsiusPerMinute", 501)]
        public void Validate_NamesTheBadField(string field, int value)
        {
            var parameters = new BinNodeParameters();
            typeof(BinNodeParameters).GetProperty(field)!.SetValue(parameters, value);
            Assert.AreEqual(field, parameters.Validate());

            var exception = Assert.ThrowsExactly<ArgumentException>(() => new BinNodeLogic(parameters));
            Assert.AreEqual(field, exception.Message);
        }

        [TestMethod]
        public void Validate_OffsetPlusDepthBeyondTheRangerReach_NamesTheDepth()
        {
            // 1001 + 5000 = 6001 mm > 6000 mm (JSN-SR04T v3 maximum).
            var parameters = new BinNodeParameters { MountingOffsetMillimetres = 1001, BinDepthMillimetres = 5000 };
            Assert.AreEqual("BinDepthMillimetres", parameters.Validate());
        }

        [TestMethod]
        public void ZeroAssumedSpeed_MeansModuleCompensates_AndIsValid()
        {
            Assert.IsNull(new BinNodeParameters { AssumedSpeedOfSoundMillimetresPerSecond = 0 }.Validate());
        }

        [TestMethod]
        public void ApplyParameters_RejectsABadCandidate_AndKeepsTheOldOnes()
        {
            var logic = new BinNodeLogic(new BinNodeParameters());
            var candidate = new BinNodeParameters { FullRaisePercent = 90, PickupDropPercent = 2 };
            Assert.AreEqual("PickupDropPercent", logic.ApplyParameters(candidate));
            Assert.AreEqual(80, logic.Parameters.FullRaisePercent);

            candidate.PickupDropPercent = 40;
            Assert.IsNull(logic.ApplyParameters(candidate));
            Assert.AreEqual(90, logic.Parameters.FullRaisePercent);
            Assert.AreEqual(40, logic.Parameters.PickupDropPercent);
            Assert.AreEqual("candidate", logic.ApplyParameters(null!));
        }

        [TestMethod]
        public void Constructor_RejectsNull()
        {
            Assert.ThrowsExactly<ArgumentNullException>(() => new BinNodeLogic(null!));
        }
    }
}
