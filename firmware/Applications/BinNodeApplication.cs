// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using SmartCityNodes.Applications.BinNode;
using SmartCityNodes.Applications.Common;
using SmartCityNodes.Applications.Payloads;
using SmartCityNodes.Applications.Payloads.Bin;
using SmartCityNodes.Applications.Payloads.Status;
using SmartCityNodes.Runtime;
using SmartCityNodes.Runtime.Configuration;

namespace SmartCityNodes.Applications
{
    /// <summary>
    /// BinNode as a node application: <see cref="BinMeasurement"/> reads the ranger, temperature and tilt switch,
    /// <see cref="BinNodeLogic"/> decides, <see cref="BinReportPayload"/> + <see cref="BinNodePayloadEncoder"/> encode
    /// (periodic on FPort 1, events on FPort 2; docs/payloads/binnode.md). The configuration's report interval becomes
    /// the periodic report period and caps the measurement interval. Allocation-free after construction.
    /// </summary>
    public sealed class BinNodeApplication : INodeApplication
    {
        private readonly BinMeasurement _measurement;
        private readonly BinNodeLogic _logic;
        private readonly BinNodeParameters _candidate = new BinNodeParameters();
        private readonly BinReadings _readings = new BinReadings();
        private readonly BinReport _report = new BinReport();
        private readonly BinNodeReadings _payload = new BinNodeReadings();
        private readonly StatusReadings _status = new StatusReadings();
        private readonly int _defaultMeasureIntervalSeconds;
        private long _nextMeasurementMilliseconds;
        private long _lastMeasurementMilliseconds = -1;

        /// <summary>Creates the application over its measurement (once, at start-up).</summary>
        /// <param name="measurement">Sensors.</param>
        /// <param name="parameters">Parameters (defaults when built with <c>new BinNodeParameters()</c>).</param>
        public BinNodeApplication(BinMeasurement measurement, BinNodeParameters parameters)
        {
            _measurement = measurement ?? throw new System.ArgumentNullException(nameof(measurement));
            _logic = new BinNodeLogic(parameters);
            _defaultMeasureIntervalSeconds = parameters.MeasureIntervalSeconds;
            _measurement.ApplySamplesPerReading(parameters.SamplesPerReading);
        }

        /// <summary>The decision logic (for tests and the simulator).</summary>
        public BinNodeLogic Logic => _logic;

        /// <summary>The last report decided.</summary>
        public BinReport LastReport => _report;

        /// <inheritdoc/>
        public byte DeviceKind => (byte)Payloads.Status.DeviceKind.BinNode;

        /// <inheritdoc/>
        public int StateCapacityBytes => BinNodeLogic.StateLength;

        /// <inheritdoc/>
        public long NextMeasurementDueMilliseconds => _nextMeasurementMilliseconds;

        /// <inheritdoc/>
        public bool ReportIsEvent => (_report.Reason & ReportReason.Event) != 0;

        /// <inheritdoc/>
        public ConfigStatus Validate(byte version, byte[] buffer, int offset, int length)
        {
            // No binary parameter block is defined for BinNode yet: only "none" (the defaults) is valid.
            return length == 0 ? ConfigStatus.Ok : ConfigStatus.ApplicationRejected;
        }

        /// <inheritdoc/>
        public void Configure(NodeConfiguration configuration)
        {
            _candidate.CopyFrom(_logic.Parameters);
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
                _nextMeasurementMilliseconds = next < _nextMeasurementMilliseconds ? next : _nextMeasurementMilliseconds;
            }
        }

        /// <inheritdoc/>
        public int Measure(long nowMilliseconds)
        {
            _measurement.Measure(_readings);
            _logic.Evaluate(nowMilliseconds, _readings, _report);
            _lastMeasurementMilliseconds = nowMilliseconds;
            _nextMeasurementMilliseconds = _report.NextWakeAtMilliseconds;
            return (int)_report.Faults;
        }

        /// <inheritdoc/>
        public bool ShouldReport(long nowMilliseconds, out int reason)
        {
            reason = (int)_report.Reason;
            return _report.ShouldSend;
        }

        /// <inheritdoc/>
        public int EncodeReport(byte[] buffer, int offset, int batteryMillivolts, out int fPort)
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
        public int EncodeStatus(byte[] buffer, int offset, NodeStatus status, out int fPort)
        {
            return StatusMessage.Encode(buffer, offset, Payloads.Status.DeviceKind.BinNode, status, _status, out fPort);
        }

        /// <inheritdoc/>
        public bool HandleDownlink(int fPort, byte[] payload, int offset, int length)
        {
            return false; // BinNode has no application downlinks; settings arrive as remote configuration
        }

        /// <inheritdoc/>
        public int WriteState(byte[] buffer, int offset)
        {
            return _logic.WriteState(buffer, offset);
        }

        /// <inheritdoc/>
        public bool ReadState(byte[] buffer, int offset, int length)
        {
            return length > 0 && _logic.ReadState(buffer, offset, length) == StateRecordStatus.Ok;
        }
    }
}
