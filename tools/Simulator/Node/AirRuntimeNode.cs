// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using SmartCityNodes.Applications;
using SmartCityNodes.Applications.AirNode;
using SmartCityNodes.Applications.Common;
using SmartCityNodes.Drivers.Sensors.Environment;
using SmartCityNodes.Drivers.Sensors.Pms5003;
using SmartCityNodes.Runtime;
using SmartCityNodes.Simulator.Scenarios;
using SmartCityNodes.Simulator.Simulation;
using SmartCityNodes.TestSupport;
using SmartCityNodes.TestSupport.Sensors;

namespace SmartCityNodes.Simulator.Node
{
    /// <summary>
    /// AirNode: the PMS5003 driver on its UART model, a BME680 model, AirNodeApplication's duty-cycled particulate plan
    /// on the runtime (wake the sensor, let the fan run through the MCU's sleep, sample, put it back to sleep). The
    /// runtime books the fan's current between the steps from the application (SensorWarmingUp).
    /// </summary>
    internal sealed class AirRuntimeNode : RuntimeNode
    {
        private readonly AirEnvironment _environment;
        private readonly AirNodeParameters _parameters;
        private Pms5003Model? _pms;
        private SimulatedEnvironmentSensor? _bme;
        private AirNodeApplication? _application;

        public AirRuntimeNode(string name, NodeIdentity identity, bool otaa, SimulatedBoard board, AirLink link, ulong seed, AirEnvironment environment, AirNodeParameters parameters)
            : base(name, "air", identity, otaa, board, link, seed)
        {
            _environment = environment;
            _parameters = parameters;

            // The AirNode's lifetime target (a PMS5003 fan wears out in about that time anyway: Plantower rates it for
            // continuous operation, not a decade): the budget is held for 2 years, not the 10 of bin and parking.
            Settings.TargetLifetimeDays = AirTargetLifetimeDays;
        }

        /// <summary>Two years, 730 days.</summary>
        public const int AirTargetLifetimeDays = 730;

        protected override INodeApplication CreateApplication(VirtualClock clock)
        {
            _pms = new Pms5003Model(clock);
            _bme = new SimulatedEnvironmentSensor(EnvironmentQuantities.Bme680, EnvironmentPowerProfiles.Bme680ForcedWithGas);
            // The low-power board powers the PMS5003 from a load switch (SimulatedBoard.SensorRail): no standby current
            // between cycles, light sleep while the fan warms up.
            SensorRail? rail = null;
            if (Board.SensorRail)
            {
                Rail.Sensor = _pms;
                rail = new SensorRail(Rail.CreatePin(), false, clock);
            }

            _application = new AirNodeApplication(new AirMeasurement(_bme, new Pms5003(_pms, clock), rail), _parameters);
            return _application;
        }

        protected override void PrepareEnvironment(long now)
        {
            var (pm1, pm25, pm10) = _environment.Concentrations(now);
            _pms!.SetConcentrations(pm1, pm25, pm10, pm1, pm25, pm10);
            _bme!.SetValues((int)Math.Round(_environment.TemperatureCelsius(now) * 100), (int)Math.Round(_environment.RelativeHumidityPercent(now) * 100), 101325, 50000);
        }

        protected override string DescribeReport() => KindOf(_application!.LastReport.Reason, _application.LastReport.Events.ToString());

        protected override double ChartValue() => _application!.LastReport.Pm25MicrogramsPerCubicMetre;
    }
}
