// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using SmartCityNodes.Hal;

namespace SmartCityNodes.Drivers.Sensors.Environment
{
    /// <summary>
    /// Host stand-in for the Bmxx80 adapter (simulator and application tests): returns the values it was given, can
    /// be told to fail, and checks the same operating ranges as the device adapter. Allocates nothing per reading.
    /// </summary>
    public sealed class SimulatedEnvironmentSensor : IEnvironmentSensor
    {
        private readonly EnvironmentQuantities _supported;
        private readonly SensorPowerProfile _profile;
        private int _temperatureCentiCelsius = 2000;
        private int _humidityCentiPercent = 5000;
        private int _pressurePascals = 101325;
        private int _gasResistanceOhms = 50000;
        private SensorStatus _failStatus;
        private int _failCount;

        /// <summary>Creates a simulated sensor (20.00 °C, 50.00 %RH, 101325 Pa, 50 kΩ until set).</summary>
        /// <param name="supported">What it measures, e.g. <see cref="EnvironmentQuantities.Bme280"/>.</param>
        /// <param name="profile">The power profile to report, e.g. <see cref="EnvironmentPowerProfiles.Bme280Forced"/>.</param>
        public SimulatedEnvironmentSensor(EnvironmentQuantities supported, SensorPowerProfile profile)
        {
            _supported = supported;
            _profile = profile;
        }

        /// <inheritdoc/>
        public EnvironmentQuantities Supported
        {
            get { return _supported; }
        }

        /// <inheritdoc/>
        public SensorPowerProfile PowerProfile
        {
            get { return _profile; }
        }

        /// <summary>Readings taken so far (including failed ones).</summary>
        public int ReadCount { get; private set; }

        /// <summary>Sets the values subsequent readings return.</summary>
        /// <param name="temperatureCentiCelsius">0.01 °C.</param>
        /// <param name="relativeHumidityCentiPercent">0.01 %RH.</param>
        /// <param name="pressurePascals">Pa.</param>
        /// <param name="gasResistanceOhms">Ω.</param>
        public void SetValues(int temperatureCentiCelsius, int relativeHumidityCentiPercent, int pressurePascals, int gasResistanceOhms)
        {
            _temperatureCentiCelsius = temperatureCentiCelsius;
            _humidityCentiPercent = relativeHumidityCentiPercent;
            _pressurePascals = pressurePascals;
            _gasResistanceOhms = gasResistanceOhms;
        }

        /// <summary>Makes the next <paramref name="count"/> readings fail with <paramref name="status"/> (e.g. Nack for an unplugged sensor).</summary>
        /// <param name="status">The failure.</param>
        /// <param name="count">How many readings fail.</param>
        public void FailNext(SensorStatus status, int count)
        {
            _failStatus = status;
            _failCount = count;
        }

        /// <inheritdoc/>
        [HotPath]
        public bool TryRead(EnvironmentReading reading)
        {
            if (reading == null)
            {
                throw new System.ArgumentNullException(nameof(reading));
            }

            ReadCount++;
            reading.Clear();
            if (_failCount > 0)
            {
                _failCount--;
                reading.Status = _failStatus;
                return false;
            }

            reading.Valid = _supported;
            reading.TemperatureCentiCelsius = (_supported & EnvironmentQuantities.Temperature) != 0 ? _temperatureCentiCelsius : 0;
            reading.RelativeHumidityCentiPercent = (_supported & EnvironmentQuantities.Humidity) != 0 ? _humidityCentiPercent : 0;
            reading.PressurePascals = (_supported & EnvironmentQuantities.Pressure) != 0 ? _pressurePascals : 0;
            reading.GasResistanceOhms = (_supported & EnvironmentQuantities.GasResistance) != 0 ? _gasResistanceOhms : 0;
            reading.Status = SensorStatus.Ok;
            EnvironmentLimits.Check(reading);
            return reading.Status == SensorStatus.Ok;
        }
    }
}
