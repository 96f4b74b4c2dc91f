// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

namespace SmartCityNodes.Drivers.Sensors
{
    /// <summary>
    /// What one measurement costs, for the node's energy ledger: datasheet figures cited by each driver.
    /// Energy of a wake ≈ (warm-up + measurement) × active current; between wakes the sensor draws its idle current
    /// (or nothing when its supply is switched off).
    /// </summary>
    public struct SensorPowerProfile
    {
        /// <summary>Time from power-up or wake-up until readings are valid, in milliseconds.</summary>
        public readonly int WarmUpMilliseconds;

        /// <summary>Time one reading takes once warmed up (including all samples the driver averages), in milliseconds.</summary>
        public readonly int MeasurementMilliseconds;

        /// <summary>Supply current while warming up or measuring, in microamperes.</summary>
        public readonly int ActiveCurrentMicroamperes;

        /// <summary>Supply current while powered but idle (sleep, standby or power-down mode), in microamperes.</summary>
        public readonly int IdleCurrentMicroamperes;

        /// <summary>Creates a profile.</summary>
        /// <param name="warmUpMilliseconds">Time until readings are valid.</param>
        /// <param name="measurementMilliseconds">Time of one reading.</param>
        /// <param name="activeCurrentMicroamperes">Current while active.</param>
        /// <param name="idleCurrentMicroamperes">Current while idle.</param>
        public SensorPowerProfile(int warmUpMilliseconds, int measurementMilliseconds, int activeCurrentMicroamperes, int idleCurrentMicroamperes)
        {
            WarmUpMilliseconds = warmUpMilliseconds;
            MeasurementMilliseconds = measurementMilliseconds;
            ActiveCurrentMicroamperes = activeCurrentMicroamperes;
            IdleCurrentMicroamperes = idleCurrentMicroamperes;
        }

        /// <summary>Charge drawn by one warm-up plus one measurement, in microampere-milliseconds (nC).</summary>
        public long ActiveChargeMicroampereMilliseconds
        {
            get { return ((long)WarmUpMilliseconds + MeasurementMilliseconds) * ActiveCurrentMicroamperes; }
        }
    }
}
