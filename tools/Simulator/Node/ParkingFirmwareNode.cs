// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using SmartCityNodes.Applications.Common;
using SmartCityNodes.Applications.ParkingNode;
using SmartCityNodes.Drivers.Sensors.Qmc5883l;
using SmartCityNodes.Simulator.Common;
using SmartCityNodes.Simulator.Scenarios;
using SmartCityNodes.Simulator.Simulation;
using SmartCityNodes.TestSupport;
using SmartCityNodes.TestSupport.Sensors;

namespace SmartCityNodes.Simulator.Node
{
    /// <summary>ParkingNode: QMC5883L driver on its register model (polled), calibration on the first boot, ParkingNodeLogic.</summary>
    internal sealed class ParkingFirmwareNode : FirmwareNode
    {
        /// <summary>Empty-bay field in counts (12 counts/mG at ±2 G: QMC5883L datasheet 1.0 table 2) — about 100, 200, −300 mG.</summary>
        private const short BaseX = 1200;
        private const short BaseY = 2400;
        private const short BaseZ = -3600;

        private readonly ParkingEnvironment _environment;
        private readonly ParkingNodeParameters _parameters = new ParkingNodeParameters();

        public ParkingFirmwareNode(string name, NodeIdentity identity, bool otaa, SimulatedBoard board, AirLink link, ulong seed, ParkingEnvironment environment)
            : base(name, "parking", identity, otaa, board, link, seed)
        {
            _environment = environment;
        }

        /// <summary>QMC5883L standby 3 µA (driver constant, datasheet table 2).</summary>
        protected override double SleepExtraMicroamperes => Qmc5883l.StandbyCurrentMicroamperes;

        protected override long RunApplication(long now, VirtualClock clock, out bool send, out int fPort, out byte[] payload, out string kind)
        {
            var chip = new Qmc5883lModel(clock)
            {
                XCounts = BaseX,
                YCounts = BaseY,
                ZCounts = (short)Math.Clamp(BaseZ + (_environment.DeltaMilligauss(now) * Qmc5883l.CountsPerGaussRange2G / 1000.0), short.MinValue, short.MaxValue),
                Overflow = _environment.MagnetOn(now),
            };
            var magnetometer = new Qmc5883l(chip, clock, null);
            magnetometer.Initialize();
            magnetometer.SetMode(Qmc5883lMode.Continuous);
            var measurement = new ParkingMeasurement(magnetometer);
            var logic = new ParkingNodeLogic(_parameters);
            var readings = new ParkingReadings();
            var report = new ParkingReport();
            byte[]? state = Flash.Read(AppRecord);
            long before = clock.UptimeMilliseconds;
            if (state == null)
            {
                measurement.Calibrate(logic, now, readings); // installation, empty bay
            }
            else if (logic.ReadState(state, 0, state.Length) != StateRecordStatus.Ok)
            {
                Statistics.AppStateRestoreFailures++;
            }

            measurement.Measure(readings);
            magnetometer.SetMode(Qmc5883lMode.Standby);
            BookSensor(ParkingPollingBudget.QmcPollingCurrentMicroamperes, Math.Max(ParkingPollingBudget.QmcOnMillisecondsPerPoll, clock.UptimeMilliseconds - before));
            send = logic.Evaluate(now, readings, report);
            var buffer = new byte[ParkingNodeLogic.StateLength];
            logic.WriteState(buffer, 0);
            kind = CompleteWake(buffer, send, now, report.Reason, report.Events.ToString(), report.Occupied ? 1 : 0);
            fPort = 1;
            payload = send ? ReportEncoding.Parking(report, out fPort) : Array.Empty<byte>();

            return report.NextWakeAtMilliseconds;
        }
    }
}
