// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using System;
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

        // Caller-owned readings made once at start-up; TryRead fills them in place (nothing allocated per wake).
        private readonly DistanceReading _distance = new DistanceReading();
        private readonly EnvironmentReading _air = new EnvironmentReading();

        /// <summary>Creates the measurement over the node's sensors.</summary>
        /// <param name="ranger">Ultrasonic ranger (A02YYUW or JSN-SR04T driver).</param>
        /// <param name="environment">Temperature source (BME280/BME680), or null when the node has none.</param>
        /// <param name="tiltSwitch">Tilt switch input (true = tilted), or null when not fitted.</param>
        /// <exception cref="ArgumentNullException">No ranger.</exception>
        public BinMeasurement(IDistanceSensor ranger, IEnvironmentSensor environment, IInputPin tiltSwitch)
        {
            _ranger = ranger ?? throw new ArgumentNullException(nameof(ranger));
            _environment = environment;
            _tiltSwitch = tiltSwitch;
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
            _ranger.TryRead(_distance);
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
