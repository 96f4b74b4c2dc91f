// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using SmartCityNodes.Applications.Common;

namespace SmartCityNodes.Applications.AirNode
{
    /// <summary>What an AirNode wake decided, filled in place by <see cref="AirNodeLogic.Complete"/>. Values are only filled when a cycle finishes.</summary>
    public sealed class AirReport
    {
        /// <summary>Why to send now; <see cref="ReportReason.None"/> = no uplink this wake.</summary>
        public ReportReason Reason { get; set; }

        /// <summary>True when <see cref="Reason"/> is not <see cref="ReportReason.None"/>.</summary>
        public bool ShouldSend
        {
            get { return Reason != ReportReason.None; }
        }

        /// <summary>True when a particulate cycle finished at this wake and the value fields hold its results.</summary>
        public bool CycleCompleted { get; set; }

        /// <summary>Threshold crossings of this cycle.</summary>
        public AirEvents Events { get; set; }

        /// <summary>Threshold states now.</summary>
        public AirAlarms Alarms { get; set; }

        /// <summary>Faults of this cycle.</summary>
        public AirFaults Faults { get; set; }

        /// <summary>Last non-OK particulate status code of the cycle (SensorStatus value; 0 = none).</summary>
        public byte ParticulateSensorStatus { get; set; }

        /// <summary>Environment sensor status code (SensorStatus value; 0 = ok).</summary>
        public byte EnvironmentSensorStatus { get; set; }

        /// <summary>Temperature, 0.1 °C, or <see cref="ReportValues.Unknown"/>.</summary>
        public int TemperatureDeciCelsius { get; set; }

        /// <summary>Relative humidity, 0.1 %, or <see cref="ReportValues.Unknown"/>.</summary>
        public int RelativeHumidityDeciPercent { get; set; }

        /// <summary>Pressure, Pa, or <see cref="ReportValues.Unknown"/>.</summary>
        public int PressurePascals { get; set; }

        /// <summary>Gas resistance, Ω (BME680 only), or <see cref="ReportValues.Unknown"/>.</summary>
        public int GasResistanceOhms { get; set; }

        /// <summary>Mean PM1 of the cycle, µg/m³, or <see cref="ReportValues.Unknown"/> (SDS011 has none).</summary>
        public int Pm1MicrogramsPerCubicMetre { get; set; }

        /// <summary>Mean PM2.5 of the cycle, µg/m³, or <see cref="ReportValues.Unknown"/>.</summary>
        public int Pm25MicrogramsPerCubicMetre { get; set; }

        /// <summary>Mean PM10 of the cycle, µg/m³, or <see cref="ReportValues.Unknown"/>.</summary>
        public int Pm10MicrogramsPerCubicMetre { get; set; }

        /// <summary>Valid particulate samples in the means.</summary>
        public int ParticulateSamples { get; set; }

        /// <summary>Absolute time at which the node must wake next, ms.</summary>
        public long NextWakeAtMilliseconds { get; set; }

        /// <summary>Resets every field.</summary>
        public void Clear()
        {
            Reason = ReportReason.None;
            CycleCompleted = false;
            Events = AirEvents.None;
            Alarms = AirAlarms.None;
            Faults = AirFaults.None;
            ParticulateSensorStatus = 0;
            EnvironmentSensorStatus = 0;
            TemperatureDeciCelsius = ReportValues.Unknown;
            RelativeHumidityDeciPercent = ReportValues.Unknown;
            PressurePascals = ReportValues.Unknown;
            GasResistanceOhms = ReportValues.Unknown;
            Pm1MicrogramsPerCubicMetre = ReportValues.Unknown;
            Pm25MicrogramsPerCubicMetre = ReportValues.Unknown;
            Pm10MicrogramsPerCubicMetre = ReportValues.Unknown;
            ParticulateSamples = 0;
            NextWakeAtMilliseconds = 0;
        }
    }
}
