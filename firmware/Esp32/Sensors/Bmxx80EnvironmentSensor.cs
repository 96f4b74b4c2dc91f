// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.
// Device-only code: compiled in CI against firmware/DeviceFacades, on a device build against the real packages.

using System;
using System.Device.I2c;
using Iot.Device.Bmxx80;
using Iot.Device.Bmxx80.ReadResult;
using SmartCityNodes.Drivers.Sensors;
using SmartCityNodes.Drivers.Sensors.Environment;

namespace SmartCityNodes.Firmware.Esp32.Sensors
{
    /// <summary>
    /// <see cref="IEnvironmentSensor"/> over nanoFramework's Iot.Device.Bmxx80 binding (BME280 or BME680 on I²C). Each
    /// <see cref="TryRead"/> calls the binding's Read(), which puts the chip in forced mode and sleeps for its measurement
    /// time (a bounded wait: ~10 ms for a BME280 at ×1 oversampling, the heater profile plus TPH for a BME680), then
    /// converts with <see cref="Bmxx80ReadingConverter"/>. Nothing the binding throws reaches the caller: an exception
    /// during a read is <see cref="SensorStatus.BusError"/> (Bmxx80 surfaces I²C failures as exceptions or as garbage that
    /// the range check turns into <see cref="SensorStatus.OutOfRange"/>). The binding allocates its read-result object per
    /// call; that allocation is inside the package and is not ours to remove.
    /// </summary>
    public sealed class Bmxx80EnvironmentSensor : IEnvironmentSensor
    {
        private readonly Bme280 _bme280;
        private readonly Bme680 _bme680;
        private readonly EnvironmentQuantities _supported;
        private readonly SensorPowerProfile _profile;
        private readonly SensorStatus _absentStatus;

        /// <summary>Wraps an opened BME280 (profile <see cref="EnvironmentPowerProfiles.Bme280Forced"/>).</summary>
        /// <param name="sensor">The binding.</param>
        public Bmxx80EnvironmentSensor(Bme280 sensor)
        {
            if (sensor == null)
            {
                throw new ArgumentNullException("sensor");
            }

            _bme280 = sensor;
            _supported = EnvironmentQuantities.Bme280;
            _profile = EnvironmentPowerProfiles.Bme280Forced;
            _absentStatus = SensorStatus.Ok;
        }

        /// <summary>Wraps an opened BME680 (profile <see cref="EnvironmentPowerProfiles.Bme680ForcedWithGas"/>, the binding's default heater profile).</summary>
        /// <param name="sensor">The binding.</param>
        public Bmxx80EnvironmentSensor(Bme680 sensor)
        {
            if (sensor == null)
            {
                throw new ArgumentNullException("sensor");
            }

            _bme680 = sensor;
            _supported = EnvironmentQuantities.Bme680;
            _profile = EnvironmentPowerProfiles.Bme680ForcedWithGas;
            _absentStatus = SensorStatus.Ok;
        }

        private Bmxx80EnvironmentSensor(EnvironmentQuantities supported, SensorPowerProfile profile, SensorStatus absentStatus)
        {
            _supported = supported;
            _profile = profile;
            _absentStatus = absentStatus;
        }

        /// <summary>
        /// Opens a BME280 on <paramref name="device"/>. The binding's constructor reads the chip ID and calibration and
        /// throws when the chip is absent or another chip answers; then the returned sensor reports
        /// <see cref="SensorStatus.WrongDevice"/> on every reading instead of stopping start-up (the next wake, a reboot, tries again).
        /// </summary>
        /// <param name="device">The I²C device at the sensor's address (0x76 or 0x77).</param>
        /// <returns>The sensor; <see cref="IsPresent"/> tells whether the chip was found.</returns>
        public static Bmxx80EnvironmentSensor CreateBme280(I2cDevice device)
        {
            try
            {
                return new Bmxx80EnvironmentSensor(new Bme280(device));
            }
            catch (Exception)
            {
                return new Bmxx80EnvironmentSensor(EnvironmentQuantities.Bme280, EnvironmentPowerProfiles.Bme280Forced, SensorStatus.WrongDevice);
            }
        }

        /// <summary>Opens a BME680 on <paramref name="device"/>; as <see cref="CreateBme280"/> when the chip is not found.</summary>
        /// <param name="device">The I²C device at the sensor's address (0x76 or 0x77).</param>
        /// <returns>The sensor; <see cref="IsPresent"/> tells whether the chip was found.</returns>
        public static Bmxx80EnvironmentSensor CreateBme680(I2cDevice device)
        {
            try
            {
                return new Bmxx80EnvironmentSensor(new Bme680(device));
            }
            catch (Exception)
            {
                return new Bmxx80EnvironmentSensor(EnvironmentQuantities.Bme680, EnvironmentPowerProfiles.Bme680ForcedWithGas, SensorStatus.WrongDevice);
            }
        }

        /// <summary>True when the binding found the chip at start-up.</summary>
        public bool IsPresent
        {
            get { return _absentStatus == SensorStatus.Ok; }
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

        /// <inheritdoc/>
        public bool TryRead(EnvironmentReading reading)
        {
            if (reading == null)
            {
                throw new ArgumentNullException(nameof(reading));
            }

            if (_absentStatus != SensorStatus.Ok)
            {
                Bmxx80ReadingConverter.Fault(reading, _absentStatus);
                return false;
            }

            try
            {
                if (_bme680 != null)
                {
                    Bme680ReadResult result = _bme680.Read();
                    if (result == null)
                    {
                        Bmxx80ReadingConverter.Fault(reading, SensorStatus.NoData);
                    }
                    else
                    {
                        Bmxx80ReadingConverter.Convert(
                            reading,
                            _supported,
                            result.TemperatureIsValid,
                            result.Temperature.DegreesCelsius,
                            result.HumidityIsValid,
                            result.Humidity.Percent,
                            result.PressureIsValid,
                            result.Pressure.Pascals,
                            result.GasResistanceIsValid,
                            result.GasResistance.Ohms);
                    }
                }
                else
                {
                    Bme280ReadResult result = _bme280.Read();
                    if (result == null)
                    {
                        Bmxx80ReadingConverter.Fault(reading, SensorStatus.NoData);
                    }
                    else
                    {
                        Bmxx80ReadingConverter.Convert(
                            reading,
                            _supported,
                            result.TemperatureIsValid,
                            result.Temperature.DegreesCelsius,
                            result.HumidityIsValid,
                            result.Humidity.Percent,
                            result.PressureIsValid,
                            result.Pressure.Pascals,
                            false,
                            0.0);
                    }
                }
            }
            catch (Exception)
            {
                Bmxx80ReadingConverter.Fault(reading, SensorStatus.BusError);
            }

            return reading.Status == SensorStatus.Ok;
        }
    }
}
