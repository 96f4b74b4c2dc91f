// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using SmartCityNodes.Applications.Common;
using SmartCityNodes.Applications.ParkingNode;
using SmartCityNodes.Drivers.Sensors;
using SmartCityNodes.Drivers.Sensors.Lis3mdl;
using SmartCityNodes.Applications.Payloads;
using SmartCityNodes.Applications.Payloads.Parking;
using SmartCityNodes.Runtime.Configuration;

namespace SmartCityNodes.Applications
{
    /// <summary>
    /// ParkingNode as a node application: an uncalibrated node calibrates first (<see cref="ParkingMeasurement.Calibrate"/>),
    /// then each measurement reads the magnetometer and <see cref="ParkingNodeLogic"/> runs the occupancy state machine;
    /// <see cref="ParkingReportPayload"/> + <see cref="ParkingNodePayloadEncoder"/> encode occupancy changes (FPort 2) and
    /// heartbeats (FPort 1; docs/payloads/parkingnode.md) every ParkingNodeParameters.HeartbeatSeconds. Two modes:
    /// polled (any <see cref="IMagnetometer"/>, e.g. the QMC5883L, every ParkingNodeParameters.PollIntervalSeconds) and,
    /// built on a <see cref="Lis3mdlParkingWatch"/> with ParkingNodeParameters.InterruptWake, interrupt-driven: the LIS3MDL
    /// watches the field between wakes, its INT wakes the node (the runtime's event pin), and after every wake the
    /// interrupt is re-armed for the next change (firmware/Applications/ParkingNode/README.md). Allocation-free after
    /// construction (calibration included).
    /// </summary>
    public sealed class ParkingNodeApplication : NodeApplicationBase
    {
        /// <summary>1 µT = 10 mG (1 G = 100 µT).</summary>
        private const int MilligaussPerMicrotesla = 10;

        private readonly ParkingMeasurement _measurement;
        private readonly Lis3mdlParkingWatch _watch;
        private readonly ParkingInterruptArming _arming = new ParkingInterruptArming();
        private readonly ParkingNodeLogic _logic;
        private readonly ParkingNodeParameters _startUp = new ParkingNodeParameters();
        private readonly ParkingNodeParameters _working = new ParkingNodeParameters();
        private readonly ParkingReadings _readings = new ParkingReadings();
        private readonly ParkingReport _report = new ParkingReport();
        private readonly ParkingNodeReadings _payload = new ParkingNodeReadings();
        private ParkingInterruptStatus _interruptStatus;

        /// <summary>Creates the polled application over its measurement (once, at start-up).</summary>
        /// <param name="measurement">Magnetometer, read every ParkingNodeParameters.PollIntervalSeconds.</param>
        /// <param name="parameters">Parameters (defaults when built with <c>new ParkingNodeParameters()</c>).</param>
        public ParkingNodeApplication(ParkingMeasurement measurement, ParkingNodeParameters parameters)
            : base(Payloads.Status.DeviceKind.ParkingNode)
        {
            _measurement = measurement ?? throw new System.ArgumentNullException(nameof(measurement));
            _logic = new ParkingNodeLogic(parameters);
            _startUp.CopyFrom(parameters);
            _working.CopyFrom(parameters);
        }

        /// <summary>
        /// Creates the application on a LIS3MDL (once per boot): interrupt-driven while ParkingNodeParameters.InterruptWake
        /// is set (the image sets it, and the runtime's event pin must be the INT pin, waking at HIGH), polled with the
        /// chip powered down between polls otherwise. The watch's INT pin reading is kept in the state record from now on.
        /// </summary>
        /// <param name="watch">The LIS3MDL watch.</param>
        /// <param name="parameters">Parameters.</param>
        public ParkingNodeApplication(Lis3mdlParkingWatch watch, ParkingNodeParameters parameters)
            : base(Payloads.Status.DeviceKind.ParkingNode)
        {
            _watch = watch ?? throw new System.ArgumentNullException(nameof(watch));
            _measurement = watch.Measurement;
            _logic = new ParkingNodeLogic(parameters);
            _logic.InterruptPinBits = watch.PinBits;
            _startUp.CopyFrom(parameters);
            _working.CopyFrom(parameters);
        }

        /// <summary>The decision logic (for tests and the simulator).</summary>
        public ParkingNodeLogic Logic => _logic;

        /// <summary>The last report decided.</summary>
        public ParkingReport LastReport => _report;

        /// <summary>The interrupt arming chosen by the last measurement (LIS3MDL in interrupt mode; disarmed otherwise).</summary>
        public ParkingInterruptArming Arming => _arming;

        /// <summary>What applying the last arming gave (LIS3MDL only).</summary>
        public ParkingInterruptStatus InterruptStatus => _interruptStatus;

        /// <summary>
        /// Current the magnetometer draws between measurements, µA, for the energy ledger. LIS3MDL watching:
        /// <see cref="Lis3mdl.LowPowerCurrentMicroamperes"/> = 40 µA, datasheet DocID024204 Rev 6 table 5 "Electrical
        /// characteristics", Idd_LP (low-power mode, ODR = 20 Hz): the watch runs the same operating mode at 0.625 Hz, so
        /// this is an upper bound (table 5 gives no figure at 0.625 Hz; measure it). LIS3MDL polled: power-down, Idd_PD
        /// 1 µA (same table). Polled magnetometer: its driver's idle current (QMC5883L standby 3 µA, its datasheet table 2).
        /// </summary>
        public override int SensorStandbyMicroamps
        {
            get
            {
                if (_watch == null)
                {
                    return _measurement.IdleMicroamps;
                }

                return _logic.Parameters.InterruptWake ? Lis3mdl.LowPowerCurrentMicroamperes : Lis3mdl.PowerDownCurrentMicroamperes;
            }
        }

        /// <inheritdoc/>
        protected override ReportReason Reason => _report.Reason;

        /// <inheritdoc/>
        public override int StateCapacityBytes => ParkingNodeLogic.StateLength;

        /// <inheritdoc/>
        public override int MeasurementMicroamps => _measurement.ActiveMicroamps;

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
        /// <remarks>
        /// On a LIS3MDL: the wake starts on the chip (INT_SRC read, or a soft reset when uncalibrated, after a failed read
        /// or when polled), reads, decides, then re-arms the interrupt for the next change. An arming whose condition was
        /// already met measures again after ParkingNodeParameters.ConfirmationPollSeconds; one that could not be applied
        /// (bus fault, INT stuck) polls every ParkingNodeParameters.OccupiedPollIntervalSeconds.
        /// </remarks>
        public override int Measure(long nowMilliseconds)
        {
            if (_watch == null)
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

            ParkingNodeParameters parameters = _logic.Parameters;
            bool watching = parameters.InterruptWake;
            bool reinitialize = !watching || _logic.State == ParkingState.Uncalibrated || _logic.ConsecutiveFailures > 0;
            bool interruptSeen;
            SensorStatus begun = _watch.BeginWake(reinitialize, out interruptSeen);
            if (begun == SensorStatus.Ok)
            {
                if (_logic.State == ParkingState.Uncalibrated)
                {
                    _measurement.Calibrate(_logic, nowMilliseconds, _readings);
                }

                _measurement.Measure(_readings);
            }
            else
            {
                _readings.Set(begun, 0, 0, 0);
            }

            _logic.Evaluate(nowMilliseconds, _readings, interruptSeen, _report, watching ? _arming : null);
            long next = _report.NextWakeAtMilliseconds;
            if (watching)
            {
                _interruptStatus = _watch.Apply(_arming);
                long soon = _interruptStatus == ParkingInterruptStatus.FieldAlreadyBeyond
                    ? nowMilliseconds + (parameters.ConfirmationPollSeconds * ReportValues.MillisecondsPerSecond)
                    : nowMilliseconds + (parameters.OccupiedPollIntervalSeconds * ReportValues.MillisecondsPerSecond);
                next = _interruptStatus != ParkingInterruptStatus.Ok && soon < next ? soon : next;
            }
            else
            {
                _arming.Clear();
                _interruptStatus = _watch.Disarm(true);
            }

            _logic.InterruptPinBits = _watch.PinBits;
            NextMeasurementAtMilliseconds = next;
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
            if (length <= 0 || _logic.ReadState(buffer, offset, length) != StateRecordStatus.Ok)
            {
                return false;
            }

            if (_watch != null)
            {
                _watch.TryLoadPinBits(_logic.InterruptPinBits);
            }

            return true;
        }
    }
}
