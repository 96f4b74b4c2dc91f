// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using SmartCityNodes.Applications.BinNode;
using SmartCityNodes.Applications.Common;
using SmartCityNodes.Drivers.Sensors;

namespace SmartCityNodes.Applications.Tests.BinNode
{
    [TestClass]
    public sealed class BinNodeLogicTests
    {
        private const long Second = 1000;
        private const long Hour = 3600 * Second;

        // Bin used throughout: sensor face 100 mm above the full line, 1000 mm from the full line to the bottom,
        // so fill = round((1100 − d) × 100 / 1000) = round((1100 − d) / 10) %.
        private static BinNodeParameters HourlyBin()
        {
            return new BinNodeParameters
            {
                MountingOffsetMillimetres = 100,
                BinDepthMillimetres = 1000,
                AssumedSpeedOfSoundMillimetresPerSecond = 0, // no correction: distances in the tables are the true ones
                MeasureIntervalSeconds = 3600,
                PeriodicReportSeconds = 43200,
            };
        }

        private static BinReadings Reading(int distance, int centiCelsius = 2000, bool tilt = false)
        {
            var readings = new BinReadings();
            readings.Clear();
            readings.DistanceStatus = SensorStatus.Ok;
            readings.DistanceMillimetres = distance;
            readings.TemperatureStatus = SensorStatus.Ok;
            readings.TemperatureCentiCelsius = centiCelsius;
            readings.TiltActive = tilt;
            return readings;
        }

        [TestMethod]
        [DataRow(100, 100)]   // at the full line
        [DataRow(1100, 0)]    // at the bottom
        [DataRow(600, 50)]    // 500 / 1000
        [DataRow(50, 100)]    // above the full line: clamped
        [DataRow(1200, 0)]    // below the bottom: clamped
        [DataRow(349, 75)]    // 751 / 10 = 75.1 → 75
        [DataRow(345, 76)]    // 755 / 10 = 75.5 → 76
        public void FillPercent_FromDistanceOffsetAndDepth(int distance, int expected)
        {
            Assert.AreEqual(expected, BinNodeLogic.FillPercent(distance, 100, 1000));
        }

        [TestMethod]
        public void Evaluate_CorrectsDistanceForTemperature_ThenComputesFill()
        {
            var parameters = HourlyBin();
            parameters.AssumedSpeedOfSoundMillimetresPerSecond = 343400;
            var logic = new BinNodeLogic(parameters);
            var report = new BinReport();

            // Module says 1000 mm assuming 343.4 m/s; at 0 °C sound is 331.3 m/s: 1000 × 331.3 / 343.4 = 964.76 → 965 mm.
            // Fill = (1100 − 965) × 100 / 1000 = 13.5 → 14 %. Temperature 0 °C = 0 deci-°C.
            logic.Evaluate(0, Reading(1000, 0), report);

            Assert.AreEqual(965, report.DistanceMillimetres);
            Assert.AreEqual(14, report.FillPercent);
            Assert.AreEqual(0, report.TemperatureDeciCelsius);
            Assert.AreEqual(ReportReason.Startup, report.Reason);
        }

        [TestMethod]
        [DataRow(2345, 235)]   // 234.5 → 235 (half away from zero)
        [DataRow(-2345, -235)]
        [DataRow(2344, 234)]
        public void Evaluate_RoundsTemperatureToDeciCelsius(int centi, int deci)
        {
            var logic = new BinNodeLogic(HourlyBin());
            var report = new BinReport();
            logic.Evaluate(0, Reading(600, centi), report);
            Assert.AreEqual(deci, report.TemperatureDeciCelsius);
        }

        // A bin filling over a day: one wake per hour, periodic report every 12 h, full at 80 % / clear below 70 %,
        // significant change 10 %, pickup = drop of 30 % between two measurements.
        [TestMethod]
        public void Sequence_BinFillsOverADay_IsEmptied()
        {
            var logic = new BinNodeLogic(HourlyBin());
            var report = new BinReport();

            void Step(int hour, int distance, int fill, ReportReason reason, BinEvents events, BinAlarms alarms, long nextWakeHour)
            {
                logic.Evaluate(hour * Hour, Reading(distance), report);
                Assert.AreEqual(fill, report.FillPercent, "fill at hour " + hour);
                Assert.AreEqual(reason, report.Reason, "reason at hour " + hour);
                Assert.AreEqual(events, report.Events, "events at hour " + hour);
                Assert.AreEqual(alarms, report.Alarms, "alarms at hour " + hour);
                Assert.AreEqual(nextWakeHour * Hour, report.NextWakeAtMilliseconds, "next wake at hour " + hour);
            }

            Step(0, 1100, 0, ReportReason.Startup, BinEvents.None, BinAlarms.None, 1);               // first wake after install
            Step(1, 1060, 4, ReportReason.None, BinEvents.None, BinAlarms.None, 2);                  // |4 − 0| < 10
            Step(2, 1000, 10, ReportReason.Event, BinEvents.SignificantChange, BinAlarms.None, 3);   // |10 − 0| = 10
            for (int hour = 3; hour <= 13; hour++)
            {
                Step(hour, 1000, 10, ReportReason.None, BinEvents.None, BinAlarms.None, hour + 1);
            }

            Step(14, 1000, 10, ReportReason.Periodic, BinEvents.None, BinAlarms.None, 15);          // 2 h + 12 h
            Step(15, 500, 60, ReportReason.Event, BinEvents.SignificantChange, BinAlarms.None, 16);  // 60 − 10 = 50
            Step(16, 300, 80, ReportReason.Event, BinEvents.FullRaised | BinEvents.SignificantChange, BinAlarms.Full, 17); // 80 ≥ 80
            Step(17, 360, 74, ReportReason.None, BinEvents.None, BinAlarms.Full, 18);                // 74 ≥ 70: still full; |74 − 80| = 6
            Step(18, 420, 68, ReportReason.Event, BinEvents.FullCleared | BinEvents.SignificantChange, BinAlarms.None, 19); // 68 < 70; |68 − 80| = 12
            Step(19, 250, 85, ReportReason.Event, BinEvents.FullRaised | BinEvents.SignificantChange, BinAlarms.Full, 20);  // 85 ≥ 80; 85 − 68 = 17
            // Pickup: 85 → 5 is a drop of 80 ≥ 30; 5 < 70 clears full; |5 − 85| = 80.
            Step(20, 1050, 5, ReportReason.Event, BinEvents.Pickup | BinEvents.FullCleared | BinEvents.SignificantChange, BinAlarms.None, 21);
        }

        [TestMethod]
        [DataRow(900, true)]   // 50 % → 20 %: drop 30 = threshold
        [DataRow(890, false)]  // 50 % → 21 %: drop 29
        public void Pickup_IsADropOfAtLeastTheThresholdBetweenTwoMeasurements(int secondDistance, bool pickup)
        {
            var logic = new BinNodeLogic(HourlyBin());
            var report = new BinReport();
            logic.Evaluate(0, Reading(600), report); // 50 %
            logic.Evaluate(Hour, Reading(secondDistance), report);
            Assert.AreEqual(pickup, (report.Events & BinEvents.Pickup) != 0);
        }

        // Fire by rate of rise: measure every 300 s, every 60 s while the alarm holds; raise at 70.0 °C or at
        // 8.3 °C/min, clear below 50.0 °C when no longer rising that fast.
        [TestMethod]
        public void Sequence_FireRamp_RaisesOnRateOfRise_WakesFaster_ClearsOnceCool()
        {
            var parameters = HourlyBin();
            parameters.MeasureIntervalSeconds = 300;
            parameters.AlarmMeasureIntervalSeconds = 60;
            var logic = new BinNodeLogic(parameters);
            var report = new BinReport();

            logic.Evaluate(0, Reading(1100, 2500), report);
            Assert.AreEqual(300 * Second, report.NextWakeAtMilliseconds);

            // 25.0 → 27.0 °C in 300 s: 20 deci-°C × 60000 / 300000 = 4 deci-°C/min < 83.
            logic.Evaluate(300 * Second, Reading(1100, 2700), report);
            Assert.AreEqual(BinEvents.None, report.Events);

            // 27.0 → 69.0 °C in 300 s: 420 × 60000 / 300000 = 84 ≥ 83 although 69.0 < 70.0 → fire.
            logic.Evaluate(600 * Second, Reading(1100, 6900), report);
            Assert.AreEqual(BinEvents.FireRaised, report.Events);
            Assert.AreEqual(ReportReason.Event, report.Reason);
            Assert.AreEqual(BinAlarms.Fire, report.Alarms);
            Assert.AreEqual(660 * Second, report.NextWakeAtMilliseconds, "alarm interval 60 s");

            // 75.0 °C: still burning, no new event (one episode, one event).
            logic.Evaluate(660 * Second, Reading(1100, 7500), report);
            Assert.AreEqual(BinEvents.None, report.Events);
            Assert.AreEqual(BinAlarms.Fire, report.Alarms);
            Assert.AreEqual(ReportReason.None, report.Reason);
            Assert.AreEqual(720 * Second, report.NextWakeAtMilliseconds);

            // 55.0 °C: cooling but ≥ 50.0 → alarm holds.
            logic.Evaluate(720 * Second, Reading(1100, 5500), report);
            Assert.AreEqual(BinAlarms.Fire, report.Alarms);

            // 49.9 °C (4990 centi = 499 deci) < 500 and falling → cleared, back to 300 s.
            logic.Evaluate(780 * Second, Reading(1100, 4990), report);
            Assert.AreEqual(BinEvents.FireCleared, report.Events);
            Assert.AreEqual(BinAlarms.None, report.Alarms);
            Assert.AreEqual(1080 * Second, report.NextWakeAtMilliseconds);
        }

        [TestMethod]
        public void Fire_RaisesAtTheAbsoluteThreshold_WhenTheRiseIsSlow()
        {
            var parameters = HourlyBin();
            parameters.MeasureIntervalSeconds = 900;
            var logic = new BinNodeLogic(parameters);
            var report = new BinReport();
            logic.Evaluate(0, Reading(1100, 6990), report);
            Assert.AreEqual(BinAlarms.None, report.Alarms, "69.9 °C is below 70.0 °C");
            // 69.9 → 70.0 °C in 900 s: 1 × 60000 / 900000 = 0 deci-°C/min; 700 ≥ 700 → fire.
            logic.Evaluate(900 * Second, Reading(1100, 7000), report);
            Assert.AreEqual(BinEvents.FireRaised, report.Events);
        }

        [TestMethod]
        public void Sequence_Tilt_RaisesAndClearsOnce()
        {
            var logic = new BinNodeLogic(HourlyBin());
            var report = new BinReport();
            logic.Evaluate(0, Reading(1100), report);

            logic.Evaluate(10 * Second, Reading(1100, tilt: true), report); // woken by the tilt pin
            Assert.AreEqual(BinEvents.TiltRaised, report.Events);
            Assert.AreEqual(BinAlarms.Tilt, report.Alarms);
            Assert.AreEqual(ReportReason.Event, report.Reason);

            logic.Evaluate(Hour, Reading(1100, tilt: true), report);
            Assert.AreEqual(BinEvents.None, report.Events);
            Assert.AreEqual(BinAlarms.Tilt, report.Alarms);

            logic.Evaluate(2 * Hour, Reading(1100, tilt: false), report);
            Assert.AreEqual(BinEvents.TiltCleared, report.Events);
            Assert.AreEqual(BinAlarms.None, report.Alarms);
        }

        [TestMethod]
        public void Tilt_Disabled_GivesNoEvent()
        {
            var parameters = HourlyBin();
            parameters.TiltAlarmEnabled = false;
            var logic = new BinNodeLogic(parameters);
            var report = new BinReport();
            logic.Evaluate(0, Reading(1100), report);
            logic.Evaluate(Hour, Reading(1100, tilt: true), report);
            Assert.AreEqual(BinEvents.None, report.Events);
            Assert.AreEqual(BinAlarms.None, report.Alarms);
        }

        [TestMethod]
        [DataRow(SensorStatus.Timeout)]
        [DataRow(SensorStatus.OutOfRange)]
        [DataRow(SensorStatus.ChecksumError)]
        [DataRow(SensorStatus.NoData)]
        public void DistanceFault_IsAFlag_TheScheduleContinues_AndRecoveryIsReported(SensorStatus status)
        {
            var logic = new BinNodeLogic(HourlyBin());
            var report = new BinReport();
            logic.Evaluate(0, Reading(300), report); // 80 % → full

            var faulty = Reading(0);
            faulty.DistanceStatus = status;
            logic.Evaluate(Hour, faulty, report);
            Assert.AreEqual(ReportReason.FaultChanged, report.Reason);
            Assert.AreEqual(BinFaults.DistanceSensor, report.Faults);
            Assert.AreEqual((byte)status, report.DistanceSensorStatus);
            Assert.AreEqual(ReportValues.Unknown, report.FillPercent);
            Assert.AreEqual(BinAlarms.Full, report.Alarms, "a missing reading does not clear the full alarm");
            Assert.AreEqual(2 * Hour, report.NextWakeAtMilliseconds);

            logic.Evaluate(2 * Hour, faulty, report);
            Assert.AreEqual(ReportReason.None, report.Reason, "the same fault is not reported twice");
            Assert.AreEqual(3 * Hour, report.NextWakeAtMilliseconds);

            logic.Evaluate(3 * Hour, Reading(300), report);
            Assert.AreEqual(ReportReason.FaultChanged, report.Reason);
            Assert.AreEqual(BinFaults.None, report.Faults);
            Assert.AreEqual(80, report.FillPercent);
        }

        [TestMethod]
        public void TemperatureFault_IsAFlag_DistanceUncorrected_FireUnchanged()
        {
            var parameters = HourlyBin();
            parameters.AssumedSpeedOfSoundMillimetresPerSecond = 343400;
            var logic = new BinNodeLogic(parameters);
            var report = new BinReport();
            var readings = Reading(1000);
            readings.TemperatureStatus = SensorStatus.Nack;
            logic.Evaluate(0, readings, report);
            Assert.AreEqual(BinFaults.TemperatureSensor, report.Faults);
            Assert.AreEqual((byte)SensorStatus.Nack, report.TemperatureSensorStatus);
            Assert.AreEqual(ReportValues.Unknown, report.TemperatureDeciCelsius);
            Assert.AreEqual(1000, report.DistanceMillimetres, "no temperature, no correction");
            Assert.AreEqual(10, report.FillPercent);
            Assert.AreEqual(ReportReason.Startup | ReportReason.FaultChanged, report.Reason);
            Assert.AreEqual(Hour, report.NextWakeAtMilliseconds);
        }

        [TestMethod]
        [DataRow(1200, BinFaults.None, 0)]                 // bottom + 10 % of 1000 = 1200: still plausible, fill 0
        [DataRow(1201, BinFaults.DistanceBeyondBottom, ReportValues.Unknown)]
        public void EchoBeyondTheBottom_IsAFault(int distance, BinFaults faults, int fill)
        {
            var logic = new BinNodeLogic(HourlyBin());
            var report = new BinReport();
            logic.Evaluate(0, Reading(distance), report);
            Assert.AreEqual(faults, report.Faults);
            Assert.AreEqual(fill, report.FillPercent);
        }

        [TestMethod]
        public void SaveAndRestoreEveryWake_GivesTheSameReportsAsOneRun()
        {
            int[] distances = { 1100, 1060, 1000, 1000, 500, 300, 360, 420, 250, 1050, 0, 1000 };
            int[] temperatures = { 2000, 2100, 2500, 6900, 7500, 5500, 4990, 2000, 2000, 2000, 2000, 2000 };
            var continuous = new BinNodeLogic(HourlyBin());
            var expected = new BinReport();
            var restoredReport = new BinReport();
            var state = new byte[BinNodeLogic.StateLength + 3];
            var fresh = new BinNodeLogic(HourlyBin());
            fresh.WriteState(state, 3);
            for (int i = 0; i < distances.Length; i++)
            {
                var readings = Reading(distances[i], temperatures[i], tilt: i == 7);
                if (distances[i] == 0)
                {
                    readings.DistanceStatus = SensorStatus.Timeout;
                }

                continuous.Evaluate(i * 20 * 60 * Second, readings, expected);
                var rebooted = new BinNodeLogic(HourlyBin());
                Assert.AreEqual(StateRecordStatus.Ok, rebooted.ReadState(state, 3, BinNodeLogic.StateLength));
                rebooted.Evaluate(i * 20 * 60 * Second, readings, restoredReport);
                Assert.AreEqual(BinNodeLogic.StateLength, rebooted.WriteState(state, 3));

                Assert.AreEqual(expected.Reason, restoredReport.Reason, "wake " + i);
                Assert.AreEqual(expected.Events, restoredReport.Events, "wake " + i);
                Assert.AreEqual(expected.Alarms, restoredReport.Alarms, "wake " + i);
                Assert.AreEqual(expected.Faults, restoredReport.Faults, "wake " + i);
                Assert.AreEqual(expected.FillPercent, restoredReport.FillPercent, "wake " + i);
                Assert.AreEqual(expected.NextWakeAtMilliseconds, restoredReport.NextWakeAtMilliseconds, "wake " + i);
            }
        }

        [TestMethod]
        public void ReadState_RejectsBadRecords_AndChangesNothing()
        {
            var logic = new BinNodeLogic(HourlyBin());
            var report = new BinReport();
            logic.Evaluate(0, Reading(300), report); // full, initialised
            var before = new byte[BinNodeLogic.StateLength];
            logic.WriteState(before, 0);

            var wrongVersion = (byte[])before.Clone();
            wrongVersion[0] = 2;
            var corruptFill = (byte[])before.Clone();
            corruptFill[2] = 101;
            var unknownFlag = (byte[])before.Clone();
            unknownFlag[1] |= 0x80;
            var unknownFault = (byte[])before.Clone();
            unknownFault[15] = 0x08; // report history at 14..23: byte 15 = last reported faults, BinFaults has bits 0..2 only

            Assert.AreEqual(StateRecordStatus.WrongVersion, logic.ReadState(wrongVersion, 0, wrongVersion.Length));
            Assert.AreEqual(StateRecordStatus.Corrupt, logic.ReadState(corruptFill, 0, corruptFill.Length));
            Assert.AreEqual(StateRecordStatus.Corrupt, logic.ReadState(unknownFlag, 0, unknownFlag.Length));
            Assert.AreEqual(StateRecordStatus.Corrupt, logic.ReadState(unknownFault, 0, unknownFault.Length));
            Assert.AreEqual(StateRecordStatus.TooShort, logic.ReadState(before, 0, BinNodeLogic.StateLength - 1));
            Assert.AreEqual(StateRecordStatus.TooShort, logic.ReadState(before, 1, BinNodeLogic.StateLength));
            Assert.AreEqual(StateRecordStatus.TooShort, logic.ReadState(null!, 0, 100));

            var after = new byte[BinNodeLogic.StateLength];
            logic.WriteState(after, 0);
            CollectionAssert.AreEqual(before, after);
        }

        [TestMethod]
        public void FreshLogic_WithoutState_ReportsStartup_RestoredLogic_DoesNot()
        {
            var first = new BinNodeLogic(HourlyBin());
            var report = new BinReport();
            first.Evaluate(0, Reading(1100), report);
            var state = new byte[BinNodeLogic.StateLength];
            first.WriteState(state, 0);

            var second = new BinNodeLogic(HourlyBin());
            second.ReadState(state, 0, state.Length);
            second.Evaluate(Hour, Reading(1100), report);
            Assert.AreEqual(ReportReason.None, report.Reason);
        }
    }
}
