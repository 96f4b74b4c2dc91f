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
    /// Every confirmed change is reported with the duration of the previous state; a heartbeat otherwise. With an
    /// interrupt-capable magnetometer it also chooses, after each wake, how the threshold interrupt watches the next
    /// change (<see cref="ParkingInterruptArming"/>; firmware/Applications/ParkingNode/README.md "Interrupt arming").
    /// </summary>
    public sealed class ParkingNodeLogic
    {
        /// <summary>Version byte of the persisted record written by this code (2: car signature, interrupt-wake count, INT pin bits).</summary>
        public const byte StateVersion = 2;

        /// <summary>Bytes of the persisted record.</summary>
        public const int StateLength = HistoryOffset + ReportHistory.RecordLength;

        /// <summary>Version of the record before the interrupt fields; <see cref="ReadState"/> still reads it.</summary>
        public const byte StateVersion1 = 1;

        /// <summary>Bytes of a version-1 record.</summary>
        public const int StateLength1 = HistoryOffset1 + ReportHistory.RecordLength;

        /// <summary>
        /// Largest interrupt threshold the logic arms, mG: the ±4 G full scale the LIS3MDL watch configures (INT_THS, a
        /// 15-bit count at 6842 LSB/G, reaches 4.79 G; datasheet DocID024204 Rev 6 table 3 and section 7.14).
        /// </summary>
        public const int InterruptFullScaleMilligauss = 4000;

        /// <summary>The baseline is kept in 1/16 mG so that drift steps smaller than 1 mG are not lost to truncation.</summary>
        public const int BaselineScale = 16;

        private const int FlagCalibratedPending = 0x02;
        private const int FlagSignatureKnown = 0x04;
        private const int FlagMask = 0x06;
        private const int FaultMask = 0x03;
        private const int HistoryOffset1 = 35;
        private const int SignatureOffset = 35;
        private const int InterruptWakesOffset = 41;
        private const int PinBitsOffset = 42;
        private const int HistoryOffset = 43;
        private const int MaximumPinBits = 3;

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

        // The last car's field change (reading − baseline while occupied), mG: what the arrival arming expects of the next car.
        private bool _signatureKnown;
        private int _signatureX;
        private int _signatureY;
        private int _signatureZ;

        // Interrupt wakes that changed nothing since the last drift poll (the storm allowance), and the INT pin's
        // polarity/latch reading (Lis3mdlInterruptPinConfiguration bits), both persisted.
        private int _interruptWakesSinceDriftPoll;
        private int _interruptPinBits;

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

        /// <summary>Failed magnetometer reads in a row.</summary>
        public int ConsecutiveFailures
        {
            get { return _consecutiveFailures; }
        }

        /// <summary>True once a car has been confirmed: <see cref="SignatureXMilligauss"/>.. hold its field change.</summary>
        public bool SignatureKnown
        {
            get { return _signatureKnown; }
        }

        /// <summary>The last confirmed car's X field change (reading − baseline), mG.</summary>
        public int SignatureXMilligauss
        {
            get { return _signatureX; }
        }

        /// <summary>The last confirmed car's Y field change, mG.</summary>
        public int SignatureYMilligauss
        {
            get { return _signatureY; }
        }

        /// <summary>The last confirmed car's Z field change, mG.</summary>
        public int SignatureZMilligauss
        {
            get { return _signatureZ; }
        }

        /// <summary>Interrupt wakes that changed nothing since the last drift poll.</summary>
        public int InterruptWakesSinceDriftPoll
        {
            get { return _interruptWakesSinceDriftPoll; }
        }

        /// <summary>
        /// The INT pin's polarity/latch reading as two bits (Lis3mdlInterruptPinConfiguration.ToBits: 0 = the datasheet's
        /// reading), kept in the state record for the magnetometer watch. 0..3.
        /// </summary>
        /// <exception cref="ArgumentOutOfRangeException">Outside 0..3 (programmer error).</exception>
        public int InterruptPinBits
        {
            get
            {
                return _interruptPinBits;
            }

            set
            {
                if (value < 0 || value > MaximumPinBits)
                {
                    throw new ArgumentOutOfRangeException(nameof(value));
                }

                _interruptPinBits = value;
            }
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

        /// <summary>
        /// Evaluates one wake of a polled magnetometer (or a caller that arms nothing): with
        /// <see cref="ParkingNodeParameters.InterruptWake"/> the next wake assumes an interrupt that sees arrivals only
        /// (drift poll while vacant, <see cref="ParkingNodeParameters.OccupiedPollIntervalSeconds"/> while occupied).
        /// </summary>
        /// <param name="nowMilliseconds">Current time on the node's persistent clock, ms.</param>
        /// <param name="readings">This wake's magnetometer reading.</param>
        /// <param name="report">Filled in place.</param>
        /// <returns>True when an uplink should be sent.</returns>
        [HotPath]
        public bool Evaluate(long nowMilliseconds, ParkingReadings readings, ParkingReport report)
        {
            return Evaluate(nowMilliseconds, readings, false, report, null);
        }

        /// <summary>
        /// Evaluates one wake of an interrupt-watching magnetometer and chooses the arming for the coming sleep: the state
        /// machine as in the polled case; then the interrupt-wake allowance (an interrupt wake that changed nothing, or a
        /// suspicion that was not confirmed, spends one; a timer wake in a stable state, i.e. a drift poll, refills it;
        /// a confirmed change clears it), the car's field signature (learnt while occupied) and
        /// <paramref name="arming"/>: disarmed while a change is being confirmed, in a fault or with the allowance spent;
        /// otherwise armed for the next change (README "Interrupt arming"). The next wake is the confirmation re-check,
        /// the drift poll when the interrupt watches (or is held off), or
        /// <see cref="ParkingNodeParameters.OccupiedPollIntervalSeconds"/> when nothing can be watched; never after the
        /// heartbeat.
        /// </summary>
        /// <param name="nowMilliseconds">Current time on the node's persistent clock, ms.</param>
        /// <param name="readings">This wake's magnetometer reading.</param>
        /// <param name="interruptSeen">True when the magnetometer's interrupt condition was present at the start of this wake.</param>
        /// <param name="report">Filled in place.</param>
        /// <param name="arming">Filled in place; null = the polled overload's behaviour (nothing armed, nothing counted).</param>
        /// <returns>True when an uplink should be sent.</returns>
        [HotPath]
        public bool Evaluate(long nowMilliseconds, ParkingReadings readings, bool interruptSeen, ParkingReport report, ParkingInterruptArming arming)
        {
            ParkingState before = _state;
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
            long heartbeatDue = _history.PeriodicDueAtMilliseconds(heartbeatMilliseconds);
            if (arming == null)
            {
                report.NextWakeAtMilliseconds = NextWake(nowMilliseconds, heartbeatDue);
                return report.ShouldSend;
            }

            CountInterruptWake(before, events, interruptSeen);
            RememberSignature(readings);
            PlanInterrupt(readings, arming);
            report.NextWakeAtMilliseconds = NextWakeWhileWatching(nowMilliseconds, heartbeatDue, arming);
            return report.ShouldSend;
        }

        /// <summary>
        /// Spends or refills the interrupt-wake allowance: a confirmed change clears it; a suspicion that fell back without
        /// confirmation spends one; a wake in a stable state that changed nothing spends one when the interrupt caused it
        /// and refills the allowance when the timer did (a drift poll or heartbeat).
        /// </summary>
        private void CountInterruptWake(ParkingState before, ParkingEvents events, bool interruptSeen)
        {
            if ((events & (ParkingEvents.Arrived | ParkingEvents.Departed)) != 0)
            {
                _interruptWakesSinceDriftPoll = 0;
                return;
            }

            bool dropped = (before == ParkingState.Arriving && _state == ParkingState.Vacant) || (before == ParkingState.Leaving && _state == ParkingState.Occupied);
            bool quiet = before == _state && (_state == ParkingState.Vacant || _state == ParkingState.Occupied);
            if (dropped || (quiet && interruptSeen))
            {
                _interruptWakesSinceDriftPoll = _interruptWakesSinceDriftPoll < 255 ? _interruptWakesSinceDriftPoll + 1 : 255;
            }
            else if (quiet)
            {
                _interruptWakesSinceDriftPoll = 0;
            }
        }

        /// <summary>While occupied, the car's field change (reading − baseline) becomes the signature the next arrival is armed for.</summary>
        private void RememberSignature(ParkingReadings readings)
        {
            if (_state != ParkingState.Occupied || readings.Status != SensorStatus.Ok)
            {
                return;
            }

            _signatureX = IntegerMath.Clamp(readings.XMilligauss - BaselineMilligauss(0), short.MinValue, short.MaxValue);
            _signatureY = IntegerMath.Clamp(readings.YMilligauss - BaselineMilligauss(1), short.MinValue, short.MaxValue);
            _signatureZ = IntegerMath.Clamp(readings.ZMilligauss - BaselineMilligauss(2), short.MinValue, short.MaxValue);
            _signatureKnown = true;
        }

        /// <summary>
        /// Chooses the arming for the coming sleep (README "Interrupt arming"). Disarmed unless the state is stable
        /// (vacant or occupied) and the reading is good; held off when the allowance is spent. Vacant: armed for a car
        /// like the last one (the learnt signature), else for any car that raises the largest baseline axis by the occupied
        /// deviation. Occupied: armed for the field's return to the baseline, on the axis whose magnitude changes most.
        /// </summary>
        [HotPath]
        private void PlanInterrupt(ParkingReadings readings, ParkingInterruptArming arming)
        {
            arming.Clear();
            if (readings.Status != SensorStatus.Ok || (_state != ParkingState.Vacant && _state != ParkingState.Occupied))
            {
                return;
            }

            if (_interruptWakesSinceDriftPoll >= _parameters.InterruptWakesPerDriftPoll)
            {
                arming.HeldOff = true;
                return;
            }

            if (_state == ParkingState.Occupied)
            {
                PlanChange(readings, arming, false);
                return;
            }

            if (_signatureKnown && PlanChange(readings, arming, true))
            {
                return;
            }

            // No car seen yet (or the last one's signature cannot be armed for): any car that raises the magnitude of the
            // largest baseline axis by the occupied deviation, or pushes another axis past that level, wakes the node.
            int margin = _parameters.DriftStableMilligauss;
            int threshold = InterruptThresholdMilligauss();
            ParkingAxes axes = ParkingAxes.None;
            for (int axis = 0; axis < 3; axis++)
            {
                long quiet = IntegerMath.Absolute(Reading(readings, axis));
                long empty = IntegerMath.Absolute(BaselineMilligauss(axis));
                quiet = empty > quiet ? empty : quiet;
                if (quiet + margin <= threshold)
                {
                    axes |= AxisFlag(axis);
                }
            }

            if (axes != ParkingAxes.None && threshold <= InterruptFullScaleMilligauss)
            {
                arming.Set(ParkingInterruptMode.Rise, threshold, axes);
            }
        }

        /// <summary>
        /// Arms for a known change of the field: from the empty bay to a car like the last one (<paramref name="arrival"/>),
        /// or from the present (occupied) field back to the baseline. Per axis the change moves the field's magnitude from
        /// one level to another; an axis qualifies when the levels are at least twice the drift-stable margin apart. The
        /// threshold sits halfway between them (for an arrival never further than the occupied deviation from the empty
        /// level, so a weaker car still wakes the node), and the present field must lie at least the margin on the quiet
        /// side of it. The axis with the widest margin on both sides wins (then the larger change, then X before Y before Z).
        /// A rising arming also enables every other axis that sits the margin below the threshold.
        /// </summary>
        /// <returns>True when armed.</returns>
        [HotPath]
        private bool PlanChange(ParkingReadings readings, ParkingInterruptArming arming, bool arrival)
        {
            int margin = _parameters.DriftStableMilligauss;
            int bestAxis = -1;
            int bestOffset = 0;
            int bestSize = 0;
            int bestThreshold = 0;
            bool bestRises = false;
            for (int axis = 0; axis < 3; axis++)
            {
                int baseline = BaselineMilligauss(axis);
                int present = (int)IntegerMath.Absolute(Reading(readings, axis));
                int from = arrival ? (int)IntegerMath.Absolute(baseline) : present;
                int to = arrival ? (int)IntegerMath.Absolute(baseline + Signature(axis)) : (int)IntegerMath.Absolute(baseline);
                int size = (int)IntegerMath.Absolute(to - from);
                if (size < 2 * margin)
                {
                    continue;
                }

                int offset = size / 2;
                if (arrival && offset > _parameters.OccupiedDeviationMilligauss)
                {
                    offset = _parameters.OccupiedDeviationMilligauss;
                }

                bool rises = to > from;
                int threshold = rises ? from + offset : from - offset;
                bool quietSide = rises ? present + margin <= threshold : present - margin >= threshold;
                if (!quietSide || threshold > InterruptFullScaleMilligauss)
                {
                    continue;
                }

                if (offset > bestOffset || (offset == bestOffset && size > bestSize))
                {
                    bestAxis = axis;
                    bestOffset = offset;
                    bestSize = size;
                    bestThreshold = threshold;
                    bestRises = rises;
                }
            }

            if (bestAxis < 0)
            {
                return false;
            }

            ParkingAxes axes = AxisFlag(bestAxis);
            if (bestRises)
            {
                for (int axis = 0; axis < 3; axis++)
                {
                    long quiet = IntegerMath.Absolute(Reading(readings, axis));
                    long empty = IntegerMath.Absolute(BaselineMilligauss(axis));
                    if (arrival && empty > quiet)
                    {
                        quiet = empty;
                    }

                    if (axis != bestAxis && quiet + margin <= bestThreshold)
                    {
                        axes |= AxisFlag(axis);
                    }
                }
            }

            arming.Set(bestRises ? ParkingInterruptMode.Rise : ParkingInterruptMode.Fall, bestThreshold, axes);
            return true;
        }

        private int BaselineMilligauss(int axis)
        {
            int sixteenths = axis == 0 ? _baselineX : (axis == 1 ? _baselineY : _baselineZ);
            return (int)IntegerMath.DivideRounded(sixteenths, BaselineScale);
        }

        private int Signature(int axis)
        {
            return axis == 0 ? _signatureX : (axis == 1 ? _signatureY : _signatureZ);
        }

        private static int Reading(ParkingReadings readings, int axis)
        {
            return axis == 0 ? readings.XMilligauss : (axis == 1 ? readings.YMilligauss : readings.ZMilligauss);
        }

        private static ParkingAxes AxisFlag(int axis)
        {
            return axis == 0 ? ParkingAxes.X : (axis == 1 ? ParkingAxes.Y : ParkingAxes.Z);
        }

        private long NextWakeWhileWatching(long nowMilliseconds, long heartbeatDue, ParkingInterruptArming arming)
        {
            long next;
            if (_state == ParkingState.Arriving || _state == ParkingState.Leaving)
            {
                next = ConfirmationWake(nowMilliseconds);
            }
            else if (_state == ParkingState.Uncalibrated)
            {
                next = nowMilliseconds + (_parameters.PollIntervalSeconds * ReportValues.MillisecondsPerSecond);
            }
            else if (arming.Watches || arming.HeldOff)
            {
                next = nowMilliseconds + (_parameters.DriftTrackIntervalSeconds * ReportValues.MillisecondsPerSecond);
            }
            else
            {
                next = nowMilliseconds + (_parameters.OccupiedPollIntervalSeconds * ReportValues.MillisecondsPerSecond);
            }

            return heartbeatDue < next ? heartbeatDue : next;
        }

        private long ConfirmationWake(long nowMilliseconds)
        {
            long next = nowMilliseconds + (_parameters.ConfirmationPollSeconds * ReportValues.MillisecondsPerSecond);
            long confirmDue = _confirmStartAtMilliseconds + (_parameters.ConfirmationSeconds * ReportValues.MillisecondsPerSecond);
            return confirmDue > nowMilliseconds && confirmDue < next ? confirmDue : next;
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
                next = ConfirmationWake(nowMilliseconds);
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
            buffer[offset + 3] = (byte)((_calibratedPending ? FlagCalibratedPending : 0) | (_signatureKnown ? FlagSignatureKnown : 0));
            buffer[offset + 4] = (byte)(_consecutiveFailures > 255 ? 255 : _consecutiveFailures);
            StateRecord.WriteInt16(buffer, offset + 5, (short)_eventCounter);
            StateRecord.WriteInt32(buffer, offset + 7, _baselineX);
            StateRecord.WriteInt32(buffer, offset + 11, _baselineY);
            StateRecord.WriteInt32(buffer, offset + 15, _baselineZ);
            StateRecord.WriteInt64(buffer, offset + 19, _lastChangeAtMilliseconds);
            StateRecord.WriteInt64(buffer, offset + 27, _confirmStartAtMilliseconds);
            StateRecord.WriteInt16(buffer, offset + SignatureOffset, _signatureX);
            StateRecord.WriteInt16(buffer, offset + SignatureOffset + 2, _signatureY);
            StateRecord.WriteInt16(buffer, offset + SignatureOffset + 4, _signatureZ);
            buffer[offset + InterruptWakesOffset] = (byte)_interruptWakesSinceDriftPoll;
            buffer[offset + PinBitsOffset] = (byte)_interruptPinBits;
            _history.Write(buffer, offset + HistoryOffset);
            return StateLength;
        }

        /// <summary>
        /// Restores the state written by <see cref="WriteState"/> (version 2) or by the code before it (version 1,
        /// <see cref="StateLength1"/> bytes: no car signature yet, a full interrupt-wake allowance, the datasheet's INT
        /// pin reading); on any problem nothing changes.
        /// </summary>
        /// <param name="buffer">Source.</param>
        /// <param name="offset">First byte of the record.</param>
        /// <param name="length">Bytes available from <paramref name="offset"/>.</param>
        /// <returns>Whether the state was restored.</returns>
        [HotPath]
        public StateRecordStatus ReadState(byte[] buffer, int offset, int length)
        {
            bool version1 = buffer != null && offset >= 0 && offset < buffer.Length && length > 0 && buffer[offset] == StateVersion1;
            StateRecordStatus status = version1
                ? StateRecord.CheckHeader(buffer, offset, length, StateVersion1, StateLength1)
                : StateRecord.CheckHeader(buffer, offset, length, StateVersion, StateLength);
            if (status != StateRecordStatus.Ok)
            {
                return status;
            }

            int historyOffset = version1 ? HistoryOffset1 : HistoryOffset;
            int state = buffer[offset + 1];
            int before = buffer[offset + 2];
            int flags = buffer[offset + 3];
            int pinBits = version1 ? 0 : buffer[offset + PinBitsOffset];
            if (state > (int)ParkingState.Fault || (before != (int)ParkingState.Vacant && before != (int)ParkingState.Occupied && before != (int)ParkingState.Uncalibrated)
                || (flags & ~(version1 ? FlagCalibratedPending : FlagMask)) != 0 || pinBits > MaximumPinBits
                || !ReportHistory.IsValid(buffer, offset + historyOffset, FaultMask))
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
            _signatureKnown = (flags & FlagSignatureKnown) != 0;
            _signatureX = version1 ? 0 : StateRecord.ReadInt16(buffer, offset + SignatureOffset);
            _signatureY = version1 ? 0 : StateRecord.ReadInt16(buffer, offset + SignatureOffset + 2);
            _signatureZ = version1 ? 0 : StateRecord.ReadInt16(buffer, offset + SignatureOffset + 4);
            _interruptWakesSinceDriftPoll = version1 ? 0 : buffer[offset + InterruptWakesOffset];
            _interruptPinBits = pinBits;
            _history.Restore(buffer, offset + historyOffset);
            return StateRecordStatus.Ok;
        }
    }
}
