// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using SmartCityNodes.Applications.AirNode;
using SmartCityNodes.Applications.Common;
using SmartCityNodes.Applications.Payloads;
using SmartCityNodes.Applications.Payloads.Air;
using SmartCityNodes.Runtime.Configuration;

namespace SmartCityNodes.Applications
{
    /// <summary>
    /// AirNode as a node application: <see cref="AirNodeLogic.PlanStep"/> says which step of the particulate cycle is
    /// due (wake the sensor, sample, final sample), <see cref="AirMeasurement"/> performs it, <see cref="AirNodeLogic.Complete"/>
    /// decides; <see cref="AirReportPayload"/> + <see cref="AirNodePayloadEncoder"/> encode (docs/payloads/airnode.md).
    /// The configuration's report interval becomes the periodic report period and caps the cycle interval.
    /// Allocation-free after construction.
    /// </summary>
    public sealed class AirNodeApplication : NodeApplicationBase
    {
        private readonly AirMeasurement _measurement;
        private readonly AirNodeLogic _logic;
        private readonly AirNodeParameters _startUp = new AirNodeParameters();
        private readonly AirNodeParameters _working = new AirNodeParameters();
        private readonly AirNodeParameters _candidate = new AirNodeParameters();
        private readonly AirReadings _readings = new AirReadings();
        private readonly AirReport _report = new AirReport();
        private readonly AirNodeReadings _payload = new AirNodeReadings();
        private readonly int _defaultCycleSeconds;

        /// <summary>Creates the application over its measurement (once, at start-up).</summary>
        /// <param name="measurement">Sensors.</param>
        /// <param name="parameters">Parameters (defaults when built with <c>new AirNodeParameters()</c>).</param>
        public AirNodeApplication(AirMeasurement measurement, AirNodeParameters parameters)
            : base(Payloads.Status.DeviceKind.AirNode)
        {
            _measurement = measurement ?? throw new System.ArgumentNullException(nameof(measurement));
            _logic = new AirNodeLogic(parameters);
            _startUp.CopyFrom(parameters);
            _working.CopyFrom(parameters);
            _defaultCycleSeconds = parameters.CycleIntervalSeconds;
        }

        /// <summary>The decision logic (for tests and the simulator).</summary>
        public AirNodeLogic Logic => _logic;

        /// <summary>The last report decided.</summary>
        public AirReport LastReport => _report;

        /// <inheritdoc/>
        protected override ReportReason Reason => _report.Reason;

        /// <inheritdoc/>
        public override int StateCapacityBytes => AirNodeLogic.StateLength;

        /// <inheritdoc/>
        public override int MeasurementMicroamps => _measurement.ActiveMicroamps;

        /// <inheritdoc/>
        public override int SensorStandbyMicroamps => _measurement.IdleMicroamps;

        /// <inheritdoc/>
        public override bool SensorWarmingUp => _measurement.WarmingUp;

        /// <inheritdoc/>
        public override bool NeedsLightSleep => _measurement.RailHeld;

        /// <inheritdoc/>
        public override void Configure(NodeConfiguration configuration)
        {
            // The parameter block (start-up parameters when empty or invalid) with the intervals of the configuration.
            _candidate.CopyFrom(LoadParameterBlock(configuration) ? _working : _logic.Parameters);
            int report = (int)configuration.ReportIntervalSeconds;
            _candidate.PeriodicReportSeconds = report;
            _candidate.CycleIntervalSeconds = report < _defaultCycleSeconds ? report : _defaultCycleSeconds;
            _logic.ApplyParameters(_candidate);
        }

        /// <inheritdoc/>
        protected override void ResetWorkingParameters()
        {
            _working.CopyFrom(_startUp);
        }

        /// <inheritdoc/>
        protected override string ReadParameterBlock(byte[] buffer, int offset, int length)
        {
            return AirNodeParameterBlock.Read(buffer, offset, length, _working);
        }

        /// <inheritdoc/>
        protected override string ValidateParameterBlock()
        {
            return _working.Validate();
        }

        /// <inheritdoc/>
        protected override int WriteParameterBlock(byte[] buffer, int offset)
        {
            return AirNodeParameterBlock.Write(_working, buffer, offset);
        }

        /// <inheritdoc/>
        protected override ConfigStatus SetThreshold(byte thresholdId, int value, out string field)
        {
            // docs/payloads/remote-config.md "Thresholds": 0x10 and 0x11 in µg/m³ as they are. 0x12 (temperature) and
            // 0x13 (gas resistance) have no parameter: the AirNode raises episodes on particulate matter only.
            field = null;
            switch (thresholdId)
            {
                case 0x10:
                    field = nameof(AirNodeParameters.Pm25RaiseMicrogramsPerCubicMetre);
                    if (!InWireRange(value, 1, 1000))
                    {
                        return ConfigStatus.OutOfRange;
                    }

                    _working.Pm25RaiseMicrogramsPerCubicMetre = value;
                    return ConfigStatus.Ok;
                case 0x11:
                    field = nameof(AirNodeParameters.Pm10RaiseMicrogramsPerCubicMetre);
                    if (!InWireRange(value, 1, 1000))
                    {
                        return ConfigStatus.OutOfRange;
                    }

                    _working.Pm10RaiseMicrogramsPerCubicMetre = value;
                    return ConfigStatus.Ok;
                default:
                    return ConfigStatus.UnknownField;
            }
        }

        /// <inheritdoc/>
        public override int Measure(long nowMilliseconds)
        {
            AirStep step = _logic.PlanStep(nowMilliseconds);
            _measurement.Perform(step, _readings);
            _logic.Complete(nowMilliseconds, _readings, _report);
            NextMeasurementAtMilliseconds = _report.NextWakeAtMilliseconds;
            return (int)_report.Faults;
        }

        /// <inheritdoc/>
        public override int EncodeReport(byte[] buffer, int offset, int batteryMillivolts, out int fPort)
        {
            AirReportPayload.Fill(_report, _payload);
            if ((_report.Reason & ReportReason.Event) != 0)
            {
                fPort = PayloadPorts.Event;
                return AirNodePayloadEncoder.EncodeEvent(buffer, offset, _payload);
            }

            fPort = PayloadPorts.Periodic;
            return AirNodePayloadEncoder.EncodeMeasurement(buffer, offset, _payload);
        }

        /// <inheritdoc/>
        public override int WriteState(byte[] buffer, int offset)
        {
            return _logic.WriteState(buffer, offset);
        }

        /// <inheritdoc/>
        public override bool ReadState(byte[] buffer, int offset, int length)
        {
            return length > 0 && _logic.ReadState(buffer, offset, length) == StateRecordStatus.Ok;
        }
    }
}
