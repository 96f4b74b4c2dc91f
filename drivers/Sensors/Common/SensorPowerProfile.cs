// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

namespace SmartCityNodes.Drivers.Sensors
{
    /// <summary>
    /// What one measurement costs, for the node's energy ledger: datasheet figures cited by each driver.
    /// Energy of a wake ≈ (warm-up + measurement) × active current; between wakes the sensor draws its idle current
    /// (or nothing when its supply is switched off).
    /// Immutable: a driver creates its profile at start-up (or when its configuration changes) and its
    /// <see cref="IPowerProfiled.PowerProfile"/> getter returns that same instance, so reading it allocates nothing on
    /// nanoCLR (where a struct return value would be a heap copy per call).
    /// </summary>
    public sealed class SensorPowerProfile
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

        /// <summary>
        /// Returns <paramref name="current"/> when it already holds these figures, otherwise a new profile: lets a driver
        /// whose profile depends on its configuration keep one instance until the configuration changes.
        /// </summary>
        /// <param name="current">The profile the driver holds, or null.</param>
        /// <param name="warmUpMilliseconds">Time until readings are valid.</param>
        /// <param name="measurementMilliseconds">Time of one reading.</param>
        /// <param name="activeCurrentMicroamperes">Current while active.</param>
        /// <param name="idleCurrentMicroamperes">Current while idle.</param>
        /// <returns>A profile with these figures.</returns>
        public static SensorPowerProfile Reuse(SensorPowerProfile current, int warmUpMilliseconds, int measurementMilliseconds, int activeCurrentMicroamperes, int idleCurrentMicroamperes)
        {
            if (current != null
                && current.WarmUpMilliseconds == warmUpMilliseconds
                && current.MeasurementMilliseconds == measurementMilliseconds
                && current.ActiveCurrentMicroamperes == activeCurrentMicroamperes
                && current.IdleCurrentMicroamperes == idleCurrentMicroamperes)
            {
                return current;
            }

            return new SensorPowerProfile(warmUpMilliseconds, measurementMilliseconds, activeCurrentMicroamperes, idleCurrentMicroamperes);
        }

        /// <summary>Charge drawn by one warm-up plus one measurement, in microampere-milliseconds (nC).</summary>
        public long ActiveChargeMicroampereMilliseconds
        {
            get { return ((long)WarmUpMilliseconds + MeasurementMilliseconds) * ActiveCurrentMicroamperes; }
        }
    }
}
