// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using SmartCityNodes.Applications.Common;
using SmartCityNodes.Applications.ParkingNode;
using SmartCityNodes.Applications.Tests.Doubles;
using SmartCityNodes.Drivers.Sensors;

namespace SmartCityNodes.Applications.Tests.ParkingNode
{
    [TestClass]
    public sealed class ParkingNodeLogicTests
    {
        private const long Second = 1000;

        // Empty bay field (100, 200, −300) mG. Occupied at ≥ 150 mG deviation, vacant below 80, confirmation 20 s with
        // re-checks every 5 s, polled every 30 s, heartbeat 3 h.
        private const int BaseX = 100;
        private const int BaseY = 200;
        private const int BaseZ = -300;

        private sealed class Bay
        {
            public readonly ParkingNodeLogic Logic;
            public readonly ParkingReadings Readings = new ParkingReadings();
            public readonly ParkingReport Report = new ParkingReport();

            public Bay(ParkingNodeParameters parameters)
            {
                Logic = CalibratedLogic.Create(parameters, Readings, BaseX, BaseY, BaseZ);
            }

            /// <summary>Evaluates the field baseline + (dx, dy, dz) at time t seconds.</summary>
            public ParkingReport At(long seconds, int dx = 0, int dy = 0, int dz = 0)
            {
                Readings.Set(SensorStatus.Ok, BaseX + dx, BaseY + dy, BaseZ + dz);
                Logic.Evaluate(seconds * Second, Readings, Report);
                return Report;
            }

            public ParkingReport Failing(long seconds, SensorStatus status)
            {
                Readings.Set(status, 0, 0, 0);
                Logic.Evaluate(seconds * Second, Readings, Report);
                return Report;
            }
        }

        private static ParkingNodeParameters Polled() => new ParkingNodeParameters();

        [TestMethod]
        [DataRow(0, 0, 200, 200)]      // straight down Z
        [DataRow(90, 120, 0, 150)]     // √(90² + 120²) = 150 (3-4-5)
        [DataRow(20, 40, 40, 60)]      // √(400 + 1600 + 1600) = 60
        [DataRow(1, 1, 1, 2)]          // √3 = 1.73 → 2
        public void Deviation_IsTheVectorNormFromTheBaseline(int dx, int dy, int dz, int expected)
        {
            var bay = new Bay(Polled());
            Assert.AreEqual(expected, bay.At(0, dx, dy, dz).FieldDeviationMilligauss);
        }

        [TestMethod]
        public void Calibration_AveragesTheSamples_RejectsAMovingField()
        {
            var logic = new ParkingNodeLogic(new ParkingNodeParameters { CalibrationSamples = 4 });
            var readings = new ParkingReadings();
            logic.BeginCalibration();
            // X = 100, 101, 102, 104 → mean 101.75 mG = 1628 sixteenths; Y 200 → 3200; Z −300 → −4800.
            foreach (int x in new[] { 100, 101, 102, 104 })
            {
                readings.Set(SensorStatus.Ok, x, 200, -300);
                Assert.IsTrue(logic.AddCalibrationSample(readings));
            }

            readings.Set(SensorStatus.Timeout, 0, 0, 0);
            Assert.IsFalse(logic.AddCalibrationSample(readings), "failed reads are skipped");
            Assert.AreEqual(CalibrationStatus.Ok, logic.CompleteCalibration(0));
            Assert.AreEqual(1628, logic.BaselineXSixteenthsMilligauss);
            Assert.AreEqual(3200, logic.BaselineYSixteenthsMilligauss);
            Assert.AreEqual(-4800, logic.BaselineZSixteenthsMilligauss);
            Assert.AreEqual(ParkingState.Vacant, logic.State);

            // A car rolling over during calibration: spread 100 − 0 > 30 mG → rejected, old baseline kept.
            logic.BeginCalibration();
            foreach (int z in new[] { 0, 100, 0, 100 })
            {
                readings.Set(SensorStatus.Ok, 100, 200, z);
                logic.AddCalibrationSample(readings);
            }

            Assert.AreEqual(CalibrationStatus.Unstable, logic.CompleteCalibration(0));
            Assert.AreEqual(-4800, logic.BaselineZSixteenthsMilligauss);

            logic.BeginCalibration();
            Assert.AreEqual(CalibrationStatus.TooFewSamples, logic.CompleteCalibration(0));
        }

        [TestMethod]
        public void Uncalibrated_ReportsTheFault_AndPollsOn()
        {
            var logic = new ParkingNodeLogic(Polled());
            var readings = new ParkingReadings();
            var report = new ParkingReport();
            readings.Set(SensorStatus.Ok, 1, 2, 3);
            logic.Evaluate(0, readings, report);
            Assert.AreEqual(ParkingState.Uncalibrated, report.State);
            Assert.AreEqual(ParkingFaults.Uncalibrated, report.Faults);
            Assert.AreEqual(ReportReason.Startup | ReportReason.FaultChanged, report.Reason);
            Assert.AreEqual(30 * Second, report.NextWakeAtMilliseconds);
        }

        [TestMethod]
        public void Sequence_CarArrivesAndLeaves_ReportsEachChangeWithTheDurationOfThePreviousState()
        {
            var bay = new Bay(Polled());

            var r = bay.At(0);
            Assert.AreEqual(ReportReason.Startup | ReportReason.Event, r.Reason);
            Assert.AreEqual(ParkingEvents.Calibrated, r.Events);
            Assert.AreEqual(ParkingState.Vacant, r.State);
            Assert.AreEqual(30 * Second, r.NextWakeAtMilliseconds, "polled every 30 s");

            // 30 s: car above the sensor, Z +200 mG → deviation 200 ≥ 150 → arriving; re-check in 5 s.
            r = bay.At(30, dz: 200);
            Assert.AreEqual(ParkingState.Arriving, r.State);
            Assert.AreEqual(ReportReason.None, r.Reason);
            Assert.IsFalse(r.Occupied);
            Assert.AreEqual(35 * Second, r.NextWakeAtMilliseconds);
            foreach (long t in new long[] { 35, 40, 45 })
            {
                Assert.AreEqual(ParkingState.Arriving, bay.At(t, dz: 200).State, "confirming at " + t);
            }

            // 50 s: held for 50 − 30 = 20 s → occupied. Previous state (vacant since calibration at 0 s) lasted 50 s.
            r = bay.At(50, dz: 200);
            Assert.AreEqual(ParkingState.Occupied, r.State);
            Assert.AreEqual(ParkingEvents.Arrived, r.Events);
            Assert.AreEqual(ReportReason.Event, r.Reason);
            Assert.IsTrue(r.Occupied);
            Assert.AreEqual(50, r.SecondsSinceLastChange);
            Assert.AreEqual(1, r.EventCounter);
            Assert.AreEqual(200, r.FieldDeviationMilligauss);
            Assert.AreEqual(80 * Second, r.NextWakeAtMilliseconds);

            // The driver shuffles: 100 mG is between 80 and 150 → stays occupied (hysteresis).
            r = bay.At(80, dz: 100);
            Assert.AreEqual(ParkingState.Occupied, r.State);

            // 3600 s: field back to baseline → leaving; 3620 s: confirmed → vacant; occupied lasted 3620 − 50 = 3570 s.
            Assert.AreEqual(ParkingState.Leaving, bay.At(3600).State);
            Assert.IsTrue(bay.Report.Occupied, "leaving is still occupied until confirmed");
            Assert.AreEqual(3605 * Second, bay.Report.NextWakeAtMilliseconds);
            bay.At(3605);
            bay.At(3610);
            bay.At(3615);
            r = bay.At(3620);
            Assert.AreEqual(ParkingState.Vacant, r.State);
            Assert.AreEqual(ParkingEvents.Departed, r.Events);
            Assert.AreEqual(3570, r.SecondsSinceLastChange);
            Assert.AreEqual(2, r.EventCounter);
        }

        [TestMethod]
        public void Sequence_TruckPassesWithoutStopping_NoReport()
        {
            var bay = new Bay(Polled());
            bay.At(0);
            var r = bay.At(30, dx: 300, dz: 400); // √(300² + 400²) = 500 mG
            Assert.AreEqual(ParkingState.Arriving, r.State);
            r = bay.At(35); // gone 5 s later, before the 20 s confirmation
            Assert.AreEqual(ParkingState.Vacant, r.State);
            Assert.AreEqual(ReportReason.None, r.Reason);
            Assert.AreEqual(ParkingEvents.None, r.Events);
            Assert.AreEqual(0, r.EventCounter);
            Assert.AreEqual(65 * Second, r.NextWakeAtMilliseconds, "back to the 30 s poll");
        }

        [TestMethod]
        public void Leaving_Aborted_WhenTheFieldComesBack()
        {
            var bay = new Bay(Polled());
            bay.At(0);
            bay.At(30, dz: 200);
            bay.At(50, dz: 200); // occupied
            Assert.AreEqual(ParkingState.Leaving, bay.At(100, dz: 50).State);  // 50 < 80
            var r = bay.At(105, dz: 120);                                        // 120 ≥ 80 → back
            Assert.AreEqual(ParkingState.Occupied, r.State);
            Assert.AreEqual(ReportReason.None, r.Reason);
            Assert.AreEqual(1, r.EventCounter);
        }

        [TestMethod]
        public void ArrivalConfirmation_WakesAtTheConfirmationDeadline()
        {
            var parameters = Polled();
            parameters.ConfirmationSeconds = 12;
            parameters.ConfirmationPollSeconds = 5;
            var bay = new Bay(parameters);
            bay.At(0);
            bay.At(30, dz: 200);              // confirm due at 42 s; next re-check 35 s
            Assert.AreEqual(35 * Second, bay.Report.NextWakeAtMilliseconds);
            bay.At(35, dz: 200);
            bay.At(40, dz: 200);              // 40 + 5 = 45 > 42 → wake at 42
            Assert.AreEqual(42 * Second, bay.Report.NextWakeAtMilliseconds);
            Assert.AreEqual(ParkingEvents.Arrived, bay.At(42, dz: 200).Events);
        }

        [TestMethod]
        public void Heartbeat_InterruptWake_DriftWakesAndHeartbeatWithTimeSinceChange()
        {
            var parameters = Polled();
            parameters.InterruptWake = true;
            var bay = new Bay(parameters);
            bay.At(0);
            Assert.AreEqual(900 * Second, bay.Report.NextWakeAtMilliseconds, "drift-tracking wake every 900 s");
            for (long t = 900; t < 10800; t += 900)
            {
                Assert.AreEqual(ReportReason.None, bay.At(t).Reason, "at " + t);
            }

            // 10800 s = 3 h after the last report: heartbeat, vacant for 10800 s.
            var r = bay.At(10800);
            Assert.AreEqual(ReportReason.Periodic, r.Reason);
            Assert.AreEqual(10800, r.SecondsSinceLastChange);
            Assert.IsFalse(r.Occupied);
        }

        [TestMethod]
        public void InterruptWake_PollsWhileOccupied_DriftWakesWhileVacant()
        {
            var parameters = Polled();
            parameters.InterruptWake = true;
            var bay = new Bay(parameters);
            bay.At(0);
            Assert.AreEqual(900 * Second, bay.Report.NextWakeAtMilliseconds);
            bay.At(100, dz: 200);  // woken by the interrupt: arriving, confirmation polls every 5 s
            Assert.AreEqual(105 * Second, bay.Report.NextWakeAtMilliseconds);
            bay.At(120, dz: 200);  // confirmed after 20 s
            Assert.AreEqual(ParkingState.Occupied, bay.Report.State);
            Assert.AreEqual(420 * Second, bay.Report.NextWakeAtMilliseconds, "occupied, nothing armed (the polled overload): poll every 300 s for the departure");
        }

        [TestMethod]
        public void InterruptThreshold_IsTheLargestBaselineAxisPlusTheOccupiedDeviation()
        {
            // Baseline (100, 200, −300) mG: largest |axis| = 300; + 150 = 450 mG.
            Assert.AreEqual(450, new Bay(Polled()).Logic.InterruptThresholdMilligauss());
            // Baseline X = 101.75 mG (1628/16) alone: rounded up to 102; + 150 = 252.
            var logic = new ParkingNodeLogic(new ParkingNodeParameters { CalibrationSamples = 4 });
            var readings = new ParkingReadings();
            logic.BeginCalibration();
            foreach (int x in new[] { 100, 101, 102, 104 })
            {
                readings.Set(SensorStatus.Ok, x, 0, 0);
                logic.AddCalibrationSample(readings);
            }

            logic.CompleteCalibration(0);
            Assert.AreEqual(252, logic.InterruptThresholdMilligauss());
        }

        [TestMethod]
        public void Heartbeat_CapsTheNextWake()
        {
            var parameters = Polled();
            parameters.InterruptWake = true;
            parameters.DriftTrackIntervalSeconds = 7200;
            var bay = new Bay(parameters);
            bay.At(0);
            Assert.AreEqual(7200 * Second, bay.Report.NextWakeAtMilliseconds);
            bay.At(7200);
            Assert.AreEqual(10800 * Second, bay.Report.NextWakeAtMilliseconds, "heartbeat due before the next drift wake at 14400 s");
        }

        // Drift over temperature: the empty bay's field creeps +8 mG on X per 15-min wake (a QMC5883L's offset moving
        // with a warming day). Divisor 4, baseline in 1/16 mG, starting at X = 100 mG = 1600.
        [TestMethod]
        public void Sequence_DriftOverTemperature_IsTrackedWhileVacant_NoFalseArrival()
        {
            var parameters = Polled();
            parameters.InterruptWake = true;
            parameters.DriftTrackingDivisor = 4;
            var bay = new Bay(parameters);
            bay.At(0);

            // Wake 1: X = 108 → 1728; deviation 128/16 = 8 mG < 40 → baseline += 128/4 = 32 → 1632.
            Assert.AreEqual(8, bay.At(900, dx: 8).FieldDeviationMilligauss);
            Assert.AreEqual(1632, bay.Logic.BaselineXSixteenthsMilligauss);
            // Wake 2: X = 116 → 1856; 224/16 = 14 mG; baseline += 224/4 = 56 → 1688.
            Assert.AreEqual(14, bay.At(1800, dx: 16).FieldDeviationMilligauss);
            Assert.AreEqual(1688, bay.Logic.BaselineXSixteenthsMilligauss);
            // Wake 3: X = 124 → 1984; 296/16 = 18.5 → 19 mG; baseline += 296/4 = 74 → 1762.
            Assert.AreEqual(19, bay.At(2700, dx: 24).FieldDeviationMilligauss);
            Assert.AreEqual(1762, bay.Logic.BaselineXSixteenthsMilligauss);

            // Steady state: the lag L satisfies L/4 = 8 mG per step → L = 32 mG < 40: tracking never stops.
            for (int wake = 4; wake <= 40; wake++)
            {
                var r = bay.At(wake * 900, dx: 8 * wake);
                Assert.AreEqual(ParkingState.Vacant, r.State, "wake " + wake);
                Assert.IsTrue(r.FieldDeviationMilligauss <= 32, "wake " + wake + ": " + r.FieldDeviationMilligauss);
            }

            // Without tracking (divisor 256 follows 1/256 per step) the same drift passes 40 mG, tracking stops, and
            // at 8 mG per step the deviation reaches 150 mG → a false arrival.
            var untracked = Polled();
            untracked.InterruptWake = true;
            untracked.DriftTrackingDivisor = 256;
            var control = new Bay(untracked);
            control.At(0);
            bool leftVacant = false;
            for (int wake = 1; wake <= 40 && !leftVacant; wake++)
            {
                leftVacant = control.At(wake * 900, dx: 8 * wake).State != ParkingState.Vacant;
            }

            Assert.IsTrue(leftVacant);
        }

        [TestMethod]
        public void DriftIsNotTracked_WhileOccupied_OrAboveTheStableLimit()
        {
            var bay = new Bay(Polled());
            bay.At(0);
            bay.At(30, dz: 60); // 60 mG ≥ 40 stable limit, < 150: vacant, baseline untouched
            Assert.AreEqual(-4800, bay.Logic.BaselineZSixteenthsMilligauss);
            bay.At(60, dz: 200);
            bay.At(80, dz: 200);
            Assert.AreEqual(ParkingState.Occupied, bay.Report.State);
            bay.At(110, dz: 100);
            Assert.AreEqual(-4800, bay.Logic.BaselineZSixteenthsMilligauss, "no tracking while occupied");
        }

        [TestMethod]
        [DataRow(SensorStatus.Timeout)]
        [DataRow(SensorStatus.Nack)]
        [DataRow(SensorStatus.OutOfRange)]
        public void MagnetometerFaults_FlagFirst_FaultStateAfterThree_RecoveryRestoresTheState(SensorStatus status)
        {
            var bay = new Bay(Polled());
            bay.At(0);
            bay.At(30, dz: 200);
            bay.At(50, dz: 200); // occupied at 50 s

            var r = bay.Failing(80, status);
            Assert.AreEqual(ParkingFaults.Magnetometer, r.Faults);
            Assert.AreEqual((byte)status, r.MagnetometerStatus);
            Assert.AreEqual(ReportReason.FaultChanged, r.Reason);
            Assert.AreEqual(ParkingState.Occupied, r.State);
            Assert.AreEqual(ReportValues.Unknown, r.FieldDeviationMilligauss);
            Assert.AreEqual(110 * Second, r.NextWakeAtMilliseconds, "the schedule continues");

            Assert.AreEqual(ReportReason.None, bay.Failing(110, status).Reason);
            r = bay.Failing(140, status);
            Assert.AreEqual(ParkingState.Fault, r.State);
            Assert.AreEqual(ParkingEvents.EnteredFault, r.Events);
            Assert.AreEqual(ReportReason.Event, r.Reason);
            Assert.IsTrue(r.Occupied, "last confirmed occupancy");
            Assert.AreEqual(170 * Second, r.NextWakeAtMilliseconds);

            r = bay.At(170, dz: 200);
            Assert.AreEqual(ParkingState.Occupied, r.State);
            Assert.AreEqual(ParkingEvents.LeftFault, r.Events);
            Assert.AreEqual(ReportReason.Event | ReportReason.FaultChanged, r.Reason);
            Assert.AreEqual(ParkingFaults.None, r.Faults);
            Assert.AreEqual(1, r.EventCounter, "a fault is not an occupancy change");
        }

        [TestMethod]
        public void FaultWhileArriving_RemembersVacant()
        {
            var parameters = Polled();
            parameters.FaultAfterFailures = 1;
            var bay = new Bay(parameters);
            bay.At(0);
            bay.At(30, dz: 200); // arriving
            var r = bay.Failing(35, SensorStatus.Timeout);
            Assert.AreEqual(ParkingState.Fault, r.State);
            Assert.IsFalse(r.Occupied);
            Assert.AreEqual(ParkingState.Vacant, bay.At(65).State);
        }

        [TestMethod]
        public void SaveAndRestoreEveryWake_GivesTheSameReportsAsOneRun()
        {
            long[] times = { 0, 30, 35, 40, 45, 50, 80, 110, 140, 170, 3600, 3605, 3610, 3615, 3620, 3650, 14420 };
            int[] dz = { 0, 200, 200, 200, 200, 200, 100, -1, -1, 200, 0, 0, 0, 0, 0, 10, 5 };
            var continuous = new Bay(Polled());
            var seed = new Bay(Polled());
            var state = new byte[ParkingNodeLogic.StateLength];
            seed.Logic.WriteState(state, 0);
            for (int i = 0; i < times.Length; i++)
            {
                var rebooted = new ParkingNodeLogic(Polled());
                Assert.AreEqual(StateRecordStatus.Ok, rebooted.ReadState(state, 0, state.Length));
                var readings = new ParkingReadings();
                var report = new ParkingReport();
                if (dz[i] < 0)
                {
                    continuous.Failing(times[i], SensorStatus.Timeout);
                    readings.Set(SensorStatus.Timeout, 0, 0, 0);
                }
                else
                {
                    continuous.At(times[i], dz: dz[i]);
                    readings.Set(SensorStatus.Ok, BaseX, BaseY, BaseZ + dz[i]);
                }

                rebooted.Evaluate(times[i] * Second, readings, report);
                rebooted.WriteState(state, 0);
                var expected = continuous.Report;
                Assert.AreEqual(expected.Reason, report.Reason, "wake " + i);
                Assert.AreEqual(expected.State, report.State, "wake " + i);
                Assert.AreEqual(expected.Events, report.Events, "wake " + i);
                Assert.AreEqual(expected.SecondsSinceLastChange, report.SecondsSinceLastChange, "wake " + i);
                Assert.AreEqual(expected.EventCounter, report.EventCounter, "wake " + i);
                Assert.AreEqual(expected.NextWakeAtMilliseconds, report.NextWakeAtMilliseconds, "wake " + i);
            }
        }

        [TestMethod]
        public void ReadState_RejectsBadRecords_AndChangesNothing()
        {
            var bay = new Bay(Polled());
            bay.At(0);
            var before = new byte[ParkingNodeLogic.StateLength];
            bay.Logic.WriteState(before, 0);

            byte[] Mutate(int index, byte value)
            {
                var copy = (byte[])before.Clone();
                copy[index] = value;
                return copy;
            }

            Assert.AreEqual(StateRecordStatus.WrongVersion, bay.Logic.ReadState(Mutate(0, 0), 0, before.Length));
            Assert.AreEqual(StateRecordStatus.Corrupt, bay.Logic.ReadState(Mutate(1, 6), 0, before.Length));  // no state 6
            Assert.AreEqual(StateRecordStatus.Corrupt, bay.Logic.ReadState(Mutate(2, 2), 0, before.Length));  // "arriving" cannot be the state before a fault
            Assert.AreEqual(StateRecordStatus.Corrupt, bay.Logic.ReadState(Mutate(3, 0x10), 0, before.Length));
            Assert.AreEqual(StateRecordStatus.TooShort, bay.Logic.ReadState(before, 0, 10));
            var after = new byte[ParkingNodeLogic.StateLength];
            bay.Logic.WriteState(after, 0);
            CollectionAssert.AreEqual(before, after);
        }

        [TestMethod]
        public void EventCounter_WrapsAt65536_AcrossTheRecord()
        {
            var bay = new Bay(Polled());
            bay.At(0);
            var state = new byte[ParkingNodeLogic.StateLength];
            bay.Logic.WriteState(state, 0);
            state[5] = 0xFF;
            state[6] = 0xFF; // event counter at offset 5..6: 65535 changes so far
            var logic = new ParkingNodeLogic(Polled());
            logic.ReadState(state, 0, state.Length);
            var readings = new ParkingReadings();
            var report = new ParkingReport();
            readings.Set(SensorStatus.Ok, BaseX, BaseY, BaseZ + 200);
            logic.Evaluate(30 * Second, readings, report);
            logic.Evaluate(50 * Second, readings, report);
            Assert.AreEqual(ParkingEvents.Arrived, report.Events);
            Assert.AreEqual(0, report.EventCounter);
        }
    }
}
