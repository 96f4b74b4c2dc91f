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
            _defaultCycleSeconds = parameters.CycleIntervalSeconds;
        }

        /// <summary>The decision logic (for tests and the simulator).</summary>
        public AirNodeLogic Logic => _logic;

        /// <inheritdoc/>
        protected override ReportReason Reason => _report.Reason;

        /// <inheritdoc/>
        public override int StateCapacityBytes => AirNodeLogic.StateLength;

        /// <inheritdoc/>
        public override void Configure(NodeConfiguration configuration)
        {
            _candidate.CopyFrom(_logic.Parameters);
            int report = (int)configuration.ReportIntervalSeconds;
            _candidate.PeriodicReportSeconds = report;
            _candidate.CycleIntervalSeconds = report < _defaultCycleSeconds ? report : _defaultCycleSeconds;
            _logic.ApplyParameters(_candidate);
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
