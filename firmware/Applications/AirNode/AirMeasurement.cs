// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using System;
using SmartCityNodes.Drivers.Sensors;
using SmartCityNodes.Drivers.Sensors.Environment;
using SmartCityNodes.Drivers.Sensors.Pms5003;
using SmartCityNodes.Drivers.Sensors.Sds011;
using SmartCityNodes.Hal;

namespace SmartCityNodes.Applications.AirNode
{
    /// <summary>
    /// The thin I/O half of the AirNode: performs the step <see cref="AirNodeLogic.PlanStep"/> chose on the particulate
    /// sensor (PMS5003 or SDS011 driver) and the environment sensor (BME280/BME680), into an <see cref="AirReadings"/>.
    /// Never throws on a sensor fault.
    /// </summary>
    public sealed class AirMeasurement
    {
        private readonly IEnvironmentSensor _environment;
        private readonly IParticulateSensor _particulate;

        // Caller-owned readings made once at start-up; TryRead fills them in place (nothing allocated per wake).
        private readonly ParticulateReading _sample = new ParticulateReading();
        private readonly EnvironmentReading _air = new EnvironmentReading();

        /// <summary>Creates the measurement.</summary>
        /// <param name="environment">BME280/BME680, or null when the node has none (then its fields are reported unknown).</param>
        /// <param name="particulate">PMS5003 or SDS011 driver.</param>
        /// <exception cref="ArgumentNullException">No particulate sensor.</exception>
        public AirMeasurement(IEnvironmentSensor environment, IParticulateSensor particulate)
        {
            _environment = environment;
            _particulate = particulate ?? throw new ArgumentNullException(nameof(particulate));
        }

        /// <summary>Performs one step.</summary>
        /// <param name="step">What <see cref="AirNodeLogic.PlanStep"/> returned.</param>
        /// <param name="readings">Filled in place.</param>
        [HotPath]
        public void Perform(AirStep step, AirReadings readings)
        {
            readings.Clear();
            readings.Step = step;
            switch (step)
            {
                case AirStep.WakeParticulateSensor:
                    readings.WakeStatus = _particulate.Wake();
                    break;
                case AirStep.Sample:
                    ReadParticulate(readings);
                    break;
                case AirStep.FinalSample:
                    ReadParticulate(readings);
                    readings.SleepStatus = _particulate.Sleep();
                    ReadEnvironment(readings);
                    break;
                default:
                    break;
            }
        }

        [HotPath]
        private void ReadParticulate(AirReadings readings)
        {
            // The logic timed the warm-up across deep sleep; a driver created at this boot would otherwise count its own
            // 30 s from construction and answer NotReady.
            if (_particulate is Pms5003 pms5003)
            {
                pms5003.IgnoreWarmUp = true;
            }
            else if (_particulate is Sds011 sds011)
            {
                sds011.IgnoreWarmUp = true;
            }

            _particulate.TryRead(_sample);
            readings.ParticulateStatus = _sample.Status;
            readings.HasPm1 = _sample.HasPm1;
            readings.Pm1DeciMicrogramsPerCubicMetre = _sample.Pm1DeciMicrogramsPerCubicMetre;
            readings.Pm25DeciMicrogramsPerCubicMetre = _sample.Pm25DeciMicrogramsPerCubicMetre;
            readings.Pm10DeciMicrogramsPerCubicMetre = _sample.Pm10DeciMicrogramsPerCubicMetre;
        }

        [HotPath]
        private void ReadEnvironment(AirReadings readings)
        {
            if (_environment == null)
            {
                readings.EnvironmentStatus = SensorStatus.NotSupported;
                return;
            }

            _environment.TryRead(_air);
            readings.EnvironmentStatus = _air.Status;
            readings.EnvironmentValid = _air.Valid;
            readings.TemperatureCentiCelsius = _air.TemperatureCentiCelsius;
            readings.RelativeHumidityCentiPercent = _air.RelativeHumidityCentiPercent;
            readings.PressurePascals = _air.PressurePascals;
            readings.GasResistanceOhms = _air.GasResistanceOhms;
        }
    }
}
