// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using System;
using SmartCityNodes.Applications.Common;
using SmartCityNodes.Drivers.Sensors;
using SmartCityNodes.Drivers.Sensors.Environment;
using SmartCityNodes.Hal;

namespace SmartCityNodes.Applications.AirNode
{
    /// <summary>
    /// The air-quality decisions, free of I/O. Each wake the runtime asks <see cref="PlanStep"/> what is due (wake the
    /// particulate sensor, take a sample, take the last sample), lets <see cref="AirMeasurement"/> do it, and hands the
    /// result to <see cref="Complete"/>, which advances the duty cycle across deep sleeps, averages the samples, raises
    /// PM2.5/PM10 episode events with hysteresis and decides whether to report and when to wake next.
    /// </summary>
    public sealed class AirNodeLogic
    {
        /// <summary>Version byte of the persisted record written by this code.</summary>
        public const byte StateVersion = 1;

        /// <summary>Bytes of the persisted record.</summary>
        public const int StateLength = 43 + ReportHistory.RecordLength;

        private const int FlagPm25High = 0x02;
        private const int FlagPm10High = 0x04;
        private const int FlagNoPm1 = 0x08;
        private const int FlagMask = 0x0E;
        private const int FaultMask = 0x1F;

        private readonly AirNodeParameters _parameters = new AirNodeParameters();
        private readonly ParticulateSamplePlan _plan = new ParticulateSamplePlan();
        private readonly ThresholdLatch _pm25 = new ThresholdLatch();
        private readonly ThresholdLatch _pm10 = new ThresholdLatch();
        private readonly ReportHistory _history = new ReportHistory();
        private ParticulateCyclePhase _phase;
        private int _samplesTaken;
        private int _validSamples;
        private bool _noPm1;
        private AirFaults _cycleFaults;
        private byte _lastParticulateStatus;
        private int _sumPm1;
        private int _sumPm25;
        private int _sumPm10;
        private long _cycleStartedAtMilliseconds;
        private long _lastSampleAtMilliseconds;
        private long _nextCycleAtMilliseconds;

        /// <summary>Creates the logic with a copy of valid parameters; the first cycle starts at the first wake.</summary>
        /// <param name="parameters">Parameters; invalid ones are a programming error.</param>
        /// <exception cref="ArgumentNullException">No parameters.</exception>
        /// <exception cref="ArgumentException">A field is out of range; the message is the field's name.</exception>
        public AirNodeLogic(AirNodeParameters parameters)
        {
            ApplicationParameters.Initialize(_parameters, parameters);
            _plan.CopyFrom(_parameters);
        }

        /// <summary>The parameters in force.</summary>
        public AirNodeParameters Parameters
        {
            get { return _parameters; }
        }

        /// <summary>The sample plan derived from the parameters.</summary>
        public ParticulateSamplePlan Plan
        {
            get { return _plan; }
        }

        /// <summary>Where the particulate duty cycle stands.</summary>
        public ParticulateCyclePhase Phase
        {
            get { return _phase; }
        }

        /// <summary>Takes new parameters if all are valid (they apply from the next cycle's timing on); otherwise changes nothing.</summary>
        /// <param name="candidate">Proposed parameters.</param>
        /// <returns>Null when applied, else the name of the first bad field.</returns>
        public string ApplyParameters(AirNodeParameters candidate)
        {
            string bad = ApplicationParameters.TryApply(_parameters, candidate);
            _plan.CopyFrom(_parameters);
            return bad;
        }

        /// <summary>What the measurement must do at this wake.</summary>
        /// <param name="nowMilliseconds">Current time on the node's persistent clock, ms.</param>
        /// <returns>The step due now, or <see cref="AirStep.None"/>.</returns>
        [HotPath]
        public AirStep PlanStep(long nowMilliseconds)
        {
            if (nowMilliseconds < DueAtMilliseconds())
            {
                return AirStep.None;
            }

            if (_phase == ParticulateCyclePhase.Idle)
            {
                return AirStep.WakeParticulateSensor;
            }

            return _samplesTaken + 1 >= _plan.SampleCount ? AirStep.FinalSample : AirStep.Sample;
        }

        /// <summary>Advances the cycle with what the measurement did and fills the report.</summary>
        /// <param name="nowMilliseconds">Current time, ms (the same as given to <see cref="PlanStep"/>).</param>
        /// <param name="readings">The step performed and its results.</param>
        /// <param name="report">Filled in place.</param>
        /// <returns>True when an uplink should be sent.</returns>
        [HotPath]
        public bool Complete(long nowMilliseconds, AirReadings readings, AirReport report)
        {
            report.Clear();
            switch (readings.Step)
            {
                case AirStep.WakeParticulateSensor:
                    StartCycle(nowMilliseconds, readings.WakeStatus);
                    break;
                case AirStep.Sample:
                    AddSample(nowMilliseconds, readings);
                    break;
                case AirStep.FinalSample:
                    AddSample(nowMilliseconds, readings);
                    FinishCycle(nowMilliseconds, readings, report);
                    break;
                default:
                    break;
            }

            report.Alarms = (_pm25.IsActive ? AirAlarms.Pm25High : AirAlarms.None) | (_pm10.IsActive ? AirAlarms.Pm10High : AirAlarms.None);
            report.NextWakeAtMilliseconds = DueAtMilliseconds();
            return report.ShouldSend;
        }

        private long DueAtMilliseconds()
        {
            switch (_phase)
            {
                case ParticulateCyclePhase.WarmingUp:
                    return _cycleStartedAtMilliseconds + _plan.WarmUpMilliseconds;
                case ParticulateCyclePhase.Sampling:
                    return _lastSampleAtMilliseconds + _plan.SampleIntervalMilliseconds;
                default:
                    return _nextCycleAtMilliseconds;
            }
        }

        private void StartCycle(long nowMilliseconds, SensorStatus wakeStatus)
        {
            _phase = ParticulateCyclePhase.WarmingUp;
            _cycleStartedAtMilliseconds = nowMilliseconds;
            _samplesTaken = 0;
            _validSamples = 0;
            _noPm1 = false;
            _sumPm1 = 0;
            _sumPm25 = 0;
            _sumPm10 = 0;
            _lastParticulateStatus = 0;
            _cycleFaults = AirFaults.None;
            if (wakeStatus != SensorStatus.Ok)
            {
                // Keep going: the sensor may be awake anyway (a lost acknowledgement); the samples will tell.
                _cycleFaults |= AirFaults.ParticulateWake;
                _lastParticulateStatus = (byte)wakeStatus;
            }
        }

        private void AddSample(long nowMilliseconds, AirReadings readings)
        {
            if (_phase == ParticulateCyclePhase.Idle)
            {
                return; // a sample without a cycle: the persisted state was lost mid-cycle; ignore it
            }

            _phase = ParticulateCyclePhase.Sampling;
            _samplesTaken++;
            _lastSampleAtMilliseconds = nowMilliseconds;
            if (readings.ParticulateStatus != SensorStatus.Ok)
            {
                _lastParticulateStatus = (byte)readings.ParticulateStatus;
                return;
            }

            _validSamples++;
            _noPm1 |= !readings.HasPm1;
            _sumPm1 += readings.Pm1DeciMicrogramsPerCubicMetre;
            _sumPm25 += readings.Pm25DeciMicrogramsPerCubicMetre;
            _sumPm10 += readings.Pm10DeciMicrogramsPerCubicMetre;
        }

        private void FinishCycle(long nowMilliseconds, AirReadings readings, AirReport report)
        {
            AirFaults faults = _cycleFaults;
            AirEvents events = AirEvents.None;
            report.CycleCompleted = true;
            report.ParticulateSamples = _validSamples;
            report.ParticulateSensorStatus = _lastParticulateStatus;
            if (readings.SleepStatus != SensorStatus.Ok)
            {
                faults |= AirFaults.ParticulateSleep;
            }

            if (_validSamples == 0)
            {
                faults |= AirFaults.ParticulateSensor;
            }
            else
            {
                if (_validSamples < _samplesTaken)
                {
                    faults |= AirFaults.ParticulatePartial;
                }

                // Mean in µg/m³ from sums in 0.1 µg/m³: sum / (n × 10), rounded.
                long divisor = _validSamples * 10L;
                report.Pm1MicrogramsPerCubicMetre = _noPm1 ? ReportValues.Unknown : (int)IntegerMath.DivideRounded(_sumPm1, divisor);
                report.Pm25MicrogramsPerCubicMetre = (int)IntegerMath.DivideRounded(_sumPm25, divisor);
                report.Pm10MicrogramsPerCubicMetre = (int)IntegerMath.DivideRounded(_sumPm10, divisor);

                LatchTransition pm25 = _pm25.Update(report.Pm25MicrogramsPerCubicMetre, _parameters.Pm25RaiseMicrogramsPerCubicMetre, _parameters.Pm25ClearMicrogramsPerCubicMetre);
                events |= pm25 == LatchTransition.Raised ? AirEvents.Pm25Raised : (pm25 == LatchTransition.Cleared ? AirEvents.Pm25Cleared : AirEvents.None);
                LatchTransition pm10 = _pm10.Update(report.Pm10MicrogramsPerCubicMetre, _parameters.Pm10RaiseMicrogramsPerCubicMetre, _parameters.Pm10ClearMicrogramsPerCubicMetre);
                events |= pm10 == LatchTransition.Raised ? AirEvents.Pm10Raised : (pm10 == LatchTransition.Cleared ? AirEvents.Pm10Cleared : AirEvents.None);
            }

            report.EnvironmentSensorStatus = (byte)readings.EnvironmentStatus;
            if (readings.EnvironmentStatus == SensorStatus.Ok)
            {
                FillEnvironment(readings, report);
            }
            else
            {
                faults |= AirFaults.EnvironmentSensor;
            }

            long periodMilliseconds = _parameters.PeriodicReportSeconds * ReportValues.MillisecondsPerSecond;
            ReportReason reason = _history.Decide(nowMilliseconds, events != AirEvents.None, (byte)faults, periodMilliseconds);
            report.Reason = reason;
            report.Events = events;
            report.Faults = faults;

            // Keep the cadence of cycle starts; if the node woke so late that the next start has passed, start now.
            _phase = ParticulateCyclePhase.Idle;
            _nextCycleAtMilliseconds = _cycleStartedAtMilliseconds + _plan.CycleIntervalMilliseconds;
            if (_nextCycleAtMilliseconds < nowMilliseconds)
            {
                _nextCycleAtMilliseconds = nowMilliseconds;
            }
        }

        private static void FillEnvironment(AirReadings readings, AirReport report)
        {
            EnvironmentQuantities valid = readings.EnvironmentValid;
            if ((valid & EnvironmentQuantities.Temperature) != 0)
            {
                report.TemperatureDeciCelsius = (int)IntegerMath.DivideRounded(readings.TemperatureCentiCelsius, 10);
            }

            if ((valid & EnvironmentQuantities.Humidity) != 0)
            {
                report.RelativeHumidityDeciPercent = (int)IntegerMath.DivideRounded(readings.RelativeHumidityCentiPercent, 10);
            }

            if ((valid & EnvironmentQuantities.Pressure) != 0)
            {
                report.PressurePascals = readings.PressurePascals;
            }

            if ((valid & EnvironmentQuantities.GasResistance) != 0)
            {
                report.GasResistanceOhms = readings.GasResistanceOhms;
            }
        }

        /// <summary>Writes the state that must survive deep sleep (mid-cycle included): <see cref="StateLength"/> bytes, version first.</summary>
        /// <param name="buffer">Destination.</param>
        /// <param name="offset">First byte.</param>
        /// <returns>Bytes written.</returns>
        [HotPath]
        public int WriteState(byte[] buffer, int offset)
        {
            buffer[offset] = StateVersion;
            buffer[offset + 1] = (byte)_phase;
            buffer[offset + 2] = (byte)((_pm25.IsActive ? FlagPm25High : 0) | (_pm10.IsActive ? FlagPm10High : 0) | (_noPm1 ? FlagNoPm1 : 0));
            buffer[offset + 3] = (byte)_samplesTaken;
            buffer[offset + 4] = (byte)_validSamples;
            buffer[offset + 5] = (byte)_cycleFaults;
            buffer[offset + 6] = _lastParticulateStatus;
            StateRecord.WriteInt32(buffer, offset + 7, _sumPm1);
            StateRecord.WriteInt32(buffer, offset + 11, _sumPm25);
            StateRecord.WriteInt32(buffer, offset + 15, _sumPm10);
            StateRecord.WriteInt64(buffer, offset + 19, _cycleStartedAtMilliseconds);
            StateRecord.WriteInt64(buffer, offset + 27, _lastSampleAtMilliseconds);
            StateRecord.WriteInt64(buffer, offset + 35, _nextCycleAtMilliseconds);
            _history.Write(buffer, offset + 43);
            return StateLength;
        }

        /// <summary>Restores the state written by <see cref="WriteState"/>; on any problem nothing changes.</summary>
        /// <param name="buffer">Source.</param>
        /// <param name="offset">First byte of the record.</param>
        /// <param name="length">Bytes available from <paramref name="offset"/>.</param>
        /// <returns>Whether the state was restored.</returns>
        [HotPath]
        public StateRecordStatus ReadState(byte[] buffer, int offset, int length)
        {
            StateRecordStatus status = StateRecord.CheckHeader(buffer, offset, length, StateVersion, StateLength);
            if (status != StateRecordStatus.Ok)
            {
                return status;
            }

            int phase = buffer[offset + 1];
            int flags = buffer[offset + 2];
            int taken = buffer[offset + 3];
            int valid = buffer[offset + 4];
            int sumPm1 = StateRecord.ReadInt32(buffer, offset + 7);
            int sumPm25 = StateRecord.ReadInt32(buffer, offset + 11);
            int sumPm10 = StateRecord.ReadInt32(buffer, offset + 15);
            if (phase > (int)ParticulateCyclePhase.Sampling || (flags & ~FlagMask) != 0 || taken > 10 || valid > taken
                || (buffer[offset + 5] & ~FaultMask) != 0 || sumPm1 < 0 || sumPm25 < 0 || sumPm10 < 0
                || !ReportHistory.IsValid(buffer, offset + 43, FaultMask))
            {
                return StateRecordStatus.Corrupt;
            }

            _phase = (ParticulateCyclePhase)phase;
            _pm25.IsActive = (flags & FlagPm25High) != 0;
            _pm10.IsActive = (flags & FlagPm10High) != 0;
            _noPm1 = (flags & FlagNoPm1) != 0;
            _samplesTaken = taken;
            _validSamples = valid;
            _cycleFaults = (AirFaults)buffer[offset + 5];
            _lastParticulateStatus = buffer[offset + 6];
            _sumPm1 = sumPm1;
            _sumPm25 = sumPm25;
            _sumPm10 = sumPm10;
            _cycleStartedAtMilliseconds = StateRecord.ReadInt64(buffer, offset + 19);
            _lastSampleAtMilliseconds = StateRecord.ReadInt64(buffer, offset + 27);
            _nextCycleAtMilliseconds = StateRecord.ReadInt64(buffer, offset + 35);
            _history.Restore(buffer, offset + 43);
            return StateRecordStatus.Ok;
        }
    }
}
