// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using SmartCityNodes.Applications.ParkingNode;
using SmartCityNodes.Drivers.Sensors.Lis3mdl;
using SmartCityNodes.Drivers.Sensors.Qmc5883l;

namespace SmartCityNodes.Applications.Tests.ParkingNode
{
    /// <summary>
    /// The interrupt-driven ParkingNode on the LIS3MDL chip model (tests/SmartCityNodes.TestSupport Lis3mdlModel), every
    /// wake a reboot (<see cref="Lis3mdlBay"/>). Register values are worked out by hand from the LIS3MDL datasheet
    /// DocID024204 Rev 6: table 3 (6842 LSB/G at ±4 G), tables 18–22 (CTRL_REG1: TEMP_EN OM1 OM0 DO2 DO1 DO0 FAST_ODR ST;
    /// OM 00 low-power … 11 ultra-high performance; DO 000 = 0.625 Hz … 111 = 80 Hz), tables 23/25 (CTRL_REG2 FS 00 =
    /// ±4 G), tables 26–28 (CTRL_REG3: LP bit 5, MD 00 continuous), tables 29–31 (CTRL_REG4 OMZ bits 3:2), tables 32/33
    /// (CTRL_REG5 BDU bit 6), tables 36/37 (INT_CFG: XIEN YIEN ZIEN 0 1 IEA LIR IEN; IEA 1 = active high, LIR 0 = latched),
    /// tables 40/41 (INT_THS 15-bit, same scale as the output).
    /// </summary>
    [TestClass]
    public sealed class Lis3mdlParkingNodeTests
    {
        private const long Second = 1000;

        // A car lowering Z by 400 mG: −700 mG = −4789.4 counts → −4790 (−4790 000 / 6842 = −700.09 → −700 mG).
        private const short CarLoweringZ = -4790;

        // A car raising Z by 400 mG: +100 mG = 684 counts (99 mG after truncation; signature 99 − (−300) = 399 mG).
        private const short CarRaisingZ = 684;

        private static Lis3mdlBay Installed(Lis3mdlSilicon silicon = Lis3mdlSilicon.Datasheet)
        {
            var bay = new Lis3mdlBay(silicon);
            bay.Wake(false); // installation on the empty bay: calibration, first arming
            return bay;
        }

        [TestMethod]
        public void Installation_CalibratesAndArmsTheArrivalInterrupt_WithTheRegistersTheDatasheetRequires()
        {
            var bay = new Lis3mdlBay();
            var wake = bay.Wake(false);
            Assert.AreEqual(ParkingState.Vacant, wake.State);
            Assert.IsTrue(wake.Reported, "the calibration is reported");

            // Baseline (99, 199, −300) mG; no car seen yet: rise on all axes at max |axis| 300 + D 150 = 450 mG.
            // INT_THS = 450 mG × 6842 LSB/G = 3078.9 → 3078 = 0x0C06.
            // INT_CFG = XIEN|YIEN|ZIEN 0xE0 | bit 3 0x08 | IEA 1 (active high) 0x04 | LIR 0 (latched) | IEN 0x01 = 0xED.
            // Then the watch mode: CTRL_REG1 OM 00 (low-power), DO 000 (0.625 Hz) = 0x00; CTRL_REG2 FS ±4 G = 0x00;
            // CTRL_REG4 OMZ 00 = 0x00; CTRL_REG5 BDU = 0x40; CTRL_REG3 written 0x00 (continuous) then 0x20 (LP: 0.625 Hz,
            // minimum averaging).
            var arming = Tail(wake.Writes, 0x32);
            CollectionAssert.AreEqual(
                new (byte, byte)[] { (0x32, 0x06), (0x33, 0x0C), (0x30, 0xED), (0x20, 0x00), (0x21, 0x00), (0x23, 0x00), (0x24, 0x40), (0x22, 0x00), (0x22, 0x20) },
                arming);
            Assert.AreEqual((byte)0xED, bay.Chip.Peek(0x30));
            Assert.AreEqual((byte)0x20, bay.Chip.Peek(0x22));
            Assert.IsFalse(bay.Chip.InterruptPin.Read(), "INT low on the empty bay: the node sleeps");
            Assert.AreEqual(900 * Second, bay.NextDueMilliseconds, "only the drift poll is timed");

            // The wake-time read configuration written before the reads: ultra-high performance (OM 11, OMZ 11), 80 Hz
            // (DO 111): CTRL_REG1 = 0x60 | 0x1C = 0x7C, CTRL_REG4 = 0x0C.
            CollectionAssert.Contains(wake.Writes, ((byte)0x20, (byte)0x7C));
            CollectionAssert.Contains(wake.Writes, ((byte)0x23, (byte)0x0C));
        }

        [TestMethod]
        public void CarArrives_IntWakesTheNode_ConfirmedOccupied_Reported_AndReArmedForTheDeparture()
        {
            var bay = Installed();
            bay.RunUntil(100 * Second);
            Assert.AreEqual(1, bay.Wakes.Count, "nothing woke the node on the empty bay");

            // At 100 s a car lowers Z to −700 mG: |−4790| > 3078 at the next 0.625 Hz sample → INT latched HIGH.
            bay.Field(Lis3mdlBay.EmptyX, Lis3mdlBay.EmptyY, CarLoweringZ);
            bay.RunUntil(130 * Second);

            var pinWake = bay.Wakes[1];
            Assert.IsTrue(pinWake.ByPin);
            Assert.IsTrue(pinWake.AtMilliseconds <= (100 * Second) + 1600 + 500 + 100, "within one sample period and the boot");
            Assert.AreEqual(ParkingState.Arriving, pinWake.State);
            Assert.AreEqual(ParkingInterruptMode.None, pinWake.Mode, "confirming: disarmed");
            Assert.AreEqual((byte)0x0C, pinWake.IntCfg, "disarmed: IEA 1 (idle low), IEN 0 → 0x08 | 0x04");

            // Four timer re-checks (5, 10, 15, 20 s): the last confirms and reports.
            var confirmations = bay.Wakes.Skip(2).ToList();
            Assert.AreEqual(4, confirmations.Count);
            Assert.IsTrue(confirmations.All(w => !w.ByPin));
            Assert.AreEqual(pinWake.AtMilliseconds + (20 * Second), confirmations[3].AtMilliseconds);
            var confirmed = confirmations[3];
            Assert.AreEqual(ParkingState.Occupied, confirmed.State);
            Assert.IsTrue(confirmed.Reported && confirmed.ReportIsEvent, "Arrived reported");

            // Departure arming: Z 700 → 300 mG falls; threshold halfway 500 mG = 3421 counts = 0x0D5D, Z only, active low,
            // not latched: INT_CFG = ZIEN 0x20 | 0x08 | IEA 0 | LIR 1 0x02 | IEN 0x01 = 0x2B. With the car there |Z| > 500:
            // INT asserted = low.
            Assert.AreEqual(ParkingInterruptMode.Fall, confirmed.Mode);
            Assert.AreEqual(500, confirmed.ThresholdMilligauss);
            CollectionAssert.AreEqual(new (byte, byte)[] { (0x32, 0x5D), (0x33, 0x0D), (0x30, 0x2B) }, Tail(confirmed.Writes, 0x32).Take(3).ToArray());
            Assert.IsFalse(bay.Chip.InterruptPin.Read());
            Assert.AreEqual(confirmed.AtMilliseconds + (900 * Second), bay.NextDueMilliseconds, "departure watched: only the drift poll is timed");
        }

        [TestMethod]
        public void CarLeaves_IntWakesTheNode_ConfirmedVacant_Reported_AndReArmedForTheNextArrival()
        {
            var bay = Installed();
            bay.RunUntil(100 * Second);
            bay.Field(Lis3mdlBay.EmptyX, Lis3mdlBay.EmptyY, CarLoweringZ);
            bay.RunUntil(200 * Second);
            int parkedWakes = bay.Wakes.Count;

            // At 600 s the car leaves: |Z| 300 ≤ 500 → INT deasserted → HIGH (active low) at the next sample.
            bay.RunUntil(600 * Second);
            Assert.AreEqual(parkedWakes, bay.Wakes.Count, "no wake while the car stands");
            bay.Field(Lis3mdlBay.EmptyX, Lis3mdlBay.EmptyY, Lis3mdlBay.EmptyZ);
            bay.RunUntil(640 * Second);

            var leaving = bay.Wakes[parkedWakes];
            Assert.IsTrue(leaving.ByPin);
            Assert.AreEqual(ParkingState.Leaving, leaving.State);
            var confirmed = bay.Wakes.Last();
            Assert.AreEqual(leaving.AtMilliseconds + (20 * Second), confirmed.AtMilliseconds);
            Assert.AreEqual(ParkingState.Vacant, confirmed.State);
            Assert.IsTrue(confirmed.Reported && confirmed.ReportIsEvent, "Departed reported");

            // Arrival arming for a car like the last one (signature Z −400): Z 300 → 700 rises; threshold 300 +
            // min(400/2, 150) = 450 mG = 0x0C06; X and Y sit below it: all axes, INT_CFG 0xED again.
            Assert.AreEqual(ParkingInterruptMode.Rise, confirmed.Mode);
            Assert.AreEqual(ParkingAxes.All, confirmed.Axes);
            CollectionAssert.AreEqual(new (byte, byte)[] { (0x32, 0x06), (0x33, 0x0C), (0x30, 0xED) }, Tail(confirmed.Writes, 0x32).Take(3).ToArray());
        }

        [TestMethod]
        public void MissedInterrupt_TheDriftPollCatchesIt_ThenTheLearntSignatureArmsTheInterruptForTheNextSuchCar()
        {
            var bay = Installed();

            // At 100 s a car raises Z from −300 to +99 mG: no axis's magnitude passes 450 mG, INT stays low.
            bay.RunUntil(100 * Second);
            bay.Field(Lis3mdlBay.EmptyX, Lis3mdlBay.EmptyY, CarRaisingZ);
            bay.RunUntil(1000 * Second);

            // The drift poll at 900 s finds it; confirmed at 920 s.
            Assert.IsFalse(bay.Wakes.Any(w => w.ByPin), "the interrupt could not see this car");
            var found = bay.Wakes[1];
            Assert.AreEqual(900 * Second, found.AtMilliseconds);
            Assert.AreEqual(ParkingState.Arriving, found.State);
            var confirmed = bay.Wakes.Single(w => w.State == ParkingState.Occupied && w.Reported);
            Assert.AreEqual(920 * Second, confirmed.AtMilliseconds);

            // Departure arming: Z 99 → 300 rises by 201; threshold 99 + 100 = 199 mG = 1361.6 → 1361 counts = 0x0551;
            // X (99 + 40 ≤ 199) joins, Y (199 + 40) does not: INT_CFG = XIEN 0x80 | ZIEN 0x20 | 0x08 | IEA 0x04 | IEN = 0xAD.
            Assert.AreEqual(ParkingInterruptMode.Rise, confirmed.Mode);
            Assert.AreEqual(ParkingAxes.X | ParkingAxes.Z, confirmed.Axes);
            CollectionAssert.AreEqual(new (byte, byte)[] { (0x32, 0x51), (0x33, 0x05), (0x30, 0xAD) }, Tail(confirmed.Writes, 0x32).Take(3).ToArray());

            // The car leaves at 2000 s: |Z| 300 > 199 → latched INT → pin wake; vacant at 2000 s + boot + 20 s.
            bay.RunUntil(2000 * Second);
            bay.Field(Lis3mdlBay.EmptyX, Lis3mdlBay.EmptyY, Lis3mdlBay.EmptyZ);
            bay.RunUntil(2100 * Second);
            var departed = bay.Wakes.Last(w => w.Reported);
            Assert.AreEqual(ParkingState.Vacant, departed.State);

            // Arrival arming learnt from it (signature Z +399): Z 300 → 99 falls by 201; threshold 300 − 100 = 200 mG =
            // 1368.4 → 1368 counts = 0x0558; Z only, active low, not latched: INT_CFG 0x2B.
            Assert.AreEqual(ParkingInterruptMode.Fall, departed.Mode);
            CollectionAssert.AreEqual(new (byte, byte)[] { (0x32, 0x58), (0x33, 0x05), (0x30, 0x2B) }, Tail(departed.Writes, 0x32).Take(3).ToArray());

            // The next such car now wakes the node by INT.
            int before = bay.Wakes.Count;
            bay.RunUntil(2500 * Second);
            bay.Field(Lis3mdlBay.EmptyX, Lis3mdlBay.EmptyY, CarRaisingZ);
            bay.RunUntil(2530 * Second);
            var next = bay.Wakes[before];
            Assert.IsTrue(next.ByPin);
            Assert.AreEqual(ParkingState.Arriving, next.State);
            Assert.AreEqual(ParkingState.Occupied, bay.Wakes.Last().State);
        }

        [TestMethod]
        public void MaskedPin_TheLatchedEventIsReadAtTheDriftPoll()
        {
            // The runtime masks the event pin (its storm policy); a car arrives meanwhile. The latched INT waits; the
            // drift poll reads INT_SRC, sees the field and starts the confirmation.
            var bay = Installed();
            bay.PinMasked = true;
            bay.RunUntil(100 * Second);
            bay.Field(Lis3mdlBay.EmptyX, Lis3mdlBay.EmptyY, CarLoweringZ);
            bay.RunUntil(950 * Second);
            Assert.IsFalse(bay.Wakes.Any(w => w.ByPin));
            Assert.AreEqual(900 * Second, bay.Wakes[1].AtMilliseconds);
            Assert.AreEqual(ParkingState.Arriving, bay.Wakes[1].State);
            Assert.AreEqual(ParkingState.Occupied, bay.Wakes.Last().State);
        }

        [TestMethod]
        public void WavedMagnet_WakesAtMostTheAllowancePerDriftPoll_AndReportsNothing()
        {
            // A magnet waved over the sensor for 45 minutes: X +2 G (684 + 13 684 counts) for 3 s in every 12 s, i.e. 450
            // on/off edges. Every suspicion drops at its 5 s re-check (the magnet is gone 5 s after any moment it is there),
            // so each one spends the allowance (3 per drift poll) and the interrupt is held off until the next drift poll.
            var bay = Installed();
            bay.RunUntil(60 * Second);
            long start = bay.Clock.UptimeMilliseconds;
            long stop = start + (45 * 60 * Second);
            bay.RunUntil(stop, t =>
            {
                bool on = t < stop && (t - start) % (12 * Second) < 3 * Second;
                bay.Field(on ? Lis3mdlBay.EmptyX + 13684 : Lis3mdlBay.EmptyX, Lis3mdlBay.EmptyY, Lis3mdlBay.EmptyZ);
            });

            var storm = bay.Between(start, stop).ToList();
            int pinWakes = storm.Count(w => w.ByPin);
            Assert.IsTrue(pinWakes > 0, "the magnet does wake the node");

            // 45 min = 3 drift-poll intervals (plus the one running at the start): at most 3 × 4 = 12 interrupt wakes, each
            // with one re-check, plus the drift polls.
            Assert.IsTrue(pinWakes <= 12, pinWakes + " interrupt wakes");
            Assert.IsTrue(storm.Count <= (2 * 12) + 4, storm.Count + " wakes for 450 edges");
            Assert.IsFalse(storm.Any(w => w.Reported && w.ReportIsEvent), "nothing confirmed, nothing reported");
            Assert.IsTrue(storm.Any(w => w.Mode == ParkingInterruptMode.None && !w.ByPin && w.State == ParkingState.Vacant), "held off");

            // After the storm the next drift poll re-arms, and a real car wakes the node by INT.
            bay.RunUntil(stop + (900 * Second));
            Assert.AreEqual((byte)0xED, bay.Chip.Peek(0x30), "re-armed");
            int before = bay.Wakes.Count;
            bay.Field(Lis3mdlBay.EmptyX, Lis3mdlBay.EmptyY, CarLoweringZ);
            bay.RunUntil(bay.Clock.UptimeMilliseconds + (30 * Second));
            Assert.IsTrue(bay.Wakes[before].ByPin);
            Assert.AreEqual(ParkingState.Occupied, bay.Wakes.Last().State);
        }

        [TestMethod]
        public void StHeaderSilicon_ThePolarityIsLearntAtTheFirstArming_AndKeptInTheStateRecord()
        {
            // ST's lis3mdl_reg.h reading (IEA 1 = active low): the datasheet's 0xED would leave INT idling HIGH, a wake at
            // once. The watch sees INT high with INT_SRC empty, flips the polarity reading and writes IEA 0:
            // 0xE0 | 0x08 | IEN = 0xE9, which this silicon reads as active high: INT idles low.
            var bay = new Lis3mdlBay(Lis3mdlSilicon.StHeader);
            var first = bay.Wake(false);
            Assert.AreEqual(ParkingInterruptStatus.Ok, first.InterruptStatus);
            Assert.AreEqual((byte)0xE9, first.IntCfg);
            Assert.IsFalse(bay.Chip.InterruptPin.Read());
            Assert.AreEqual(1, bay.Application!.Logic.InterruptPinBits, "bit 0: polarity read the ST way");

            // Next boot: the bits come from the state record, the first write is already right.
            bay.RunUntil(900 * Second);
            var poll = bay.Wakes[1];
            Assert.AreEqual((byte)0xE9, poll.IntCfg);
            Assert.AreEqual(1, poll.Writes.Count(w => w.Register == 0x30 && w.Value == 0xE9), "no second attempt");

            // A car still wakes the node (not latched on this silicon, but the car stays).
            bay.Field(Lis3mdlBay.EmptyX, Lis3mdlBay.EmptyY, CarLoweringZ);
            bay.RunUntil(1000 * Second);
            Assert.IsTrue(bay.Wakes[2].ByPin);
            Assert.AreEqual(ParkingState.Occupied, bay.Wakes.Last().State);
        }

        [TestMethod]
        public void StHeaderSilicon_WithTheInstallationCalibratedBits_TheDepartureWakesTheNode()
        {
            // Bits 3 (polarity and latch read the ST way, as Lis3mdl.CalibrateInterruptPin finds on such silicon): the
            // departure's "active low, not latched" is written IEA 1, LIR 0: 0x20 | 0x08 | 0x04 | IEN = 0x2D.
            var bay = new Lis3mdlBay(Lis3mdlSilicon.StHeader);
            bay.InstallPinBits(3);
            bay.Wake(false);
            bay.RunUntil(100 * Second);
            bay.Field(Lis3mdlBay.EmptyX, Lis3mdlBay.EmptyY, CarLoweringZ);
            bay.RunUntil(200 * Second);
            Assert.AreEqual((byte)0x2D, bay.Chip.Peek(0x30));
            bay.Field(Lis3mdlBay.EmptyX, Lis3mdlBay.EmptyY, Lis3mdlBay.EmptyZ);
            int before = bay.Wakes.Count;
            bay.RunUntil(300 * Second);
            Assert.IsTrue(bay.Wakes[before].ByPin, "the departure wakes the node");
            Assert.AreEqual(ParkingState.Vacant, bay.Wakes.Last().State);
        }

        [TestMethod]
        public void StHeaderSilicon_WithoutTheLatchBit_TheDepartureIsCaughtByTheDriftPoll()
        {
            // Only the polarity is learnt by itself; with the datasheet's latch reading the departure's "not latched" is
            // written LIR 1, which this silicon latches: INT stays asserted (low) after the car leaves. The drift poll
            // catches the departure instead; the installation calibration (bits 3) avoids this.
            var bay = new Lis3mdlBay(Lis3mdlSilicon.StHeader);
            bay.Wake(false);
            bay.RunUntil(100 * Second);
            bay.Field(Lis3mdlBay.EmptyX, Lis3mdlBay.EmptyY, CarLoweringZ);
            bay.RunUntil(200 * Second);
            var parked = bay.Wakes.Last();
            Assert.AreEqual(ParkingState.Occupied, parked.State);
            bay.Field(Lis3mdlBay.EmptyX, Lis3mdlBay.EmptyY, Lis3mdlBay.EmptyZ);
            int before = bay.Wakes.Count;
            bay.RunUntil(parked.AtMilliseconds + (950 * Second));
            Assert.IsFalse(bay.Wakes.Skip(before).Any(w => w.ByPin));
            Assert.AreEqual(parked.AtMilliseconds + (900 * Second), bay.Wakes[before].AtMilliseconds);
            Assert.AreEqual(ParkingState.Vacant, bay.Wakes.Last().State);
        }

        [TestMethod]
        public void SensorStandbyMicroamps_FollowsTheMode()
        {
            var clock = new VirtualClock();
            var chip = new Lis3mdlModel(clock);
            var watch = new Lis3mdlParkingWatch(new Lis3mdl(chip, clock, chip.InterruptPin), chip.InterruptPin);

            // LIS3MDL watching: table 5 Idd_LP 40 µA (low-power mode, ODR 20 Hz; the watch's 0.625 Hz draws at most that).
            Assert.AreEqual(40, new ParkingNodeApplication(watch, new ParkingNodeParameters { InterruptWake = true }).SensorStandbyMicroamps);

            // LIS3MDL polled: powered down between polls, table 5 Idd_PD 1 µA.
            Assert.AreEqual(1, new ParkingNodeApplication(watch, new ParkingNodeParameters()).SensorStandbyMicroamps);

            // QMC5883L polled: standby 3 µA (QMC5883L datasheet 1.0, table 2).
            var qmc = new Qmc5883l(new Qmc5883lModel(clock), clock, null);
            Assert.AreEqual(3, new ParkingNodeApplication(new ParkingMeasurement(qmc), new ParkingNodeParameters()).SensorStandbyMicroamps);
        }

        [TestMethod]
        public void PolledLis3mdl_IsReadEveryPollInterval_AndPoweredDownBetween()
        {
            var bay = new Lis3mdlBay(parameters: new ParkingNodeParameters());
            bay.Wake(false);
            Assert.AreEqual((byte)0x03, (byte)(bay.Chip.Peek(0x22) & 0x03), "CTRL_REG3 MD = 11: power-down");
            Assert.AreEqual((byte)0x0C, bay.Chip.Peek(0x30), "INT disabled, idling low");
            Assert.AreEqual(30 * Second, bay.NextDueMilliseconds);
            bay.RunUntil(61 * Second);
            Assert.AreEqual(3, bay.Wakes.Count);
            Assert.IsTrue(bay.Wakes.All(w => !w.ByPin && w.State == ParkingState.Vacant));
        }

        [TestMethod]
        public void InterruptWake_AllocatesNothingAfterConstruction()
        {
            var clock = new VirtualClock();
            var chip = new Lis3mdlModel(clock) { XCounts = Lis3mdlBay.EmptyX, YCounts = Lis3mdlBay.EmptyY, ZCounts = Lis3mdlBay.EmptyZ };
            var application = new ParkingNodeApplication(new Lis3mdlParkingWatch(new Lis3mdl(chip, clock, chip.InterruptPin), chip.InterruptPin),
                new ParkingNodeParameters { InterruptWake = true });
            var state = new byte[application.StateCapacityBytes];
            application.Measure(0);

            void Cycle(int i)
            {
                chip.ZCounts = i % 12 < 6 ? CarLoweringZ : Lis3mdlBay.EmptyZ; // park, leave, park …
                clock.Advance(5000);
                application.Measure(clock.UptimeMilliseconds);
                application.WriteState(state, 0);
                application.ReadState(state, 0, state.Length);
            }

            for (int i = 0; i < 24; i++)
            {
                Cycle(i);
            }

            long before = GC.GetAllocatedBytesForCurrentThread();
            for (int i = 0; i < 240; i++)
            {
                Cycle(i);
            }

            Assert.AreEqual(0L, GC.GetAllocatedBytesForCurrentThread() - before);
            Assert.IsTrue(application.Logic.SignatureKnown, "cars were confirmed in the loop");
        }

        /// <summary>The writes from the first write to <paramref name="register"/> on.</summary>
        private static (byte Register, byte Value)[] Tail((byte Register, byte Value)[] writes, byte register)
        {
            int first = Array.FindIndex(writes, w => w.Register == register);
            Assert.IsTrue(first >= 0, "register 0x" + register.ToString("X2") + " written");
            return writes.Skip(first).ToArray();
        }
    }
}
