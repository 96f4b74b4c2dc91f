// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using System;
using SmartCityNodes.Applications.Common;
using SmartCityNodes.Drivers.Sensors;
using SmartCityNodes.Hal;

namespace SmartCityNodes.Applications.BinNode
{
    /// <summary>
    /// The smart-bin decisions, free of I/O: fed one wake's readings and the time, it computes the fill level, raises
    /// full / pickup / fire / tilt events, decides whether to report and when to wake next, and keeps the little state
    /// that must survive deep sleep (<see cref="WriteState"/>, <see cref="ReadState"/>). Allocates nothing per call.
    /// </summary>
    public sealed class BinNodeLogic
    {
        /// <summary>Version byte of the persisted record written by this code.</summary>
        public const byte StateVersion = 1;

        /// <summary>Bytes of the persisted record.</summary>
        public const int StateLength = 14 + ReportHistory.RecordLength;

        private const int FlagFull = 0x02;
        private const int FlagFire = 0x04;
        private const int FlagTilt = 0x08;
        private const int FlagHasPreviousFill = 0x10;
        private const int FlagHasPreviousTemperature = 0x20;
        private const int FlagHasReportedFill = 0x40;
        private const int FlagMask = 0x7E;
        private const int FaultMask = 0x07;

        private readonly BinNodeParameters _parameters = new BinNodeParameters();
        private readonly ThresholdLatch _full = new ThresholdLatch();
        private readonly ReportHistory _history = new ReportHistory();
        private bool _fire;
        private bool _tilt;
        private bool _hasPreviousFill;
        private int _previousFillPercent;
        private bool _hasPreviousTemperature;
        private int _previousTemperatureDeciCelsius;
        private long _previousTemperatureAtMilliseconds;
        private bool _hasReportedFill;
        private int _lastReportedFillPercent;

        /// <summary>Creates the logic with a copy of valid parameters.</summary>
        /// <param name="parameters">Parameters; invalid ones are a programming error.</param>
        /// <exception cref="ArgumentNullException">No parameters.</exception>
        /// <exception cref="ArgumentException">A field is out of range; the message is the field's name.</exception>
        public BinNodeLogic(BinNodeParameters parameters)
        {
            ApplicationParameters.Initialize(_parameters, parameters);
        }

        /// <summary>The parameters in force (a copy; change them through <see cref="ApplyParameters"/>).</summary>
        public BinNodeParameters Parameters
        {
            get { return _parameters; }
        }

        /// <summary>Takes new parameters (from a remote-config downlink) if all of them are valid; otherwise changes nothing.</summary>
        /// <param name="candidate">Proposed parameters.</param>
        /// <returns>Null when applied, else the name of the first bad field.</returns>
        public string ApplyParameters(BinNodeParameters candidate)
        {
            return ApplicationParameters.TryApply(_parameters, candidate);
        }

        /// <summary>Fill level of a bin from the (corrected) distance: 100 % at the full line, 0 % at the bottom, rounded, clamped.</summary>
        /// <param name="distanceMillimetres">Distance from the sensor face.</param>
        /// <param name="mountingOffsetMillimetres">Sensor face to full line.</param>
        /// <param name="binDepthMillimetres">Full line to bottom (positive).</param>
        /// <returns>0..100.</returns>
        [HotPath]
        public static int FillPercent(int distanceMillimetres, int mountingOffsetMillimetres, int binDepthMillimetres)
        {
            long wasteHeight = (long)mountingOffsetMillimetres + binDepthMillimetres - distanceMillimetres;
            if (wasteHeight <= 0)
            {
                return 0;
            }

            return IntegerMath.Clamp(IntegerMath.DivideRounded(wasteHeight * 100, binDepthMillimetres), 0, 100);
        }

        /// <summary>Evaluates one wake.</summary>
        /// <param name="nowMilliseconds">Current time on the node's persistent clock, ms.</param>
        /// <param name="readings">This wake's inputs.</param>
        /// <param name="report">Filled in place.</param>
        /// <returns>True when an uplink should be sent (<see cref="BinReport.ShouldSend"/>).</returns>
        [HotPath]
        public bool Evaluate(long nowMilliseconds, BinReadings readings, BinReport report)
        {
            report.Clear();
            BinFaults faults = BinFaults.None;
            BinEvents events = BinEvents.None;
            report.DistanceSensorStatus = (byte)readings.DistanceStatus;
            report.TemperatureSensorStatus = (byte)readings.TemperatureStatus;

            bool temperatureOk = readings.TemperatureStatus == SensorStatus.Ok;
            if (temperatureOk)
            {
                report.TemperatureDeciCelsius = (int)IntegerMath.DivideRounded(readings.TemperatureCentiCelsius, 10);
            }
            else
            {
                faults |= BinFaults.TemperatureSensor;
            }

            if (readings.DistanceStatus == SensorStatus.Ok)
            {
                int distance = readings.DistanceMillimetres;
                if (temperatureOk && _parameters.AssumedSpeedOfSoundMillimetresPerSecond != 0)
                {
                    distance = SpeedOfSound.CorrectDistance(distance, readings.TemperatureCentiCelsius, _parameters.AssumedSpeedOfSoundMillimetresPerSecond);
                }

                report.DistanceMillimetres = distance;
                int bottom = _parameters.MountingOffsetMillimetres + _parameters.BinDepthMillimetres;
                if (distance > bottom + (_parameters.BinDepthMillimetres / 10))
                {
                    faults |= BinFaults.DistanceBeyondBottom;
                }
                else
                {
                    int fill = FillPercent(distance, _parameters.MountingOffsetMillimetres, _parameters.BinDepthMillimetres);
                    report.FillPercent = fill;
                    events |= EvaluateFill(fill);
                }
            }
            else
            {
                faults |= BinFaults.DistanceSensor;
            }

            if (temperatureOk)
            {
                events |= EvaluateFire(nowMilliseconds, report.TemperatureDeciCelsius);
            }

            if (_parameters.TiltAlarmEnabled && readings.TiltActive != _tilt)
            {
                _tilt = readings.TiltActive;
                events |= _tilt ? BinEvents.TiltRaised : BinEvents.TiltCleared;
            }
            else if (!_parameters.TiltAlarmEnabled)
            {
                _tilt = false;
            }

            long periodMilliseconds = _parameters.PeriodicReportSeconds * ReportValues.MillisecondsPerSecond;
            ReportReason reason = _history.Decide(nowMilliseconds, events != BinEvents.None, (byte)faults, periodMilliseconds);
            if (reason != ReportReason.None && report.FillPercent != ReportValues.Unknown)
            {
                _hasReportedFill = true;
                _lastReportedFillPercent = report.FillPercent;
            }

            report.Reason = reason;
            report.Events = events;
            report.Faults = faults;
            report.Alarms = (_full.IsActive ? BinAlarms.Full : BinAlarms.None) | (_fire ? BinAlarms.Fire : BinAlarms.None) | (_tilt ? BinAlarms.Tilt : BinAlarms.None);

            int intervalSeconds = _fire ? _parameters.AlarmMeasureIntervalSeconds : _parameters.MeasureIntervalSeconds;
            long nextMeasure = nowMilliseconds + (intervalSeconds * ReportValues.MillisecondsPerSecond);
            long periodicDue = _history.PeriodicDueAtMilliseconds(periodMilliseconds);
            report.NextWakeAtMilliseconds = nextMeasure < periodicDue ? nextMeasure : periodicDue;
            return report.ShouldSend;
        }

        private BinEvents EvaluateFill(int fill)
        {
            BinEvents events = BinEvents.None;
            LatchTransition full = _full.Update(fill, _parameters.FullRaisePercent, _parameters.FullClearPercent);
            if (full == LatchTransition.Raised)
            {
                events |= BinEvents.FullRaised;
            }
            else if (full == LatchTransition.Cleared)
            {
                events |= BinEvents.FullCleared;
            }

            if (_hasPreviousFill && _previousFillPercent - fill >= _parameters.PickupDropPercent)
            {
                events |= BinEvents.Pickup;
            }

            if (_hasReportedFill && IntegerMath.Absolute(fill - _lastReportedFillPercent) >= _parameters.SignificantChangePercent)
            {
                events |= BinEvents.SignificantChange;
            }

            _hasPreviousFill = true;
            _previousFillPercent = fill;
            return events;
        }

        private BinEvents EvaluateFire(long nowMilliseconds, int temperatureDeciCelsius)
        {
            long riseDeciCelsiusPerMinute = 0;
            long elapsed = nowMilliseconds - _previousTemperatureAtMilliseconds;
            if (_hasPreviousTemperature && elapsed > 0)
            {
                // Rate in 0.1 °C per minute: ΔT[0.1 °C] × 60000 ms/min / Δt[ms].
                riseDeciCelsiusPerMinute = (temperatureDeciCelsius - _previousTemperatureDeciCelsius) * 60000L / elapsed;
            }

            _hasPreviousTemperature = true;
            _previousTemperatureDeciCelsius = temperatureDeciCelsius;
            _previousTemperatureAtMilliseconds = nowMilliseconds;

            bool rising = riseDeciCelsiusPerMinute >= _parameters.FireRiseDeciCelsiusPerMinute;
            if (!_fire && (temperatureDeciCelsius >= _parameters.FireRaiseDeciCelsius || rising))
            {
                _fire = true;
                return BinEvents.FireRaised;
            }

            if (_fire && temperatureDeciCelsius < _parameters.FireClearDeciCelsius && !rising)
            {
                _fire = false;
                return BinEvents.FireCleared;
            }

            return BinEvents.None;
        }

        /// <summary>Writes the state that must survive deep sleep: <see cref="StateLength"/> bytes, version <see cref="StateVersion"/> first.</summary>
        /// <param name="buffer">Destination.</param>
        /// <param name="offset">First byte.</param>
        /// <returns>Bytes written.</returns>
        [HotPath]
        public int WriteState(byte[] buffer, int offset)
        {
            int flags = (_full.IsActive ? FlagFull : 0) | (_fire ? FlagFire : 0) | (_tilt ? FlagTilt : 0)
                | (_hasPreviousFill ? FlagHasPreviousFill : 0) | (_hasPreviousTemperature ? FlagHasPreviousTemperature : 0) | (_hasReportedFill ? FlagHasReportedFill : 0);
            buffer[offset] = StateVersion;
            buffer[offset + 1] = (byte)flags;
            buffer[offset + 2] = (byte)_previousFillPercent;
            buffer[offset + 3] = (byte)_lastReportedFillPercent;
            StateRecord.WriteInt16(buffer, offset + 4, _previousTemperatureDeciCelsius);
            StateRecord.WriteInt64(buffer, offset + 6, _previousTemperatureAtMilliseconds);
            _history.Write(buffer, offset + 14);
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

            int flags = buffer[offset + 1];
            int previousFill = buffer[offset + 2];
            int reportedFill = buffer[offset + 3];
            if ((flags & ~FlagMask) != 0 || previousFill > 100 || reportedFill > 100 || !ReportHistory.IsValid(buffer, offset + 14, FaultMask))
            {
                return StateRecordStatus.Corrupt;
            }

            _full.IsActive = (flags & FlagFull) != 0;
            _fire = (flags & FlagFire) != 0;
            _tilt = (flags & FlagTilt) != 0;
            _hasPreviousFill = (flags & FlagHasPreviousFill) != 0;
            _hasPreviousTemperature = (flags & FlagHasPreviousTemperature) != 0;
            _hasReportedFill = (flags & FlagHasReportedFill) != 0;
            _previousFillPercent = previousFill;
            _lastReportedFillPercent = reportedFill;
            _previousTemperatureDeciCelsius = StateRecord.ReadInt16(buffer, offset + 4);
            _previousTemperatureAtMilliseconds = StateRecord.ReadInt64(buffer, offset + 6);
            _history.Restore(buffer, offset + 14);
            return StateRecordStatus.Ok;
        }
    }
}
