// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using SmartCityNodes.Applications.Common;
using SmartCityNodes.Applications.ParkingNode;
using SmartCityNodes.Applications.Payloads;
using SmartCityNodes.Applications.Payloads.Parking;
using SmartCityNodes.Runtime.Configuration;

namespace SmartCityNodes.Applications
{
    /// <summary>
    /// ParkingNode as a node application: an uncalibrated node calibrates first (<see cref="ParkingMeasurement.Calibrate"/>),
    /// then each measurement reads the magnetometer and <see cref="ParkingNodeLogic.Evaluate"/> runs the occupancy state
    /// machine; <see cref="ParkingReportPayload"/> + <see cref="ParkingNodePayloadEncoder"/> encode occupancy changes
    /// (FPort 2) and heartbeats (FPort 1; docs/payloads/parkingnode.md) every ParkingNodeParameters.HeartbeatSeconds.
    /// Allocation-free after construction (calibration included).
    /// </summary>
    public sealed class ParkingNodeApplication : NodeApplicationBase
    {
        /// <summary>1 µT = 10 mG (1 G = 100 µT).</summary>
        private const int MilligaussPerMicrotesla = 10;

        private readonly ParkingMeasurement _measurement;
        private readonly ParkingNodeLogic _logic;
        private readonly ParkingNodeParameters _startUp = new ParkingNodeParameters();
        private readonly ParkingNodeParameters _working = new ParkingNodeParameters();
        private readonly ParkingReadings _readings = new ParkingReadings();
        private readonly ParkingReport _report = new ParkingReport();
        private readonly ParkingNodeReadings _payload = new ParkingNodeReadings();

        /// <summary>Creates the application over its measurement (once, at start-up).</summary>
        /// <param name="measurement">Magnetometer.</param>
        /// <param name="parameters">Parameters (defaults when built with <c>new ParkingNodeParameters()</c>).</param>
        public ParkingNodeApplication(ParkingMeasurement measurement, ParkingNodeParameters parameters)
            : base(Payloads.Status.DeviceKind.ParkingNode)
        {
            _measurement = measurement ?? throw new System.ArgumentNullException(nameof(measurement));
            _logic = new ParkingNodeLogic(parameters);
            _startUp.CopyFrom(parameters);
            _working.CopyFrom(parameters);
        }

        /// <summary>The decision logic (for tests and the simulator).</summary>
        public ParkingNodeLogic Logic => _logic;

        /// <summary>The last report decided.</summary>
        public ParkingReport LastReport => _report;

        /// <inheritdoc/>
        protected override ReportReason Reason => _report.Reason;

        /// <inheritdoc/>
        public override int StateCapacityBytes => ParkingNodeLogic.StateLength;

        /// <inheritdoc/>
        public override int MeasurementMicroamps => _measurement.ActiveMicroamps;

        /// <inheritdoc/>
        public override int SensorStandbyMicroamps => _measurement.IdleMicroamps;

        /// <inheritdoc/>
        public override void Configure(NodeConfiguration configuration)
        {
            // Parking reports on occupancy changes and its own heartbeat (ParkingNodeParameters.HeartbeatSeconds, 3 h);
            // the configuration's report interval does not apply, and its heartbeat interval is the runtime's silence
            // guard, which those heartbeats keep quiet. The parameter block (start-up parameters when empty) applies.
            if (LoadParameterBlock(configuration))
            {
                _logic.ApplyParameters(_working);
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
            return ParkingNodeParameterBlock.Read(buffer, offset, length, _working);
        }

        /// <inheritdoc/>
        protected override string ValidateParameterBlock()
        {
            return _working.Validate();
        }

        /// <inheritdoc/>
        protected override int WriteParameterBlock(byte[] buffer, int offset)
        {
            return ParkingNodeParameterBlock.Write(_working, buffer, offset);
        }

        /// <inheritdoc/>
        protected override ConfigStatus SetThreshold(byte thresholdId, int value, out string field)
        {
            // docs/payloads/remote-config.md "Thresholds": deviations in µT on the wire, mG here (1 µT = 10 mG).
            field = null;
            switch (thresholdId)
            {
                case 0x20:
                    field = nameof(ParkingNodeParameters.OccupiedDeviationMilligauss);
                    if (!InWireRange(value, 1, 500))
                    {
                        return ConfigStatus.OutOfRange;
                    }

                    _working.OccupiedDeviationMilligauss = value * MilligaussPerMicrotesla;
                    return ConfigStatus.Ok;
                case 0x21:
                    field = nameof(ParkingNodeParameters.VacantDeviationMilligauss);
                    if (!InWireRange(value, 0, 500))
                    {
                        return ConfigStatus.OutOfRange;
                    }

                    _working.VacantDeviationMilligauss = value * MilligaussPerMicrotesla;
                    return ConfigStatus.Ok;
                default:
                    return ConfigStatus.UnknownField;
            }
        }

        /// <inheritdoc/>
        public override int Measure(long nowMilliseconds)
        {
            if (_logic.State == ParkingState.Uncalibrated)
            {
                _measurement.Calibrate(_logic, nowMilliseconds, _readings);
            }

            _measurement.Measure(_readings);
            _logic.Evaluate(nowMilliseconds, _readings, _report);
            NextMeasurementAtMilliseconds = _report.NextWakeAtMilliseconds;
            return (int)_report.Faults;
        }

        /// <inheritdoc/>
        public override int EncodeReport(byte[] buffer, int offset, int batteryMillivolts, out int fPort)
        {
            ParkingReportPayload.Fill(_report, batteryMillivolts > 0 ? batteryMillivolts : PayloadFormat.Missing, false, _payload);
            if ((_report.Reason & ReportReason.Event) != 0)
            {
                fPort = PayloadPorts.Event;
                return ParkingNodePayloadEncoder.EncodeOccupancyChange(buffer, offset, _payload);
            }

            fPort = PayloadPorts.Periodic;
            return ParkingNodePayloadEncoder.EncodeHeartbeat(buffer, offset, _payload);
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
