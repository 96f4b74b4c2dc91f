// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using SmartCityNodes.Drivers.Sensors;
using SmartCityNodes.Drivers.Sensors.Environment;

namespace SmartCityNodes.Applications.AirNode
{
    /// <summary>What <see cref="AirMeasurement"/> did at this wake, filled in place and read by <see cref="AirNodeLogic.Complete"/>.</summary>
    public sealed class AirReadings
    {
        /// <summary>The step that was performed.</summary>
        public AirStep Step { get; set; }

        /// <summary>Answer to the wake command (for <see cref="AirStep.WakeParticulateSensor"/>).</summary>
        public SensorStatus WakeStatus { get; set; }

        /// <summary>Status of the particulate sample (for <see cref="AirStep.Sample"/> and <see cref="AirStep.FinalSample"/>).</summary>
        public SensorStatus ParticulateStatus { get; set; }

        /// <summary>Whether the sensor reports PM1 (PMS5003 yes, SDS011 no).</summary>
        public bool HasPm1 { get; set; }

        /// <summary>PM1 in 0.1 µg/m³.</summary>
        public int Pm1DeciMicrogramsPerCubicMetre { get; set; }

        /// <summary>PM2.5 in 0.1 µg/m³.</summary>
        public int Pm25DeciMicrogramsPerCubicMetre { get; set; }

        /// <summary>PM10 in 0.1 µg/m³.</summary>
        public int Pm10DeciMicrogramsPerCubicMetre { get; set; }

        /// <summary>Answer to the sleep command (for <see cref="AirStep.FinalSample"/>).</summary>
        public SensorStatus SleepStatus { get; set; }

        /// <summary>Status of the environment reading (for <see cref="AirStep.FinalSample"/>).</summary>
        public SensorStatus EnvironmentStatus { get; set; }

        /// <summary>Which environment quantities are valid.</summary>
        public EnvironmentQuantities EnvironmentValid { get; set; }

        /// <summary>Temperature, 0.01 °C.</summary>
        public int TemperatureCentiCelsius { get; set; }

        /// <summary>Relative humidity, 0.01 %.</summary>
        public int RelativeHumidityCentiPercent { get; set; }

        /// <summary>Pressure, Pa.</summary>
        public int PressurePascals { get; set; }

        /// <summary>BME680 gas-sensor resistance, Ω.</summary>
        public int GasResistanceOhms { get; set; }

        /// <summary>Resets every field to "not done".</summary>
        public void Clear()
        {
            Step = AirStep.None;
            WakeStatus = SensorStatus.NoData;
            ParticulateStatus = SensorStatus.NoData;
            HasPm1 = false;
            Pm1DeciMicrogramsPerCubicMetre = 0;
            Pm25DeciMicrogramsPerCubicMetre = 0;
            Pm10DeciMicrogramsPerCubicMetre = 0;
            SleepStatus = SensorStatus.NoData;
            EnvironmentStatus = SensorStatus.NoData;
            EnvironmentValid = EnvironmentQuantities.None;
            TemperatureCentiCelsius = 0;
            RelativeHumidityCentiPercent = 0;
            PressurePascals = 0;
            GasResistanceOhms = 0;
        }
    }
}
