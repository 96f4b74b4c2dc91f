// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using SmartCityNodes.Applications.Common;
using SmartCityNodes.Applications.ParkingNode;
using SmartCityNodes.Drivers.Sensors;

namespace SmartCityNodes.Applications.Tests.ParkingNode
{
    /// <summary>
    /// The logic's interrupt arming (README "Interrupt arming"), every threshold worked out by hand. The LIS3MDL compares
    /// |field| per enabled axis with one threshold (DocID024204 Rev 6, section 7.14), so an arming is a direction (rise or
    /// fall of an axis's magnitude), an axis set and a threshold. Empty bay (100, 200, −300) mG; occupied deviation D = 150,
    /// vacant 80, drift-stable margin M = 40; confirmation 20 s with re-checks every 5 s; drift poll 900 s; unwatched poll
    /// 300 s; three interrupt wakes that change nothing per drift poll.
    /// </summary>
    [TestClass]
    public sealed class ParkingInterruptArmingTests
    {
        private const long Second = 1000;
        private const int BaseX = 100;
        private const int BaseY = 200;
        private const int BaseZ = -300;

        private sealed class Bay
        {
            public readonly ParkingNodeLogic Logic;
            public readonly ParkingReadings Readings = new ParkingReadings();
            public readonly ParkingReport Report = new ParkingReport();
            public readonly ParkingInterruptArming Arming = new ParkingInterruptArming();

            public Bay(ParkingNodeParameters? parameters = null)
            {
                Logic = CalibratedLogic.Create(parameters ?? new ParkingNodeParameters { InterruptWake = true }, Readings, BaseX, BaseY, BaseZ);
            }

            /// <summary>One wake at t seconds with the field baseline + (dx, dy, dz); <paramref name="byInterrupt"/> = the interrupt condition held.</summary>
            public ParkingReport At(long seconds, int dx = 0, int dy = 0, int dz = 0, bool byInterrupt = false)
            {
                Readings.Set(SensorStatus.Ok, BaseX + dx, BaseY + dy, BaseZ + dz);
                Logic.Evaluate(seconds * Second, Readings, byInterrupt, Report, Arming);
                return Report;
            }

            /// <summary>Arrival at t (interrupt), confirmed 20 s later with re-checks every 5 s.</summary>
            public void Park(long seconds, int dx = 0, int dy = 0, int dz = 0)
            {
                At(seconds, dx, dy, dz, true);
                for (long t = seconds + 5; t <= seconds + 20; t += 5)
                {
                    At(t, dx, dy, dz);
                }

                Assert.AreEqual(ParkingState.Occupied, Report.State);
            }

            /// <summary>Departure at t (interrupt), confirmed 20 s later.</summary>
            public void Leave(long seconds)
            {
                At(seconds, byInterrupt: true);
                for (long t = seconds + 5; t <= seconds + 20; t += 5)
                {
                    At(t);
                }

                Assert.AreEqual(ParkingState.Vacant, Report.State);
            }

            public void AssertArmed(ParkingInterruptMode mode, int thresholdMilligauss, ParkingAxes axes, string because)
            {
                Assert.AreEqual(mode, Arming.Mode, because);
                Assert.AreEqual(thresholdMilligauss, Arming.ThresholdMilligauss, because);
                Assert.AreEqual(axes, Arming.Axes, because);
                Assert.IsFalse(Arming.HeldOff, because);
            }
        }

        [TestMethod]
        public void Vacant_NoCarSeenYet_RisesOnAllAxesAtTheLargestBaselinePlusTheOccupiedDeviation()
        {
            var bay = new Bay();
            bay.At(0);

            // max(|100|, |200|, |−300|) = 300; + D 150 = 450. Every axis sits at least M below it on the empty bay and now:
            // X 100 + 40 = 140, Y 240, Z 340 ≤ 450.
            bay.AssertArmed(ParkingInterruptMode.Rise, 450, ParkingAxes.All, "default arrival arming");
            Assert.AreEqual(900 * Second, bay.Report.NextWakeAtMilliseconds, "watched: the drift poll only");
        }

        [TestMethod]
        public void Vacant_AnAxisTooCloseToTheThresholdNow_IsLeftOut()
        {
            var bay = new Bay();
            bay.At(0);

            // A neighbour's car moves Z to −430 mG (deviation 130 < 150: still vacant, too large to track as drift):
            // Z's present magnitude 430 + 40 = 470 > 450 would chatter, so only X and Y are armed.
            bay.At(900, dz: -130);
            Assert.AreEqual(ParkingState.Vacant, bay.Report.State);
            bay.AssertArmed(ParkingInterruptMode.Rise, 450, ParkingAxes.X | ParkingAxes.Y, "Z left out");
        }

        [TestMethod]
        public void Arriving_IsDisarmed_AndRechecksOnTheConfirmationTimer()
        {
            var bay = new Bay();
            bay.At(0);
            bay.At(100, dz: 400, byInterrupt: true);
            Assert.AreEqual(ParkingState.Arriving, bay.Report.State);
            Assert.AreEqual(ParkingInterruptMode.None, bay.Arming.Mode, "the field is past the threshold: armed, INT would fire at once");
            Assert.IsFalse(bay.Arming.HeldOff);
            Assert.AreEqual(105 * Second, bay.Report.NextWakeAtMilliseconds);
        }

        [TestMethod]
        public void Occupied_ArmsTheDepartureHalfwayBetweenTheCarAndTheEmptyBay()
        {
            // Car raising Z by 400: occupied field (100, 200, 100). Per axis, |occupied| → |empty|:
            // X 100 → 100 and Y 200 → 200 do not change; Z 100 → 300 rises by 200 ≥ 2M = 80.
            // Threshold halfway: 100 + 200/2 = 200; the car's Z sits 100 below it (≥ M).
            // Rising armings also take the axes that sit M below the threshold now: X (100 + 40 = 140 ≤ 200) yes, Y (240) no.
            var bay = new Bay();
            bay.At(0);
            bay.Park(100, dz: 400);
            Assert.AreEqual(ParkingEvents.Arrived, bay.Report.Events);
            bay.AssertArmed(ParkingInterruptMode.Rise, 200, ParkingAxes.X | ParkingAxes.Z, "departure, rise on Z");
            Assert.AreEqual(1020 * Second, bay.Report.NextWakeAtMilliseconds, "watched: the drift poll, 900 s after the confirmation at 120 s");
            Assert.IsTrue(bay.Logic.SignatureKnown);
            Assert.AreEqual(0, bay.Logic.SignatureXMilligauss);
            Assert.AreEqual(400, bay.Logic.SignatureZMilligauss);
        }

        [TestMethod]
        public void Occupied_ACarThatLowersTheMagnitude_IsWatchedByAFall()
        {
            // Car lowering Z by 400: occupied (100, 200, −700). Z 700 → 300 falls by 400; threshold 700 − 200 = 500;
            // the car's 700 sits 200 above it. A falling arming enables that one axis only.
            var bay = new Bay();
            bay.At(0);
            bay.Park(100, dz: -400);
            bay.AssertArmed(ParkingInterruptMode.Fall, 500, ParkingAxes.Z, "departure, fall on Z");
        }

        [TestMethod]
        public void Occupied_NoAxisChangesItsMagnitude_NothingToWatch_PollsEvery300Seconds()
        {
            // Car raising Z by 600: occupied (100, 200, 300): |Z| 300 → 300, no axis moves its magnitude at all.
            var bay = new Bay();
            bay.At(0);
            bay.Park(100, dz: 600);
            Assert.AreEqual(ParkingInterruptMode.None, bay.Arming.Mode);
            Assert.IsFalse(bay.Arming.HeldOff);
            Assert.AreEqual((120 + 300) * Second, bay.Report.NextWakeAtMilliseconds, "OccupiedPollIntervalSeconds after the confirmation");
        }

        [TestMethod]
        public void Vacant_AfterACar_ArmsForACarLikeTheLastOne()
        {
            // Signature of the last car (0, 0, +400): a car like it takes Z from |−300| = 300 to |100| = 100, a fall of
            // 200; threshold 300 − min(200/2, D 150) = 200; the empty bay's 300 sits 100 above it. The default rise at 450
            // would never see this car.
            var bay = new Bay();
            bay.At(0);
            bay.Park(100, dz: 400);
            bay.Leave(2000);
            Assert.AreEqual(ParkingEvents.Departed, bay.Report.Events);
            bay.AssertArmed(ParkingInterruptMode.Fall, 200, ParkingAxes.Z, "arrival of a car like the last one");
        }

        [TestMethod]
        public void Vacant_AfterAStrongCar_TheArrivalThresholdStaysWithinTheOccupiedDeviation()
        {
            // Signature (0, 0, −500): Z 300 → 800, a rise of 500; offset min(250, 150) = 150 → threshold 450, so any car
            // that raises Z by 150 still wakes the node. X (100 + 40) and Y (200 + 40) sit below 450: all axes.
            var bay = new Bay();
            bay.At(0);
            bay.Park(100, dz: -500);
            bay.Leave(2000);
            bay.AssertArmed(ParkingInterruptMode.Rise, 450, ParkingAxes.All, "capped at D");
        }

        [TestMethod]
        public void Storm_ThreeInterruptWakesThatChangeNothing_HoldTheInterruptOffUntilTheNextDriftPoll()
        {
            var bay = new Bay();
            bay.At(0);

            // Two interrupt wakes that change nothing (a field pulse gone by the time the node reads): allowance 3 − 2.
            bay.At(10, byInterrupt: true);
            Assert.AreEqual(1, bay.Logic.InterruptWakesSinceDriftPoll);
            bay.At(20, byInterrupt: true);
            Assert.AreEqual(ParkingInterruptMode.Rise, bay.Arming.Mode, "still armed after 2");

            // A waved magnet: suspected at 30 s (not counted yet), gone at the 35 s re-check → a dropped suspicion, the third.
            bay.At(30, dz: 400, byInterrupt: true);
            Assert.AreEqual(ParkingState.Arriving, bay.Report.State);
            bay.At(35);
            Assert.AreEqual(ParkingState.Vacant, bay.Report.State);
            Assert.AreEqual(3, bay.Logic.InterruptWakesSinceDriftPoll);
            Assert.AreEqual(ParkingInterruptMode.None, bay.Arming.Mode);
            Assert.IsTrue(bay.Arming.HeldOff);
            Assert.AreEqual(935 * Second, bay.Report.NextWakeAtMilliseconds, "held off: next wake is the drift poll");
            Assert.AreEqual(ReportReason.None, bay.Report.Reason, "nothing to report");

            // The drift poll (a timer wake, nothing changed) refills the allowance and re-arms.
            bay.At(935);
            Assert.AreEqual(0, bay.Logic.InterruptWakesSinceDriftPoll);
            bay.AssertArmed(ParkingInterruptMode.Rise, 450, ParkingAxes.All, "re-armed at the drift poll");
        }

        [TestMethod]
        public void AConfirmedChange_RefillsTheAllowance()
        {
            var parameters = new ParkingNodeParameters { InterruptWake = true, InterruptWakesPerDriftPoll = 5 };
            var bay = new Bay(parameters);
            bay.At(0);
            bay.At(10, byInterrupt: true);
            bay.At(20, byInterrupt: true);
            Assert.AreEqual(2, bay.Logic.InterruptWakesSinceDriftPoll);
            bay.Park(100, dz: 400);
            Assert.AreEqual(0, bay.Logic.InterruptWakesSinceDriftPoll);
        }

        [TestMethod]
        public void FailedRead_Disarms_AndPollsEvery300Seconds()
        {
            var bay = new Bay();
            bay.At(0);
            bay.Readings.Set(SensorStatus.Nack, 0, 0, 0);
            bay.Logic.Evaluate(50 * Second, bay.Readings, false, bay.Report, bay.Arming);
            Assert.AreEqual(ParkingInterruptMode.None, bay.Arming.Mode);
            Assert.AreEqual(350 * Second, bay.Report.NextWakeAtMilliseconds);
        }

        [TestMethod]
        public void StateRecord_KeepsSignatureAllowanceAndPinBits()
        {
            var bay = new Bay();
            bay.At(0);
            bay.Park(100, dz: 400);
            bay.At(200, dz: 400, byInterrupt: true); // an interrupt wake that changed nothing: allowance 1 used
            bay.Logic.InterruptPinBits = 3;
            var record = new byte[ParkingNodeLogic.StateLength];
            Assert.AreEqual(53, bay.Logic.WriteState(record, 0), "45-byte version 1 + 6 signature + 1 allowance + 1 pin bits");
            Assert.AreEqual((byte)2, record[0]);

            var rebooted = new ParkingNodeLogic(new ParkingNodeParameters { InterruptWake = true });
            Assert.AreEqual(StateRecordStatus.Ok, rebooted.ReadState(record, 0, record.Length));
            Assert.IsTrue(rebooted.SignatureKnown);
            Assert.AreEqual(400, rebooted.SignatureZMilligauss);
            Assert.AreEqual(1, rebooted.InterruptWakesSinceDriftPoll);
            Assert.AreEqual(3, rebooted.InterruptPinBits);

            var badPin = (byte[])record.Clone();
            badPin[42] = 4; // pin bits are 0..3
            Assert.AreEqual(StateRecordStatus.Corrupt, rebooted.ReadState(badPin, 0, badPin.Length));
            Assert.AreEqual(3, rebooted.InterruptPinBits, "nothing changed");
            Assert.ThrowsExactly<ArgumentOutOfRangeException>(() => rebooted.InterruptPinBits = 4);
        }

        [TestMethod]
        public void StateRecord_Version1_IsStillRead_WithoutSignature()
        {
            // A version-1 record (45 bytes: the first 35 bytes of today's layout, then the 10-byte report history).
            var bay = new Bay();
            bay.At(0);
            bay.Park(100, dz: 400);
            var current = new byte[ParkingNodeLogic.StateLength];
            bay.Logic.WriteState(current, 0);
            var version1 = new byte[45];
            Array.Copy(current, 0, version1, 0, 35);
            Array.Copy(current, 43, version1, 35, 10);
            version1[0] = 1;
            version1[3] = 0; // version 1 knew only flag 0x02 (calibration pending), clear here

            var restored = new ParkingNodeLogic(new ParkingNodeParameters { InterruptWake = true });
            Assert.AreEqual(StateRecordStatus.Ok, restored.ReadState(version1, 0, version1.Length));
            Assert.AreEqual(ParkingState.Occupied, restored.State);
            Assert.AreEqual(BaseZ * 16, restored.BaselineZSixteenthsMilligauss);
            Assert.IsFalse(restored.SignatureKnown);
            Assert.AreEqual(0, restored.InterruptPinBits);

            version1[3] = 0x04; // the signature flag did not exist in version 1
            Assert.AreEqual(StateRecordStatus.Corrupt, new ParkingNodeLogic(new ParkingNodeParameters()).ReadState(version1, 0, version1.Length));
            Assert.AreEqual(StateRecordStatus.TooShort, new ParkingNodeLogic(new ParkingNodeParameters()).ReadState(version1, 0, 44));
        }
    }
}
