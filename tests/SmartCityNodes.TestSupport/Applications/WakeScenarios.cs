// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using SmartCityNodes.Applications.AirNode;
using SmartCityNodes.Applications.BinNode;
using SmartCityNodes.Applications.ParkingNode;
using SmartCityNodes.Drivers.Sensors;
using SmartCityNodes.Drivers.Sensors.A02yyuw;
using SmartCityNodes.Drivers.Sensors.Environment;
using SmartCityNodes.Drivers.Sensors.Pms5003;
using SmartCityNodes.Drivers.Sensors.Qmc5883l;
using SmartCityNodes.TestSupport.Sensors;

namespace SmartCityNodes.TestSupport.Applications
{
    /// <summary>
    /// One whole wake of each application as the runtime will run it (real drivers on the datasheet models, measure,
    /// decide, save and restore the state record), built once and then repeated. Shared by the allocation tests and
    /// the benchmarks in tools/Benchmarks/Applications.
    /// </summary>
    public sealed class BinWakeScenario
    {
        private readonly VirtualClock _clock = new VirtualClock();
        private readonly A02yyuwModel _ranger;
        private readonly BinMeasurement _measurement;
        private readonly BinNodeLogic _logic = new BinNodeLogic(new BinNodeParameters());
        private readonly BinReadings _readings = new BinReadings();
        private readonly byte[] _state = new byte[BinNodeLogic.StateLength];
        private long _now;
        private int _wake;

        public BinWakeScenario()
        {
            _ranger = new A02yyuwModel(_clock, null);
            var environment = new SimulatedEnvironmentSensor(EnvironmentQuantities.Bme280, EnvironmentPowerProfiles.Bme280Forced);
            _measurement = new BinMeasurement(new A02yyuw(_ranger, _clock, null), environment, new FakeInputPin());
        }

        public BinReport Report { get; } = new BinReport();

        /// <summary>One wake: the bin fills 50 mm per wake and is emptied every 20 wakes.</summary>
        public bool RunOnce()
        {
            _wake++;
            _ranger.DistanceMillimetres = 1100 - (50 * (_wake % 20));
            _measurement.Measure(_readings);
            _logic.Evaluate(_now, _readings, Report);
            _now = Report.NextWakeAtMilliseconds;
            _logic.WriteState(_state, 0);
            return _logic.ReadState(_state, 0, _state.Length) == SmartCityNodes.Applications.Common.StateRecordStatus.Ok && _readings.DistanceStatus == SensorStatus.Ok;
        }
    }

    /// <summary>AirNode wakes (wake, samples, final sample) on the PMS5003 driver and model.</summary>
    public sealed class AirWakeScenario
    {
        private readonly VirtualClock _clock = new VirtualClock();
        private readonly Pms5003Model _model;
        private readonly AirMeasurement _measurement;
        private readonly AirNodeLogic _logic = new AirNodeLogic(new AirNodeParameters());
        private readonly AirReadings _readings = new AirReadings();
        private readonly byte[] _state = new byte[AirNodeLogic.StateLength];
        private long _now;
        private int _cycle;

        public AirWakeScenario()
        {
            _model = new Pms5003Model(_clock);
            var environment = new SimulatedEnvironmentSensor(EnvironmentQuantities.Bme680, EnvironmentPowerProfiles.Bme680ForcedWithGas);
            _measurement = new AirMeasurement(environment, new Pms5003(_model, _clock));
        }

        public AirReport Report { get; } = new AirReport();

        /// <summary>One wake; PM2.5 alternates between clean and an episode every cycle.</summary>
        public bool RunOnce()
        {
            AirStep step = _logic.PlanStep(_now);
            if (step == AirStep.WakeParticulateSensor)
            {
                _cycle++;
                int pm25 = (_cycle & 1) == 0 ? 12 : 60;
                _model.SetConcentrations(5, pm25, 20, 5, pm25, 20);
            }

            _measurement.Perform(step, _readings);
            _logic.Complete(_now, _readings, Report);
            _clock.Advance((int)(Report.NextWakeAtMilliseconds - _now));
            _now = Report.NextWakeAtMilliseconds;
            _logic.WriteState(_state, 0);
            return _logic.ReadState(_state, 0, _state.Length) == SmartCityNodes.Applications.Common.StateRecordStatus.Ok && step != AirStep.None;
        }
    }

    /// <summary>ParkingNode wakes on the QMC5883L driver and model: a car parks for a while, leaves, and so on.</summary>
    public sealed class ParkingWakeScenario
    {
        private readonly VirtualClock _clock = new VirtualClock();
        private readonly Qmc5883lModel _chip;
        private readonly ParkingMeasurement _measurement;
        private readonly ParkingNodeLogic _logic = new ParkingNodeLogic(new ParkingNodeParameters());
        private readonly ParkingReadings _readings = new ParkingReadings();
        private readonly byte[] _state = new byte[ParkingNodeLogic.StateLength];
        private long _now;
        private int _wake;

        public ParkingWakeScenario()
        {
            _chip = new Qmc5883lModel(_clock) { XCounts = 1200, YCounts = 2400, ZCounts = -3600 };
            var magnetometer = new Qmc5883l(_chip, _clock, null);
            magnetometer.Initialize();
            magnetometer.SetMode(Qmc5883lMode.Continuous);
            _measurement = new ParkingMeasurement(magnetometer);
            _measurement.Calibrate(_logic, 0, _readings);
        }

        public ParkingReport Report { get; } = new ParkingReport();

        /// <summary>One wake; a car (Z + 3600 counts) is over the sensor during 16 of every 32 wakes.</summary>
        public bool RunOnce()
        {
            _wake++;
            _chip.ZCounts = (short)((_wake & 16) != 0 ? 0 : -3600);
            _measurement.Measure(_readings);
            _logic.Evaluate(_now, _readings, Report);
            _now = Report.NextWakeAtMilliseconds;
            _logic.WriteState(_state, 0);
            return _logic.ReadState(_state, 0, _state.Length) == SmartCityNodes.Applications.Common.StateRecordStatus.Ok && _readings.Status == SensorStatus.Ok;
        }
    }
}
