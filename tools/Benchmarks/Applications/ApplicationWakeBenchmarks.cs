// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Jobs;
using SmartCityNodes.Applications.AirNode;
using SmartCityNodes.Applications.BinNode;
using SmartCityNodes.Applications.ParkingNode;
using SmartCityNodes.TestSupport.Applications;
using SmartCityNodes.Drivers.Sensors;
using SmartCityNodes.Drivers.Sensors.Environment;

namespace SmartCityNodes.Benchmarks.Applications
{
    /// <summary>
    /// The per-wake path of the three applications: the decision alone (readings prepared, evaluate, write and read the
    /// state record), and a whole wake with the real drivers on their datasheet models (the scenarios the allocation
    /// tests run). What matters is the allocation column, which must be zero; host times only catch regressions.
    /// </summary>
    [MemoryDiagnoser]
    [SimpleJob(RuntimeMoniker.Net10_0, launchCount: 1, warmupCount: 3, iterationCount: 5)]
    public class ApplicationWakeBenchmarks
    {
        private readonly byte[] _state = new byte[64];
        private BinNodeLogic _bin = null!;
        private BinReadings _binReadings = null!;
        private BinReport _binReport = null!;
        private AirNodeLogic _air = null!;
        private AirReadings _airReadings = null!;
        private AirReport _airReport = null!;
        private ParkingNodeLogic _parking = null!;
        private ParkingReadings _parkingReadings = null!;
        private ParkingReport _parkingReport = null!;
        private BinWakeScenario _binWake = null!;
        private AirWakeScenario _airWake = null!;
        private ParkingWakeScenario _parkingWake = null!;
        private long _now;

        [GlobalSetup]
        public void Setup()
        {
            _bin = new BinNodeLogic(new BinNodeParameters());
            _binReadings = new BinReadings();
            _binReadings.Clear();
            _binReadings.DistanceStatus = SensorStatus.Ok;
            _binReadings.DistanceMillimetres = 640;
            _binReadings.TemperatureStatus = SensorStatus.Ok;
            _binReadings.TemperatureCentiCelsius = 2150;
            _binReport = new BinReport();

            _air = new AirNodeLogic(new AirNodeParameters());
            _airReadings = new AirReadings();
            _airReport = new AirReport();

            _parking = new ParkingNodeLogic(new ParkingNodeParameters());
            _parkingReadings = new ParkingReadings();
            _parking.BeginCalibration();
            _parkingReadings.Set(SensorStatus.Ok, 100, 200, -300);
            _parking.AddCalibrationSample(_parkingReadings);
            _parking.CompleteCalibration(0);
            _parkingReport = new ParkingReport();

            _binWake = new BinWakeScenario();
            _airWake = new AirWakeScenario();
            _parkingWake = new ParkingWakeScenario();
        }

        /// <summary>BinNode decision: correction, fill, events, reason, next wake; then the state record out and back.</summary>
        [Benchmark]
        public bool BinNodeDecision()
        {
            _now += 900000;
            _binReadings.DistanceMillimetres = _binReadings.DistanceMillimetres == 640 ? 300 : 640;
            bool send = _bin.Evaluate(_now, _binReadings, _binReport);
            _bin.WriteState(_state, 0);
            _bin.ReadState(_state, 0, BinNodeLogic.StateLength);
            return send;
        }

        /// <summary>AirNode decision for the wake that finishes a cycle (3 samples averaged, thresholds, reason).</summary>
        [Benchmark]
        public bool AirNodeCycleDecision()
        {
            bool send = false;
            for (int i = 0; i < 4; i++)
            {
                _now = _air.PlanStep(_now) == AirStep.None ? _airReport.NextWakeAtMilliseconds : _now;
                AirStep step = _air.PlanStep(_now);
                _airReadings.Clear();
                _airReadings.Step = step;
                _airReadings.WakeStatus = SensorStatus.Ok;
                _airReadings.ParticulateStatus = SensorStatus.Ok;
                _airReadings.HasPm1 = true;
                _airReadings.Pm25DeciMicrogramsPerCubicMetre = 420;
                _airReadings.Pm10DeciMicrogramsPerCubicMetre = 610;
                _airReadings.SleepStatus = SensorStatus.Ok;
                _airReadings.EnvironmentStatus = SensorStatus.Ok;
                _airReadings.EnvironmentValid = EnvironmentQuantities.Bme680;
                send |= _air.Complete(_now, _airReadings, _airReport);
                _now = _airReport.NextWakeAtMilliseconds;
            }

            _air.WriteState(_state, 0);
            _air.ReadState(_state, 0, AirNodeLogic.StateLength);
            return send;
        }

        /// <summary>ParkingNode decision: deviation (integer square root), state machine, drift, reason, next wake.</summary>
        [Benchmark]
        public bool ParkingNodeDecision()
        {
            _now += 5000;
            _parkingReadings.Set(SensorStatus.Ok, 100, 200, (_now / 5000 & 8) != 0 ? -100 : -300);
            bool send = _parking.Evaluate(_now, _parkingReadings, _parkingReport);
            _parking.WriteState(_state, 0);
            _parking.ReadState(_state, 0, ParkingNodeLogic.StateLength);
            return send;
        }

        /// <summary>A whole BinNode wake: A02YYUW driver on its model (5 frames, median), BME280 simulator, decision, state.</summary>
        [Benchmark]
        public bool BinNodeWake() => _binWake.RunOnce();

        /// <summary>A whole AirNode wake: PMS5003 driver on its model, decision, state.</summary>
        [Benchmark]
        public bool AirNodeWake() => _airWake.RunOnce();

        /// <summary>A whole ParkingNode wake: QMC5883L driver on its register model, decision, state.</summary>
        [Benchmark]
        public bool ParkingNodeWake() => _parkingWake.RunOnce();
    }
}
