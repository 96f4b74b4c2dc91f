// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using SmartCityNodes.Applications.AirNode;
using SmartCityNodes.Applications.Common;
using SmartCityNodes.Applications.Tests.Doubles;
using SmartCityNodes.Drivers.Sensors;
using SmartCityNodes.Drivers.Sensors.Environment;

namespace SmartCityNodes.Applications.Tests.AirNode
{
    [TestClass]
    public sealed class AirNodeLogicTests
    {
        private const long Second = 1000;

        // Cycle every 900 s: wake, 30 s warm-up, 3 samples 2 s apart (t + 30, 32, 34 s), report at least every 1800 s.
        // PM2.5 episode from 36 µg/m³, over below 30; PM10 from 155, over below 130.
        private static AirNodeParameters QuarterHourly() => new AirNodeParameters { CycleIntervalSeconds = 900, PeriodicReportSeconds = 1800 };

        private sealed class Node
        {
            public readonly AirNodeLogic Logic;
            public readonly FakeParticulateSensor Particulate = new FakeParticulateSensor();
            public readonly SimulatedEnvironmentSensor Environment = new SimulatedEnvironmentSensor(EnvironmentQuantities.Bme680, new SensorPowerProfile(2, 10, 700, 1));
            public readonly AirMeasurement Measurement;
            public readonly AirReadings Readings = new AirReadings();
            public readonly AirReport Report = new AirReport();
            public byte[]? State;

            public Node(AirNodeParameters parameters)
            {
                Logic = new AirNodeLogic(parameters);
                Measurement = new AirMeasurement(Environment, Particulate);
            }

            /// <summary>One wake as the runtime will run it; with State set, every wake is a reboot through the record.</summary>
            public AirStep Wake(long now)
            {
                AirNodeLogic logic = Logic;
                if (State != null)
                {
                    logic = new AirNodeLogic(Logic.Parameters);
                    Assert.AreEqual(StateRecordStatus.Ok, logic.ReadState(State, 0, State.Length));
                }

                AirStep step = logic.PlanStep(now);
                Measurement.Perform(step, Readings);
                logic.Complete(now, Readings, Report);
                if (State != null)
                {
                    logic.WriteState(State, 0);
                }

                return step;
            }

            /// <summary>Runs one whole cycle starting at <paramref name="start"/> with the three PM2.5 samples given (µg/m³ × 10); PM10 = 20 µg/m³, PM1 = 5.</summary>
            public void Cycle(long start, int a, int b, int c)
            {
                Particulate.Enqueue(50, a, 200);
                Particulate.Enqueue(50, b, 200);
                Particulate.Enqueue(50, c, 200);
                Assert.AreEqual(AirStep.WakeParticulateSensor, Wake(start));
                Assert.AreEqual(start + (30 * Second), Report.NextWakeAtMilliseconds);
                Assert.IsFalse(Report.ShouldSend);
                Assert.AreEqual(AirStep.Sample, Wake(start + (30 * Second)));
                Assert.AreEqual(start + (32 * Second), Report.NextWakeAtMilliseconds);
                Assert.AreEqual(AirStep.Sample, Wake(start + (32 * Second)));
                Assert.AreEqual(AirStep.FinalSample, Wake(start + (34 * Second)));
                Assert.IsTrue(Report.CycleCompleted);
                Assert.AreEqual(start + (900 * Second), Report.NextWakeAtMilliseconds);
            }
        }

        [TestMethod]
        public void Cycle_WakesWarmsUpSamplesAveragesAndSleepsTheSensor()
        {
            var node = new Node(QuarterHourly());
            node.Environment.SetValues(2155, 4567, 101325, 52000);
            node.Cycle(0, 101, 122, 140);

            // PM2.5 = (10.1 + 12.2 + 14.0) / 3 = 12.1 → 12; PM1 = 5.0; PM10 = 20.0.
            Assert.AreEqual(12, node.Report.Pm25MicrogramsPerCubicMetre);
            Assert.AreEqual(5, node.Report.Pm1MicrogramsPerCubicMetre);
            Assert.AreEqual(20, node.Report.Pm10MicrogramsPerCubicMetre);
            Assert.AreEqual(3, node.Report.ParticulateSamples);
            // 21.55 °C → 215.5 → 216 deci-°C; 45.67 % → 456.7 → 457 deci-%.
            Assert.AreEqual(216, node.Report.TemperatureDeciCelsius);
            Assert.AreEqual(457, node.Report.RelativeHumidityDeciPercent);
            Assert.AreEqual(101325, node.Report.PressurePascals);
            Assert.AreEqual(52000, node.Report.GasResistanceOhms);
            Assert.AreEqual(ReportReason.Startup, node.Report.Reason);
            Assert.AreEqual(AirFaults.None, node.Report.Faults);
            Assert.AreEqual(1, node.Particulate.WakeCount);
            Assert.AreEqual(1, node.Particulate.SleepCount);
            Assert.AreEqual(3, node.Particulate.ReadCount);
            Assert.AreEqual(1, node.Environment.ReadCount);
        }

        [TestMethod]
        public void EarlyWake_DoesNothing_AndKeepsTheDueTime()
        {
            var node = new Node(QuarterHourly());
            node.Wake(0);                       // sensor woken, warm-up until 30 s
            Assert.AreEqual(AirStep.None, node.Wake(10 * Second));
            Assert.AreEqual(30 * Second, node.Report.NextWakeAtMilliseconds);
            Assert.AreEqual(0, node.Particulate.ReadCount, "no sample before the 30 s warm-up is over");
        }

        [TestMethod]
        [DataRow(false)]
        [DataRow(true)]
        public void Sequence_PollutionEpisode_OneRaiseOneClear(bool rebootEveryWake)
        {
            var node = new Node(QuarterHourly());
            if (rebootEveryWake)
            {
                node.State = new byte[AirNodeLogic.StateLength];
                new AirNodeLogic(QuarterHourly()).WriteState(node.State, 0);
            }

            // cycle start s, samples (µg/m³ × 10), expected mean, reason, events, alarms
            // 0:    10.0 12.0 14.0 → 12                               Startup
            // 900:  30.0 40.0 50.0 → 40 ≥ 36                          Event Pm25Raised
            // 1800: 33.0 34.0 35.0 → 34 ≥ 30, still high              None (last report 934 s, 1834 − 934 = 900 < 1800)
            // 2700: 38.0 20.0 20.0 → 26 < 30                          Event Pm25Cleared, and Periodic (2734 − 934 = 1800)
            // 3600: 34.0 35.0 35.0 → 34.67 → 35 < 36, stays clear     None (3634 − 2734 = 900)
            // 4500: 34.0 35.0 35.0 → 35                               Periodic (4534 − 2734 = 1800)
            int[,] samples = { { 100, 120, 140 }, { 300, 400, 500 }, { 330, 340, 350 }, { 380, 200, 200 }, { 340, 350, 350 }, { 340, 350, 350 } };
            int[] means = { 12, 40, 34, 26, 35, 35 };
            ReportReason[] reasons = { ReportReason.Startup, ReportReason.Event, ReportReason.None, ReportReason.Event | ReportReason.Periodic, ReportReason.None, ReportReason.Periodic };
            AirEvents[] events = { AirEvents.None, AirEvents.Pm25Raised, AirEvents.None, AirEvents.Pm25Cleared, AirEvents.None, AirEvents.None };
            AirAlarms[] alarms = { AirAlarms.None, AirAlarms.Pm25High, AirAlarms.Pm25High, AirAlarms.None, AirAlarms.None, AirAlarms.None };
            for (int cycle = 0; cycle < means.Length; cycle++)
            {
                node.Cycle(cycle * 900 * Second, samples[cycle, 0], samples[cycle, 1], samples[cycle, 2]);
                Assert.AreEqual(means[cycle], node.Report.Pm25MicrogramsPerCubicMetre, "cycle " + cycle);
                Assert.AreEqual(reasons[cycle], node.Report.Reason, "cycle " + cycle);
                Assert.AreEqual(events[cycle], node.Report.Events, "cycle " + cycle);
                Assert.AreEqual(alarms[cycle], node.Report.Alarms, "cycle " + cycle);
            }
        }

        [TestMethod]
        public void Pm10Episode_RaisesAtItsOwnThreshold()
        {
            var node = new Node(QuarterHourly());
            node.Particulate.Enqueue(0, 100, 1500);
            node.Particulate.Enqueue(0, 100, 1600);
            node.Particulate.Enqueue(0, 100, 1550);
            node.Wake(0);
            node.Wake(30 * Second);
            node.Wake(32 * Second);
            node.Wake(34 * Second);
            // (150.0 + 160.0 + 155.0) / 3 = 155.0 ≥ 155.
            Assert.AreEqual(155, node.Report.Pm10MicrogramsPerCubicMetre);
            Assert.AreEqual(AirEvents.Pm10Raised, node.Report.Events);
            Assert.AreEqual(AirAlarms.Pm10High, node.Report.Alarms);
        }

        [TestMethod]
        public void Sds011WithoutPm1_ReportsPm1Unknown()
        {
            var node = new Node(QuarterHourly());
            node.Particulate.HasPm1 = false;
            node.Cycle(0, 100, 100, 100);
            Assert.AreEqual(ReportValues.Unknown, node.Report.Pm1MicrogramsPerCubicMetre);
            Assert.AreEqual(10, node.Report.Pm25MicrogramsPerCubicMetre);
        }

        [TestMethod]
        public void AllSamplesFail_PmUnknown_FaultReported_NextCycleStillPlanned()
        {
            var node = new Node(QuarterHourly());
            node.Particulate.EnqueueFault(SensorStatus.Timeout);
            node.Particulate.EnqueueFault(SensorStatus.ChecksumError);
            node.Particulate.EnqueueFault(SensorStatus.Timeout);
            node.Wake(0);
            node.Wake(30 * Second);
            node.Wake(32 * Second);
            node.Wake(34 * Second);
            Assert.AreEqual(AirFaults.ParticulateSensor, node.Report.Faults);
            Assert.AreEqual((byte)SensorStatus.Timeout, node.Report.ParticulateSensorStatus);
            Assert.AreEqual(ReportValues.Unknown, node.Report.Pm25MicrogramsPerCubicMetre);
            Assert.AreEqual(0, node.Report.ParticulateSamples);
            Assert.AreEqual(ReportReason.Startup | ReportReason.FaultChanged, node.Report.Reason);
            Assert.AreEqual(900 * Second, node.Report.NextWakeAtMilliseconds);
            Assert.AreEqual(1, node.Particulate.SleepCount, "the sensor is put to sleep even after a failed cycle");

            // Next cycle healthy: the fault set changes back → reported.
            node.Cycle(900 * Second, 100, 100, 100);
            Assert.AreEqual(AirFaults.None, node.Report.Faults);
            Assert.AreEqual(ReportReason.FaultChanged, node.Report.Reason);
        }

        [TestMethod]
        public void SomeSamplesFail_AverageOfTheValidOnes_PartialFlag()
        {
            var node = new Node(QuarterHourly());
            node.Particulate.Enqueue(50, 100, 200);
            node.Particulate.EnqueueFault(SensorStatus.ChecksumError);
            node.Particulate.Enqueue(50, 150, 300);
            node.Wake(0);
            node.Wake(30 * Second);
            node.Wake(32 * Second);
            node.Wake(34 * Second);
            // PM2.5 (10.0 + 15.0) / 2 = 12.5 → 13; PM10 (20.0 + 30.0) / 2 = 25.
            Assert.AreEqual(13, node.Report.Pm25MicrogramsPerCubicMetre);
            Assert.AreEqual(25, node.Report.Pm10MicrogramsPerCubicMetre);
            Assert.AreEqual(2, node.Report.ParticulateSamples);
            Assert.AreEqual(AirFaults.ParticulatePartial, node.Report.Faults);
            Assert.AreEqual((byte)SensorStatus.ChecksumError, node.Report.ParticulateSensorStatus);
        }

        [TestMethod]
        public void WakeAndSleepCommandFaults_AreFlags_TheCycleCompletes()
        {
            var node = new Node(QuarterHourly());
            node.Particulate.WakeAnswer = SensorStatus.Timeout;
            node.Particulate.SleepAnswer = SensorStatus.Timeout;
            node.Cycle(0, 100, 100, 100);
            Assert.AreEqual(AirFaults.ParticulateWake | AirFaults.ParticulateSleep, node.Report.Faults);
            Assert.AreEqual(10, node.Report.Pm25MicrogramsPerCubicMetre);
        }

        [TestMethod]
        public void EnvironmentFault_IsAFlag_PmStillReported()
        {
            var node = new Node(QuarterHourly());
            node.Environment.FailNext(SensorStatus.Nack, 1);
            node.Cycle(0, 100, 100, 100);
            Assert.AreEqual(AirFaults.EnvironmentSensor, node.Report.Faults);
            Assert.AreEqual((byte)SensorStatus.Nack, node.Report.EnvironmentSensorStatus);
            Assert.AreEqual(ReportValues.Unknown, node.Report.TemperatureDeciCelsius);
            Assert.AreEqual(10, node.Report.Pm25MicrogramsPerCubicMetre);
        }

        [TestMethod]
        public void Bme280_GasIsUnknown()
        {
            var node = new Node(QuarterHourly());
            var measurement = new AirMeasurement(new SimulatedEnvironmentSensor(EnvironmentQuantities.Bme280, new SensorPowerProfile(2, 10, 700, 1)), node.Particulate);
            node.Particulate.Enqueue(0, 100, 100);
            var readings = new AirReadings();
            var report = new AirReport();
            var logic = new AirNodeLogic(new AirNodeParameters { CycleIntervalSeconds = 900, SampleCount = 1 });
            Assert.AreEqual(AirStep.WakeParticulateSensor, logic.PlanStep(0));
            measurement.Perform(AirStep.WakeParticulateSensor, readings);
            logic.Complete(0, readings, report);
            Assert.AreEqual(AirStep.FinalSample, logic.PlanStep(30 * Second), "one sample: the first is the last");
            measurement.Perform(AirStep.FinalSample, readings);
            logic.Complete(30 * Second, readings, report);
            Assert.AreEqual(ReportValues.Unknown, report.GasResistanceOhms);
            Assert.AreEqual(200, report.TemperatureDeciCelsius); // simulator default 20.00 °C
        }

        [TestMethod]
        public void LateWake_StartsTheNextCycleAtOnce()
        {
            var node = new Node(QuarterHourly());
            node.Wake(0);
            node.Wake(30 * Second);
            node.Wake(32 * Second);
            node.Wake(1000 * Second); // the runtime could not wake the node until 1000 s (> 0 + 900 s)
            Assert.AreEqual(1000 * Second, node.Report.NextWakeAtMilliseconds);
        }

        [TestMethod]
        public void ReadState_RejectsBadRecords_AndChangesNothing()
        {
            var node = new Node(QuarterHourly());
            node.Wake(0);
            node.Wake(30 * Second); // mid-cycle
            var before = new byte[AirNodeLogic.StateLength];
            node.Logic.WriteState(before, 0);
            Assert.AreEqual((byte)ParticulateCyclePhase.Sampling, before[1]);

            byte[] Mutate(int index, byte value)
            {
                var copy = (byte[])before.Clone();
                copy[index] = value;
                return copy;
            }

            Assert.AreEqual(StateRecordStatus.WrongVersion, node.Logic.ReadState(Mutate(0, 9), 0, AirNodeLogic.StateLength));
            Assert.AreEqual(StateRecordStatus.Corrupt, node.Logic.ReadState(Mutate(1, 3), 0, AirNodeLogic.StateLength));   // no such phase
            Assert.AreEqual(StateRecordStatus.Corrupt, node.Logic.ReadState(Mutate(3, 11), 0, AirNodeLogic.StateLength));  // > 10 samples
            Assert.AreEqual(StateRecordStatus.Corrupt, node.Logic.ReadState(Mutate(4, 2), 0, AirNodeLogic.StateLength));   // valid > taken
            Assert.AreEqual(StateRecordStatus.Corrupt, node.Logic.ReadState(Mutate(10, 0x80), 0, AirNodeLogic.StateLength)); // negative PM1 sum (top byte of offset 7..10)
            Assert.AreEqual(StateRecordStatus.TooShort, node.Logic.ReadState(before, 0, AirNodeLogic.StateLength - 1));
            var after = new byte[AirNodeLogic.StateLength];
            node.Logic.WriteState(after, 0);
            CollectionAssert.AreEqual(before, after);
        }
    }
}
