// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using System;
using SmartCityNodes.Drivers.Sensors;
using SmartCityNodes.Hal;

namespace SmartCityNodes.Applications.ParkingNode
{
    /// <summary>
    /// The thin I/O half of the ParkingNode: one magnetometer read per wake (QMC5883L polled, LIS3MDL after its threshold
    /// interrupt) and the installation calibration loop. Never throws on a sensor fault.
    /// </summary>
    public sealed class ParkingMeasurement
    {
        private readonly IMagnetometer _magnetometer;

        // Caller-owned reading made once at start-up; TryRead fills it in place (nothing allocated per wake).
        private readonly MagneticFieldReading _field = new MagneticFieldReading();

        /// <summary>Creates the measurement.</summary>
        /// <param name="magnetometer">QMC5883L or LIS3MDL driver, initialised and configured by the image.</param>
        /// <exception cref="ArgumentNullException">No magnetometer.</exception>
        public ParkingMeasurement(IMagnetometer magnetometer)
        {
            _magnetometer = magnetometer ?? throw new ArgumentNullException(nameof(magnetometer));
        }

        /// <summary>The magnetometer's idle current between reads, µA (its driver's power profile; QMC5883L standby 3 µA).</summary>
        public int IdleCurrentMicroamperes
        {
            get { return _magnetometer.PowerProfile.IdleCurrentMicroamperes; }
        }

        /// <summary>Reads the field once.</summary>
        /// <param name="readings">Filled in place.</param>
        [HotPath]
        public void Measure(ParkingReadings readings)
        {
            _magnetometer.TryRead(_field);
            readings.Set(_field.Status, _field.XMilligauss, _field.YMilligauss, _field.ZMilligauss);
        }

        /// <summary>
        /// Installation calibration on the empty bay: reads up to twice the wanted number of samples (failed reads are
        /// skipped) and lets the logic take the baseline.
        /// </summary>
        /// <param name="logic">The parking logic.</param>
        /// <param name="nowMilliseconds">Current time, ms.</param>
        /// <param name="readings">Scratch readings, filled in place.</param>
        /// <returns>The calibration result.</returns>
        public CalibrationStatus Calibrate(ParkingNodeLogic logic, long nowMilliseconds, ParkingReadings readings)
        {
            logic.BeginCalibration();
            int wanted = logic.Parameters.CalibrationSamples;
            int used = 0;
            for (int attempt = 0; attempt < 2 * wanted && used < wanted; attempt++)
            {
                Measure(readings);
                if (logic.AddCalibrationSample(readings))
                {
                    used++;
                }
            }

            return logic.CompleteCalibration(nowMilliseconds);
        }
    }
}
