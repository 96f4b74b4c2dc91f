// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

namespace SmartCityNodes.Applications.Payloads.Air
{
    /// <summary>
    /// What one AirNode uplink reports, in the units the drivers deliver (EnvironmentReading, ParticulateReading).
    /// Created once at start-up and filled in place. A field set to <see cref="PayloadFormat.Missing"/> (for
    /// example PM1 from an SDS011, which does not measure it) is sent as its fault value.
    /// </summary>
    public sealed class AirNodeReadings
    {
        /// <summary>Temperature in 0.01 °C; sent at 0.1 °C from -40.0 to +164.6 °C.</summary>
        public int TemperatureCentiCelsius;

        /// <summary>Relative humidity in 0.01 %; sent at 1 % from 0 to 100 %.</summary>
        public int RelativeHumidityCentiPercent;

        /// <summary>Pressure in pascals; sent at 1 hPa from 300 to 1322 hPa.</summary>
        public int PressurePascals;

        /// <summary>BME680 gas resistance in ohms; sent with 3 significant digits from 0 Ω to 102.2 MΩ.</summary>
        public int GasResistanceOhms;

        /// <summary>PM1 in 0.1 µg/m³; sent at 1 µg/m³ from 0 to 1022.</summary>
        public int Pm1DeciMicrogramsPerCubicMetre;

        /// <summary>PM2.5 in 0.1 µg/m³; sent at 1 µg/m³ from 0 to 1022.</summary>
        public int Pm25DeciMicrogramsPerCubicMetre;

        /// <summary>PM10 in 0.1 µg/m³; sent at 1 µg/m³ from 0 to 1022.</summary>
        public int Pm10DeciMicrogramsPerCubicMetre;

        /// <summary>Thresholds crossed.</summary>
        public AirNodeEvents Events;

        /// <summary>Sensors that failed.</summary>
        public AirNodeFaults Faults;
    }
}
