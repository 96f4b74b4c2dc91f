// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

namespace SmartCityNodes.Drivers.Sensors.Environment
{
    /// <summary>
    /// Energy figures for the Bosch sensors the device adapter wraps, for the energy ledger. Each property makes a new
    /// profile: read it once when the sensor is created. Properties rather than static readonly fields, so this type
    /// has no static constructor for nanoCLR to run on every wake (docs/static-constructors.md).
    /// </summary>
    public static class EnvironmentPowerProfiles
    {
        /// <summary>
        /// BME280, forced mode, ×1 oversampling of T, P and H. Start-up 2 ms (datasheet BST-BME280-DS002 table 1,
        /// t_startup); t_measure,max = 1.25 + 2.3·1 + (2.3·1 + 0.575) + (2.3·1 + 0.575) = 9.3 ms (section 9.1); peak
        /// current during the pressure conversion 714 µA (table 1, I_DDP; bounds the T and H phases); sleep 0.1 µA (table 1,
        /// I_DDSL), rounded up to 1 µA.
        /// </summary>
        public static SensorPowerProfile Bme280Forced
        {
            get { return new SensorPowerProfile(2, 10, 714, 1); }
        }

        /// <summary>
        /// BME680, forced mode with one gas measurement: TPH as for the BME280 plus a heater phase (Iot.Device.Bmxx80's
        /// default heater profile, 150 ms; the adapter should use the binding's GetMeasurementDuration for its own profile),
        /// up to 12 mA with the heater on (datasheet BST-BME680-DS001 table 1: "0.09–12 mA for p/h/T/gas depending on
        /// operation mode"); sleep 0.15 µA (table 1), rounded up to 1 µA.
        /// </summary>
        public static SensorPowerProfile Bme680ForcedWithGas
        {
            get { return new SensorPowerProfile(2, 160, 12000, 1); }
        }
    }
}
