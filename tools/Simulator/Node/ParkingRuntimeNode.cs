// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using SmartCityNodes.Applications;
using SmartCityNodes.Applications.ParkingNode;
using SmartCityNodes.Drivers.Sensors.Qmc5883l;
using SmartCityNodes.Runtime;
using SmartCityNodes.Simulator.Scenarios;
using SmartCityNodes.Simulator.Simulation;
using SmartCityNodes.TestSupport;
using SmartCityNodes.TestSupport.Sensors;

namespace SmartCityNodes.Simulator.Node
{
    /// <summary>
    /// ParkingNode: the QMC5883L driver on its register model (polled), calibration on the first measurement,
    /// ParkingNodeApplication on the runtime. The chip model persists (the magnetometer stays powered through the
    /// MCU's sleep); its field follows the scenario's sessions.
    /// </summary>
    internal sealed class ParkingRuntimeNode : RuntimeNode
    {
        /// <summary>Empty-bay field in counts (12 counts/mG at ±2 G: QMC5883L datasheet 1.0 table 2) — about 100, 200, −300 mG.</summary>
        private const short BaseX = 1200;
        private const short BaseY = 2400;
        private const short BaseZ = -3600;

        private readonly ParkingEnvironment _environment;
        private readonly ParkingNodeParameters _parameters = new ParkingNodeParameters();
        private Qmc5883lModel? _chip;
        private ParkingNodeApplication? _application;

        public ParkingRuntimeNode(string name, NodeIdentity identity, bool otaa, SimulatedBoard board, AirLink link, ulong seed, ParkingEnvironment environment)
            : base(name, "parking", identity, otaa, board, link, seed)
        {
            _environment = environment;
        }

        protected override INodeApplication CreateApplication(VirtualClock clock)
        {
            _chip ??= new Qmc5883lModel(clock) { XCounts = BaseX, YCounts = BaseY, ZCounts = BaseZ };
            var magnetometer = new Qmc5883l(_chip, clock, null);
            magnetometer.Initialize();
            magnetometer.SetMode(Qmc5883lMode.Continuous);
            _application = new ParkingNodeApplication(new ParkingMeasurement(magnetometer), _parameters);
            return _application;
        }

        protected override void PrepareEnvironment(long now)
        {
            _chip!.ZCounts = (short)Math.Clamp(BaseZ + (_environment.DeltaMilligauss(now) * Qmc5883l.CountsPerGaussRange2G / 1000.0), short.MinValue, short.MaxValue);
            _chip.Overflow = _environment.MagnetOn(now);
        }

        protected override string DescribeReport() => BinRuntimeNode.Describe(_application!.LastReport.Reason, _application.LastReport.Events.ToString());

        protected override double ChartValue() => _application!.LastReport.Occupied ? 1 : 0;
    }
}
