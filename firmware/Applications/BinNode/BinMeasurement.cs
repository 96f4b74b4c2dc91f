// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using System;
using SmartCityNodes.Applications.Common;
using SmartCityNodes.Drivers.Sensors;
using SmartCityNodes.Drivers.Sensors.A02yyuw;
using SmartCityNodes.Drivers.Sensors.Environment;
using SmartCityNodes.Drivers.Sensors.JsnSr04t;
using SmartCityNodes.Hal;

namespace SmartCityNodes.Applications.BinNode
{
    /// <summary>
    /// The thin I/O half of the BinNode: reads the ranger (median of N pings inside the driver), the temperature sensor
    /// and the tilt switch into a <see cref="BinReadings"/>. Never throws on a sensor fault: the status goes into the
    /// readings and the logic turns it into a fault flag.
    /// </summary>
    public sealed class BinMeasurement
    {
        private readonly IDistanceSensor _ranger;
        private readonly IEnvironmentSensor _environment;
        private readonly IInputPin _tiltSwitch;
        private readonly SensorRail _rail;

        // Caller-owned readings made once at start-up; TryRead fills them in place (nothing allocated per wake).
        private readonly DistanceReading _distance = new DistanceReading();
        private readonly EnvironmentReading _air = new EnvironmentReading();

        /// <summary>Creates the measurement over the node's sensors.</summary>
        /// <param name="ranger">Ultrasonic ranger (A02YYUW or JSN-SR04T driver).</param>
        /// <param name="environment">Temperature source (BME280/BME680), or null when the node has none.</param>
        /// <param name="tiltSwitch">Tilt switch input (true = tilted), or null when not fitted.</param>
        /// <exception cref="ArgumentNullException">No ranger.</exception>
        public BinMeasurement(IDistanceSensor ranger, IEnvironmentSensor environment, IInputPin tiltSwitch)
            : this(ranger, environment, tiltSwitch, null)
        {
        }

        /// <summary>Creates the measurement over the node's sensors, the ranger powered from a switched rail.</summary>
        /// <param name="ranger">Ultrasonic ranger (A02YYUW or JSN-SR04T driver).</param>
        /// <param name="environment">Temperature source (BME280/BME680), or null when the node has none.</param>
        /// <param name="tiltSwitch">Tilt switch input (true = tilted), or null when not fitted.</param>
        /// <param name="rail">
        /// The switched sensor rail the ranger sits on, or null when it is always powered. The ultrasonic rangers have
        /// no sleep mode (their idle current is their 8 mA operating current), so a battery node needs the rail: it is
        /// switched on for each reading, the ranger's power-up time waited out, and off again.
        /// </param>
        /// <exception cref="ArgumentNullException">No ranger.</exception>
        public BinMeasurement(IDistanceSensor ranger, IEnvironmentSensor environment, IInputPin tiltSwitch, SensorRail rail)
        {
            _ranger = ranger ?? throw new ArgumentNullException(nameof(ranger));
            _environment = environment;
            _tiltSwitch = tiltSwitch;
            _rail = rail;
        }

        /// <summary>
        /// Sensor current while <see cref="Measure"/> runs, µA: the ranger's operating current and the environment
        /// sensor's active current, both taken as drawn for the whole call (the ranger dominates: 8 mA against 0.7 mA).
        /// </summary>
        public int ActiveMicroamps
        {
            get { return _ranger.PowerProfile.ActiveCurrentMicroamperes + (_environment != null ? _environment.PowerProfile.ActiveCurrentMicroamperes : 0); }
        }

        /// <summary>
        /// Sensor current between readings, µA: the environment sensor's sleep current, plus the ranger's idle current
        /// unless the rail switches it off.
        /// </summary>
        public int IdleMicroamps
        {
            get
            {
                int environment = _environment != null ? _environment.PowerProfile.IdleCurrentMicroamperes : 0;
                return _rail != null ? environment : environment + _ranger.PowerProfile.IdleCurrentMicroamperes;
            }
        }

        /// <summary>Passes the pings-per-reading parameter to the ranger drivers that have it.</summary>
        /// <param name="samplesPerReading">1..15, already validated by <see cref="BinNodeParameters"/>.</param>
        public void ApplySamplesPerReading(int samplesPerReading)
        {
            if (_ranger is A02yyuw a02yyuw)
            {
                a02yyuw.SamplesPerReading = samplesPerReading;
            }
            else if (_ranger is JsnSr04t jsnSr04t)
            {
                jsnSr04t.SamplesPerReading = samplesPerReading;
            }
        }

        /// <summary>Takes this wake's readings.</summary>
        /// <param name="readings">Filled in place.</param>
        [HotPath]
        public void Measure(BinReadings readings)
        {
            readings.Clear();
            if (_rail != null)
            {
                _rail.PowerUp(_ranger.PowerProfile.WarmUpMilliseconds);
            }

            try
            {
                _ranger.TryRead(_distance);
            }
            finally
            {
                // Off on every path: a ranger left powered by a throwing driver would draw 8 mA until the next reading.
                if (_rail != null)
                {
                    _rail.PowerDown();
                }
            }

            readings.DistanceStatus = _distance.Status;
            readings.DistanceMillimetres = _distance.DistanceMillimetres;

            if (_environment == null)
            {
                readings.TemperatureStatus = SensorStatus.NotSupported;
            }
            else
            {
                _environment.TryRead(_air);
                bool hasTemperature = _air.Status == SensorStatus.Ok && _air.Has(EnvironmentQuantities.Temperature);
                readings.TemperatureStatus = hasTemperature ? SensorStatus.Ok : (_air.Status == SensorStatus.Ok ? SensorStatus.NoData : _air.Status);
                readings.TemperatureCentiCelsius = _air.TemperatureCentiCelsius;
            }

            readings.TiltActive = _tiltSwitch != null && _tiltSwitch.Read();
        }
    }
}
