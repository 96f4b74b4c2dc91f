// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using System;
using SmartCityNodes.Applications.Common;
using SmartCityNodes.Drivers.Sensors;
using SmartCityNodes.Hal;

namespace SmartCityNodes.Applications.ParkingNode
{
    /// <summary>
    /// The parking-bay decisions, free of I/O: a baseline of the empty bay's magnetic field (installation calibration),
    /// slow tracking of its drift while the bay is vacant and quiet, detection on the vector deviation from it with
    /// hysteresis and a confirmation time, and the occupancy state machine (vacant, arriving, occupied, leaving, fault).
    /// Every confirmed change is reported with the duration of the previous state; a heartbeat otherwise.
    /// </summary>
    public sealed class ParkingNodeLogic
    {
        /// <summary>Version byte of the persisted record written by this code.</summary>
        public const byte StateVersion = 1;

        /// <summary>Bytes of the persisted record.</summary>
        public const int StateLength = 35 + ReportHistory.RecordLength;

        /// <summary>The baseline is kept in 1/16 mG so that drift steps smaller than 1 mG are not lost to truncation.</summary>
        public const int BaselineScale = 16;

        private const int FlagCalibratedPending = 0x02;
        private const int FlagMask = 0x02;
        private const int FaultMask = 0x03;

        private readonly ParkingNodeParameters _parameters = new ParkingNodeParameters();
        private ParkingState _state;
        private ParkingState _stateBeforeFault;
        private readonly ReportHistory _history = new ReportHistory();
        private bool _calibratedPending;
        private int _consecutiveFailures;
        private int _eventCounter;
        private int _baselineX;
        private int _baselineY;
        private int _baselineZ;
        private long _lastChangeAtMilliseconds;
        private long _confirmStartAtMilliseconds;

        // Calibration accumulators (one calibration runs within one wake; not persisted).
        private int _calibrationCount;
        private long _sumX;
        private long _sumY;
        private long _sumZ;
        private int _minX;
        private int _minY;
        private int _minZ;
        private int _maxX;
        private int _maxY;
        private int _maxZ;

        /// <summary>Creates the logic, uncalibrated, with a copy of valid parameters.</summary>
        /// <param name="parameters">Parameters; invalid ones are a programming error.</param>
        /// <exception cref="ArgumentNullException">No parameters.</exception>
        /// <exception cref="ArgumentException">A field is out of range; the message is the field's name.</exception>
        public ParkingNodeLogic(ParkingNodeParameters parameters)
        {
            ApplicationParameters.Initialize(_parameters, parameters);
        }

        /// <summary>The parameters in force.</summary>
        public ParkingNodeParameters Parameters
        {
            get { return _parameters; }
        }

        /// <summary>Current state.</summary>
        public ParkingState State
        {
            get { return _state; }
        }

        /// <summary>Baseline X in 1/16 mG.</summary>
        public int BaselineXSixteenthsMilligauss
        {
            get { return _baselineX; }
        }

        /// <summary>Baseline Y in 1/16 mG.</summary>
        public int BaselineYSixteenthsMilligauss
        {
            get { return _baselineY; }
        }

        /// <summary>Baseline Z in 1/16 mG.</summary>
        public int BaselineZSixteenthsMilligauss
        {
            get { return _baselineZ; }
        }

        /// <summary>Takes new parameters if all are valid; otherwise changes nothing.</summary>
        /// <param name="candidate">Proposed parameters.</param>
        /// <returns>Null when applied, else the name of the first bad field.</returns>
        public string ApplyParameters(ParkingNodeParameters candidate)
        {
            return ApplicationParameters.TryApply(_parameters, candidate);
        }

        /// <summary>Starts an installation calibration (the bay must be empty).</summary>
        public void BeginCalibration()
        {
            _calibrationCount = 0;
            _sumX = 0;
            _sumY = 0;
            _sumZ = 0;
            _minX = int.MaxValue;
            _minY = int.MaxValue;
            _minZ = int.MaxValue;
            _maxX = int.MinValue;
            _maxY = int.MinValue;
            _maxZ = int.MinValue;
        }

        /// <summary>Adds one reading to the calibration; failed reads are skipped.</summary>
        /// <param name="readings">The reading.</param>
        /// <returns>True when the reading was used.</returns>
        public bool AddCalibrationSample(ParkingReadings readings)
        {
            if (readings.Status != SensorStatus.Ok)
            {
                return false;
            }

            _calibrationCount++;
            _sumX += readings.XMilligauss;
            _sumY += readings.YMilligauss;
            _sumZ += readings.ZMilligauss;
            _minX = readings.XMilligauss < _minX ? readings.XMilligauss : _minX;
            _minY = readings.YMilligauss < _minY ? readings.YMilligauss : _minY;
            _minZ = readings.ZMilligauss < _minZ ? readings.ZMilligauss : _minZ;
            _maxX = readings.XMilligauss > _maxX ? readings.XMilligauss : _maxX;
            _maxY = readings.YMilligauss > _maxY ? readings.YMilligauss : _maxY;
            _maxZ = readings.ZMilligauss > _maxZ ? readings.ZMilligauss : _maxZ;
            return true;
        }

        /// <summary>Ends the calibration: on success the mean becomes the baseline and the bay is vacant from now.</summary>
        /// <param name="nowMilliseconds">Current time, ms.</param>
        /// <returns>Whether the baseline was taken.</returns>
        public CalibrationStatus CompleteCalibration(long nowMilliseconds)
        {
            if (_calibrationCount < _parameters.CalibrationSamples)
            {
                return CalibrationStatus.TooFewSamples;
            }

            int spread = _parameters.CalibrationMaxSpreadMilligauss;
            if (_maxX - _minX > spread || _maxY - _minY > spread || _maxZ - _minZ > spread)
            {
                return CalibrationStatus.Unstable;
            }

            _baselineX = (int)IntegerMath.DivideRounded(_sumX * BaselineScale, _calibrationCount);
            _baselineY = (int)IntegerMath.DivideRounded(_sumY * BaselineScale, _calibrationCount);
            _baselineZ = (int)IntegerMath.DivideRounded(_sumZ * BaselineScale, _calibrationCount);
            _state = ParkingState.Vacant;
            _consecutiveFailures = 0;
            _lastChangeAtMilliseconds = nowMilliseconds;
            _calibratedPending = true;
            return CalibrationStatus.Ok;
        }

        /// <summary>
        /// Threshold for a LIS3MDL-style absolute-field interrupt: the largest baseline axis magnitude plus the occupied
        /// deviation, so a car that raises the dominant axis by the occupied deviation wakes the node while the empty
        /// bay's own field does not. Rounded up to whole mG.
        /// </summary>
        /// <returns>Threshold in mG; meaningful once calibrated.</returns>
        [HotPath]
        public int InterruptThresholdMilligauss()
        {
            long largest = IntegerMath.Absolute(_baselineX);
            long y = IntegerMath.Absolute(_baselineY);
            long z = IntegerMath.Absolute(_baselineZ);
            largest = y > largest ? y : largest;
            largest = z > largest ? z : largest;
            return (int)((largest + BaselineScale - 1) / BaselineScale) + _parameters.OccupiedDeviationMilligauss;
        }

        /// <summary>Vector deviation of a reading from the baseline, mG (rounded).</summary>
        /// <param name="readings">The reading.</param>
        /// <returns>|B − baseline| in mG.</returns>
        [HotPath]
        public int DeviationMilligauss(ParkingReadings readings)
        {
            long dx = ((long)readings.XMilligauss * BaselineScale) - _baselineX;
            long dy = ((long)readings.YMilligauss * BaselineScale) - _baselineY;
            long dz = ((long)readings.ZMilligauss * BaselineScale) - _baselineZ;
            long norm = IntegerMath.SquareRoot((dx * dx) + (dy * dy) + (dz * dz));
            return (int)IntegerMath.DivideRounded(norm, BaselineScale);
        }

        /// <summary>Evaluates one wake (timer, poll or magnetometer interrupt).</summary>
        /// <param name="nowMilliseconds">Current time on the node's persistent clock, ms.</param>
        /// <param name="readings">This wake's magnetometer reading.</param>
        /// <param name="report">Filled in place.</param>
        /// <returns>True when an uplink should be sent.</returns>
        [HotPath]
        public bool Evaluate(long nowMilliseconds, ParkingReadings readings, ParkingReport report)
        {
            report.Clear();
            ParkingEvents events = ParkingEvents.None;
            ParkingFaults faults = ParkingFaults.None;
            report.MagnetometerStatus = (byte)readings.Status;
            int secondsSinceChange = SecondsBetween(_lastChangeAtMilliseconds, nowMilliseconds);

            if (_calibratedPending)
            {
                events |= ParkingEvents.Calibrated;
                _calibratedPending = false;
            }

            if (_state == ParkingState.Uncalibrated)
            {
                faults |= ParkingFaults.Uncalibrated;
                if (readings.Status != SensorStatus.Ok)
                {
                    faults |= ParkingFaults.Magnetometer;
                }
            }
            else if (readings.Status != SensorStatus.Ok)
            {
                faults |= ParkingFaults.Magnetometer;
                _consecutiveFailures++;
                if (_state != ParkingState.Fault && _consecutiveFailures >= _parameters.FaultAfterFailures)
                {
                    _stateBeforeFault = StableState(_state);
                    _state = ParkingState.Fault;
                    events |= ParkingEvents.EnteredFault;
                }
            }
            else
            {
                _consecutiveFailures = 0;
                if (_state == ParkingState.Fault)
                {
                    _state = _stateBeforeFault;
                    events |= ParkingEvents.LeftFault;
                }

                int deviation = DeviationMilligauss(readings);
                report.FieldDeviationMilligauss = deviation;
                events |= Step(nowMilliseconds, deviation, readings, ref secondsSinceChange);
            }

            long heartbeatMilliseconds = _parameters.HeartbeatSeconds * ReportValues.MillisecondsPerSecond;
            ReportReason reason = _history.Decide(nowMilliseconds, events != ParkingEvents.None, (byte)faults, heartbeatMilliseconds);
            report.Reason = reason;
            report.Events = events;
            report.Faults = faults;
            report.State = _state;
            ParkingState stable = _state == ParkingState.Fault ? _stateBeforeFault : StableState(_state);
            report.Occupied = stable == ParkingState.Occupied;
            report.SecondsSinceLastChange = secondsSinceChange;
            report.EventCounter = _eventCounter;
            report.NextWakeAtMilliseconds = NextWake(nowMilliseconds, _history.PeriodicDueAtMilliseconds(heartbeatMilliseconds));
            return report.ShouldSend;
        }

        private ParkingEvents Step(long nowMilliseconds, int deviation, ParkingReadings readings, ref int secondsSinceChange)
        {
            long confirmMilliseconds = _parameters.ConfirmationSeconds * ReportValues.MillisecondsPerSecond;
            switch (_state)
            {
                case ParkingState.Vacant:
                    if (deviation >= _parameters.OccupiedDeviationMilligauss)
                    {
                        _state = ParkingState.Arriving;
                        _confirmStartAtMilliseconds = nowMilliseconds;
                    }
                    else if (deviation < _parameters.DriftStableMilligauss)
                    {
                        TrackDrift(readings);
                    }

                    return ParkingEvents.None;

                case ParkingState.Arriving:
                    if (deviation < _parameters.OccupiedDeviationMilligauss)
                    {
                        _state = ParkingState.Vacant; // passed without stopping: no report
                        return ParkingEvents.None;
                    }

                    if (nowMilliseconds - _confirmStartAtMilliseconds >= confirmMilliseconds)
                    {
                        _state = ParkingState.Occupied;
                        Changed(nowMilliseconds, ref secondsSinceChange);
                        return ParkingEvents.Arrived;
                    }

                    return ParkingEvents.None;

                case ParkingState.Occupied:
                    if (deviation < _parameters.VacantDeviationMilligauss)
                    {
                        _state = ParkingState.Leaving;
                        _confirmStartAtMilliseconds = nowMilliseconds;
                    }

                    return ParkingEvents.None;

                case ParkingState.Leaving:
                    if (deviation >= _parameters.VacantDeviationMilligauss)
                    {
                        _state = ParkingState.Occupied; // the car only moved
                        return ParkingEvents.None;
                    }

                    if (nowMilliseconds - _confirmStartAtMilliseconds >= confirmMilliseconds)
                    {
                        _state = ParkingState.Vacant;
                        Changed(nowMilliseconds, ref secondsSinceChange);
                        return ParkingEvents.Departed;
                    }

                    return ParkingEvents.None;

                default:
                    return ParkingEvents.None;
            }
        }

        private void Changed(long nowMilliseconds, ref int secondsSinceChange)
        {
            secondsSinceChange = SecondsBetween(_lastChangeAtMilliseconds, nowMilliseconds);
            _lastChangeAtMilliseconds = nowMilliseconds;
            _eventCounter = (_eventCounter + 1) & 0xFFFF;
        }

        private void TrackDrift(ParkingReadings readings)
        {
            // Exponential follower in 1/16 mG: baseline += (reading − baseline) / divisor (truncated toward zero).
            int divisor = _parameters.DriftTrackingDivisor;
            _baselineX += ((readings.XMilligauss * BaselineScale) - _baselineX) / divisor;
            _baselineY += ((readings.YMilligauss * BaselineScale) - _baselineY) / divisor;
            _baselineZ += ((readings.ZMilligauss * BaselineScale) - _baselineZ) / divisor;
        }

        private long NextWake(long nowMilliseconds, long heartbeatDue)
        {
            long next;
            if (_state == ParkingState.Arriving || _state == ParkingState.Leaving)
            {
                next = nowMilliseconds + (_parameters.ConfirmationPollSeconds * ReportValues.MillisecondsPerSecond);
                long confirmDue = _confirmStartAtMilliseconds + (_parameters.ConfirmationSeconds * ReportValues.MillisecondsPerSecond);
                next = confirmDue > nowMilliseconds && confirmDue < next ? confirmDue : next;
            }
            else if (_parameters.InterruptWake && _state == ParkingState.Vacant)
            {
                next = nowMilliseconds + (_parameters.DriftTrackIntervalSeconds * ReportValues.MillisecondsPerSecond);
            }
            else if (_parameters.InterruptWake && _state == ParkingState.Occupied)
            {
                next = nowMilliseconds + (_parameters.OccupiedPollIntervalSeconds * ReportValues.MillisecondsPerSecond);
            }
            else
            {
                next = nowMilliseconds + (_parameters.PollIntervalSeconds * ReportValues.MillisecondsPerSecond);
            }

            return heartbeatDue < next ? heartbeatDue : next;
        }

        private static ParkingState StableState(ParkingState state)
        {
            switch (state)
            {
                case ParkingState.Arriving:
                    return ParkingState.Vacant;
                case ParkingState.Leaving:
                    return ParkingState.Occupied;
                default:
                    return state;
            }
        }

        private static int SecondsBetween(long fromMilliseconds, long toMilliseconds)
        {
            long seconds = (toMilliseconds - fromMilliseconds) / ReportValues.MillisecondsPerSecond;
            return seconds < 0 ? 0 : (seconds > int.MaxValue ? int.MaxValue : (int)seconds);
        }

        /// <summary>Writes the state that must survive deep sleep: <see cref="StateLength"/> bytes, version first.</summary>
        /// <param name="buffer">Destination.</param>
        /// <param name="offset">First byte.</param>
        /// <returns>Bytes written.</returns>
        [HotPath]
        public int WriteState(byte[] buffer, int offset)
        {
            buffer[offset] = StateVersion;
            buffer[offset + 1] = (byte)_state;
            buffer[offset + 2] = (byte)_stateBeforeFault;
            buffer[offset + 3] = (byte)(_calibratedPending ? FlagCalibratedPending : 0);
            buffer[offset + 4] = (byte)(_consecutiveFailures > 255 ? 255 : _consecutiveFailures);
            StateRecord.WriteInt16(buffer, offset + 5, (short)_eventCounter);
            StateRecord.WriteInt32(buffer, offset + 7, _baselineX);
            StateRecord.WriteInt32(buffer, offset + 11, _baselineY);
            StateRecord.WriteInt32(buffer, offset + 15, _baselineZ);
            StateRecord.WriteInt64(buffer, offset + 19, _lastChangeAtMilliseconds);
            StateRecord.WriteInt64(buffer, offset + 27, _confirmStartAtMilliseconds);
            _history.Write(buffer, offset + 35);
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

            int state = buffer[offset + 1];
            int before = buffer[offset + 2];
            int flags = buffer[offset + 3];
            if (state > (int)ParkingState.Fault || (before != (int)ParkingState.Vacant && before != (int)ParkingState.Occupied && before != (int)ParkingState.Uncalibrated)
                || (flags & ~FlagMask) != 0 || !ReportHistory.IsValid(buffer, offset + 35, FaultMask))
            {
                return StateRecordStatus.Corrupt;
            }

            _state = (ParkingState)state;
            _stateBeforeFault = (ParkingState)before;
            _calibratedPending = (flags & FlagCalibratedPending) != 0;
            _consecutiveFailures = buffer[offset + 4];
            _eventCounter = StateRecord.ReadInt16(buffer, offset + 5) & 0xFFFF;
            _baselineX = StateRecord.ReadInt32(buffer, offset + 7);
            _baselineY = StateRecord.ReadInt32(buffer, offset + 11);
            _baselineZ = StateRecord.ReadInt32(buffer, offset + 15);
            _lastChangeAtMilliseconds = StateRecord.ReadInt64(buffer, offset + 19);
            _confirmStartAtMilliseconds = StateRecord.ReadInt64(buffer, offset + 27);
            _history.Restore(buffer, offset + 35);
            return StateRecordStatus.Ok;
        }
    }
}
