// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using System;
using SmartCityNodes.Applications.Common;
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
        private readonly SensorRail _rail;

        // Caller-owned readings made once at start-up; TryRead fills them in place (nothing allocated per wake).
        private readonly ParticulateReading _sample = new ParticulateReading();
        private readonly EnvironmentReading _air = new EnvironmentReading();
        private AirStep _lastStep = AirStep.None;

        /// <summary>Creates the measurement.</summary>
        /// <param name="environment">BME280/BME680, or null when the node has none (then its fields are reported unknown).</param>
        /// <param name="particulate">PMS5003 or SDS011 driver.</param>
        /// <exception cref="ArgumentNullException">No particulate sensor.</exception>
        public AirMeasurement(IEnvironmentSensor environment, IParticulateSensor particulate)
            : this(environment, particulate, null)
        {
        }

        /// <summary>Creates the measurement with the particulate sensor on a switched rail.</summary>
        /// <param name="environment">BME280/BME680, or null when the node has none (then its fields are reported unknown).</param>
        /// <param name="particulate">PMS5003 or SDS011 driver.</param>
        /// <param name="rail">
        /// The switched rail the particulate sensor is powered from, or null when it is always powered. With the rail the
        /// sensor draws nothing between cycles instead of its standby current (PMS5003 ≤ 200 µA, SDS011 4 mA, both more
        /// than the board's whole deep-sleep floor); the rail is switched on at the wake step (the sensor starts in its
        /// active mode on power-up, fan running) and off after the final sample, and stays on through the MCU's light
        /// sleeps in between (<see cref="RailHeld"/>).
        /// </param>
        /// <exception cref="ArgumentNullException">No particulate sensor.</exception>
        public AirMeasurement(IEnvironmentSensor environment, IParticulateSensor particulate, SensorRail rail)
        {
            _environment = environment;
            _particulate = particulate ?? throw new ArgumentNullException(nameof(particulate));
            _rail = rail;
        }

        /// <summary>True while the rail powers the warming-up sensor until the next step: the MCU must not deep-sleep.</summary>
        public bool RailHeld
        {
            get { return _rail != null && _rail.IsOn; }
        }

        /// <summary>
        /// Sensor current while the last <see cref="Perform"/> ran, µA: the particulate sensor's active current from its
        /// wake command to its final sample, plus the environment sensor's active current on the final sample.
        /// </summary>
        public int ActiveMicroamps
        {
            get
            {
                switch (_lastStep)
                {
                    case AirStep.WakeParticulateSensor:
                    case AirStep.Sample:
                        return _particulate.PowerProfile.ActiveCurrentMicroamperes;
                    case AirStep.FinalSample:
                        return _particulate.PowerProfile.ActiveCurrentMicroamperes + EnvironmentCurrent(true);
                    default:
                        return 0;
                }
            }
        }

        /// <summary>True from the particulate sensor's wake command until its final sample: its fan runs through the MCU's sleep.</summary>
        public bool WarmingUp
        {
            get { return _lastStep == AirStep.WakeParticulateSensor || _lastStep == AirStep.Sample; }
        }

        /// <summary>
        /// Sensor current until the next step, µA: the particulate sensor's active current while it warms up or waits for
        /// its next sample, else its standby current (fan and laser stopped); plus the environment sensor's sleep current.
        /// </summary>
        public int IdleMicroamps
        {
            get
            {
                SensorPowerProfile particulate = _particulate.PowerProfile;
                if (WarmingUp)
                {
                    return particulate.ActiveCurrentMicroamperes + EnvironmentCurrent(false);
                }

                return (_rail != null ? 0 : particulate.IdleCurrentMicroamperes) + EnvironmentCurrent(false);
            }
        }

        private int EnvironmentCurrent(bool active)
        {
            if (_environment == null)
            {
                return 0;
            }

            SensorPowerProfile profile = _environment.PowerProfile;
            return active ? profile.ActiveCurrentMicroamperes : profile.IdleCurrentMicroamperes;
        }

        /// <summary>Performs one step.</summary>
        /// <param name="step">What <see cref="AirNodeLogic.PlanStep"/> returned.</param>
        /// <param name="readings">Filled in place.</param>
        [HotPath]
        public void Perform(AirStep step, AirReadings readings)
        {
            readings.Clear();
            readings.Step = step;
            _lastStep = step;
            bool completed = false;
            try
            {
                switch (step)
                {
                    case AirStep.WakeParticulateSensor:
                        if (_rail != null)
                        {
                            _rail.PowerUp(0); // the sensor comes up active; the logic times its warm-up from this step
                        }

                        readings.WakeStatus = _particulate.Wake();
                        break;
                    case AirStep.Sample:
                        ReadParticulate(readings);
                        break;
                    case AirStep.FinalSample:
                        ReadParticulate(readings);
                        readings.SleepStatus = _particulate.Sleep();
                        if (_rail != null)
                        {
                            _rail.PowerDown();
                        }

                        ReadEnvironment(readings);
                        break;
                    default:
                        break;
                }

                completed = true;
            }
            finally
            {
                if (!completed && _rail != null && _rail.IsOn)
                {
                    _rail.PowerDown(); // a throwing driver must not leave the fan running through a fault back-off
                    _lastStep = AirStep.None;
                }
            }
        }

        [HotPath]
        private void ReadParticulate(AirReadings readings)
        {
            if (_rail != null && !_rail.IsOn)
            {
                // The rail is on from the wake step through the light sleeps of the warm-up; off here means a deep sleep
                // (or a reboot) cut it: the sensor has been unpowered, whatever it might answer. A fault for this cycle.
                readings.ParticulateStatus = SensorStatus.NotReady;
                return;
            }

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
