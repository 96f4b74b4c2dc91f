// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using SmartCityNodes.Applications.BinNode;
using SmartCityNodes.Applications.Common;
using SmartCityNodes.Applications.Payloads;
using SmartCityNodes.Applications.Payloads.Bin;
using SmartCityNodes.Runtime.Configuration;

namespace SmartCityNodes.Applications
{
    /// <summary>
    /// BinNode as a node application: <see cref="BinMeasurement"/> reads the ranger, temperature and tilt switch,
    /// <see cref="BinNodeLogic"/> decides, <see cref="BinReportPayload"/> + <see cref="BinNodePayloadEncoder"/> encode
    /// (periodic on FPort 1, events on FPort 2; docs/payloads/binnode.md). The configuration's report interval becomes
    /// the periodic report period and caps the measurement interval. Allocation-free after construction.
    /// </summary>
    public sealed class BinNodeApplication : NodeApplicationBase
    {
        private readonly BinMeasurement _measurement;
        private readonly BinNodeLogic _logic;
        private readonly BinNodeParameters _startUp = new BinNodeParameters();
        private readonly BinNodeParameters _working = new BinNodeParameters();
        private readonly BinNodeParameters _candidate = new BinNodeParameters();
        private readonly BinReadings _readings = new BinReadings();
        private readonly BinReport _report = new BinReport();
        private readonly BinNodeReadings _payload = new BinNodeReadings();
        private readonly int _defaultMeasureIntervalSeconds;
        private long _lastMeasurementMilliseconds = -1;

        /// <summary>Creates the application over its measurement (once, at start-up).</summary>
        /// <param name="measurement">Sensors.</param>
        /// <param name="parameters">Parameters (defaults when built with <c>new BinNodeParameters()</c>).</param>
        public BinNodeApplication(BinMeasurement measurement, BinNodeParameters parameters)
            : base(Payloads.Status.DeviceKind.BinNode)
        {
            _measurement = measurement ?? throw new System.ArgumentNullException(nameof(measurement));
            _logic = new BinNodeLogic(parameters);
            _startUp.CopyFrom(parameters);
            _working.CopyFrom(parameters);
            _defaultMeasureIntervalSeconds = parameters.MeasureIntervalSeconds;
            _measurement.ApplySamplesPerReading(parameters.SamplesPerReading);
        }

        /// <summary>The decision logic (for tests and the simulator).</summary>
        public BinNodeLogic Logic => _logic;

        /// <summary>The last report decided.</summary>
        public BinReport LastReport => _report;

        /// <inheritdoc/>
        protected override ReportReason Reason => _report.Reason;

        /// <inheritdoc/>
        public override int StateCapacityBytes => BinNodeLogic.StateLength;

        /// <inheritdoc/>
        public override int MeasurementMicroamps => _measurement.ActiveMicroamps;

        /// <inheritdoc/>
        public override int SensorStandbyMicroamps => _measurement.IdleMicroamps;

        /// <inheritdoc/>
        public override void Configure(NodeConfiguration configuration)
        {
            // The parameter block (start-up parameters when empty or invalid) with the intervals of the configuration.
            _candidate.CopyFrom(LoadParameterBlock(configuration) ? _working : _logic.Parameters);
            int report = (int)configuration.ReportIntervalSeconds;
            _candidate.PeriodicReportSeconds = report;
            _candidate.MeasureIntervalSeconds = report < _defaultMeasureIntervalSeconds ? report : _defaultMeasureIntervalSeconds;
            if (_candidate.AlarmMeasureIntervalSeconds > _candidate.MeasureIntervalSeconds)
            {
                _candidate.AlarmMeasureIntervalSeconds = _candidate.MeasureIntervalSeconds;
            }

            if (_logic.ApplyParameters(_candidate) == null && _lastMeasurementMilliseconds >= 0)
            {
                // A shorter interval takes effect from the last measurement, not after the period planned under the old one.
                long next = _lastMeasurementMilliseconds + (_candidate.MeasureIntervalSeconds * 1000L);
                NextMeasurementAtMilliseconds = next < NextMeasurementAtMilliseconds ? next : NextMeasurementAtMilliseconds;
            }
        }

        /// <inheritdoc/>
        protected override void ResetWorkingParameters()
        {
            _working.CopyFrom(_startUp);
        }

        /// <inheritdoc/>
        protected override string ReadParameterBlock(byte[] buffer, int offset, int length)
        {
            return BinNodeParameterBlock.Read(buffer, offset, length, _working);
        }

        /// <inheritdoc/>
        protected override string ValidateParameterBlock()
        {
            return _working.Validate();
        }

        /// <inheritdoc/>
        protected override int WriteParameterBlock(byte[] buffer, int offset)
        {
            return BinNodeParameterBlock.Write(_working, buffer, offset);
        }

        /// <inheritdoc/>
        protected override ConfigStatus SetThreshold(byte thresholdId, int value, out string field)
        {
            // docs/payloads/remote-config.md "Thresholds": 0x01 % and 0x04 % as they are, 0x02 whole °C to 0.1 °C.
            // 0x03 (tilt angle) has no parameter: the BinNode's tilt input is a switch with a fixed angle.
            field = null;
            switch (thresholdId)
            {
                case 0x01:
                    field = nameof(BinNodeParameters.FullRaisePercent);
                    if (!InWireRange(value, 1, 100))
                    {
                        return ConfigStatus.OutOfRange;
                    }

                    _working.FullRaisePercent = value;
                    return ConfigStatus.Ok;
                case 0x02:
                    field = nameof(BinNodeParameters.FireRaiseDeciCelsius);
                    if (!InWireRange(value, 30, 200))
                    {
                        return ConfigStatus.OutOfRange;
                    }

                    _working.FireRaiseDeciCelsius = value * 10;
                    return ConfigStatus.Ok;
                case 0x04:
                    field = nameof(BinNodeParameters.PickupDropPercent);
                    if (!InWireRange(value, 5, 100))
                    {
                        return ConfigStatus.OutOfRange;
                    }

                    _working.PickupDropPercent = value;
                    return ConfigStatus.Ok;
                default:
                    return ConfigStatus.UnknownField;
            }
        }

        /// <inheritdoc/>
        public override int Measure(long nowMilliseconds)
        {
            _measurement.Measure(_readings);
            _logic.Evaluate(nowMilliseconds, _readings, _report);
            _lastMeasurementMilliseconds = nowMilliseconds;
            NextMeasurementAtMilliseconds = _report.NextWakeAtMilliseconds;
            return (int)_report.Faults;
        }

        /// <inheritdoc/>
        public override int EncodeReport(byte[] buffer, int offset, int batteryMillivolts, out int fPort)
        {
            BinReportPayload.Fill(_report, batteryMillivolts > 0 ? batteryMillivolts : PayloadFormat.Missing, false, _payload);
            if ((_report.Reason & ReportReason.Event) != 0)
            {
                fPort = PayloadPorts.Event;
                return BinNodePayloadEncoder.EncodeEvent(buffer, offset, _payload);
            }

            fPort = PayloadPorts.Periodic;
            return BinNodePayloadEncoder.EncodeMeasurement(buffer, offset, _payload);
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
