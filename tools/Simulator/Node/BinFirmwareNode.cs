// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using SmartCityNodes.Applications.BinNode;
using SmartCityNodes.Applications.Common;
using SmartCityNodes.Drivers.Sensors.A02yyuw;
using SmartCityNodes.Drivers.Sensors.Environment;
using SmartCityNodes.Simulator.Common;
using SmartCityNodes.Simulator.Scenarios;
using SmartCityNodes.Simulator.Simulation;
using SmartCityNodes.TestSupport;
using SmartCityNodes.TestSupport.Sensors;

namespace SmartCityNodes.Simulator.Node
{
    /// <summary>BinNode: A02YYUW driver on its UART model, BME280 simulator, tilt switch pin, BinNodeLogic.</summary>
    internal sealed class BinFirmwareNode : FirmwareNode
    {
        private readonly BinEnvironment _environment;
        private readonly BinNodeParameters _parameters = new BinNodeParameters();

        public BinFirmwareNode(string name, NodeIdentity identity, bool otaa, SimulatedBoard board, AirLink link, ulong seed, BinEnvironment environment)
            : base(name, "bin", identity, otaa, board, link, seed)
        {
            _environment = environment;
        }

        /// <summary>BME280 sleep 0.1 µA (Bosch BST-BME280-DS002 table 1); the ranger's supply is switched off.</summary>
        protected override double SleepExtraMicroamperes => 0.1;

        protected override long RunApplication(long now, VirtualClock clock, out bool send, out int fPort, out byte[] payload, out string kind)
        {
            var ranger = new A02yyuwModel(clock, null);
            double fill = _environment.FillPercent(now);
            ranger.DistanceMillimetres = (int)Math.Round(_parameters.MountingOffsetMillimetres + (_parameters.BinDepthMillimetres * (100 - fill) / 100.0));
            var bme = new SimulatedEnvironmentSensor(EnvironmentQuantities.Bme280, EnvironmentPowerProfiles.Bme280Forced);
            bme.SetValues((int)Math.Round(_environment.TemperatureCelsius(now) * 100), 6000, 101325, 0);
            var tilt = new FakeInputPin { Level = _environment.Tilted(now) };
            var measurement = new BinMeasurement(new A02yyuw(ranger, clock, null), bme, tilt);
            measurement.ApplySamplesPerReading(_parameters.SamplesPerReading);
            var logic = new BinNodeLogic(_parameters);
            byte[]? state = Flash.Read(AppRecord);
            if (state != null && logic.ReadState(state, 0, state.Length) != StateRecordStatus.Ok)
            {
                Statistics.AppStateRestoreFailures++;
            }

            var readings = new BinReadings();
            var report = new BinReport();
            long before = clock.UptimeMilliseconds;
            measurement.Measure(readings);
            BookSensor(A02yyuw.OperatingCurrentMicroamperes, clock.UptimeMilliseconds - before);
            send = logic.Evaluate(now, readings, report);
            var buffer = new byte[BinNodeLogic.StateLength];
            logic.WriteState(buffer, 0);
            kind = CompleteWake(buffer, send, now, report.Reason, report.Events.ToString(), report.FillPercent);
            fPort = 1;
            payload = send ? ReportEncoding.Bin(report, out fPort) : Array.Empty<byte>();

            // The tilt switch is on a wake pin: a level change wakes the node before the timer.
            long next = report.NextWakeAtMilliseconds;
            long tiltChange = _environment.NextTiltChangeAfter(now, next);
            return Math.Min(next, tiltChange);
        }
    }
}
