// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using SmartCityNodes.Applications;
using SmartCityNodes.Applications.BinNode;
using SmartCityNodes.Applications.Common;
using SmartCityNodes.Drivers.Sensors.A02yyuw;
using SmartCityNodes.Drivers.Sensors.Environment;
using SmartCityNodes.Runtime;
using SmartCityNodes.Simulator.Scenarios;
using SmartCityNodes.Simulator.Simulation;
using SmartCityNodes.TestSupport;
using SmartCityNodes.TestSupport.Sensors;

namespace SmartCityNodes.Simulator.Node
{
    /// <summary>
    /// BinNode: the A02YYUW driver on its UART model behind a switched sensor rail, a BME280 model, the tilt switch on
    /// the board's wake pin, BinNodeApplication on the runtime. The ranger model is new every boot (its supply is off
    /// between readings); the tilt switch is a pin whose level follows the scenario.
    /// </summary>
    internal sealed class BinRuntimeNode : RuntimeNode
    {
        /// <summary>GPIO35, the low-power board's RTC-capable sensor wake pin (firmware/Boards FireBeetleEsp32ESx1262).</summary>
        public const int TiltWakePin = 35;

        private readonly BinEnvironment _environment;
        private readonly BinNodeParameters _parameters = new BinNodeParameters();
        private readonly FakeInputPin _tilt = new FakeInputPin();
        private A02yyuwModel? _ranger;
        private SimulatedEnvironmentSensor? _bme;
        private BinNodeApplication? _application;

        public BinRuntimeNode(string name, NodeIdentity identity, bool otaa, SimulatedBoard board, AirLink link, ulong seed, BinEnvironment environment)
            : base(name, "bin", identity, otaa, board, link, seed)
        {
            _environment = environment;
        }

        protected override int EventPin => TiltWakePin;

        protected override INodeApplication CreateApplication(VirtualClock clock)
        {
            _ranger = new A02yyuwModel(clock, null);
            _bme = new SimulatedEnvironmentSensor(EnvironmentQuantities.Bme280, EnvironmentPowerProfiles.Bme280Forced);
            SensorRail? rail = null;
            if (Board.SensorRail)
            {
                Rail.Sensor = _ranger;
                rail = new SensorRail(Rail.CreatePin(), false, clock);
            }

            var measurement = new BinMeasurement(new A02yyuw(_ranger, clock, null), _bme, _tilt, rail);
            _application = new BinNodeApplication(measurement, _parameters);
            return _application;
        }

        protected override void PrepareEnvironment(long now)
        {
            double fill = _environment.FillPercent(now);
            _ranger!.DistanceMillimetres = (int)Math.Round(_parameters.MountingOffsetMillimetres + (_parameters.BinDepthMillimetres * (100 - fill) / 100.0));
            _bme!.SetValues((int)Math.Round(_environment.TemperatureCelsius(now) * 100), 6000, 101325, 0);
            _tilt.Level = _environment.Tilted(now);
        }

        protected override long NextPinEvent(long from, long until)
        {
            // ext0 wakes on the level (tilted = high): a switch still tilted wakes at once; the planner masks the pin in a storm.
            if (_environment.Tilted(from))
            {
                return from + 1;
            }

            return _environment.NextTiltChangeAfter(from, until);
        }

        protected override string DescribeReport() => KindOf(_application!.LastReport.Reason, _application.LastReport.Events.ToString());

        protected override double ChartValue() => _application!.LastReport.FillPercent;
    }
}
