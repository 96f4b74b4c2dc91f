// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using System;
using SmartCityNodes.Applications.AirNode;
using SmartCityNodes.Applications.Common;
using SmartCityNodes.Hal;

namespace SmartCityNodes.Applications.Payloads.Air
{
    /// <summary>
    /// Fills <see cref="AirNodeReadings"/> from the AirNode logic's <see cref="AirReport"/>: 0.1 °C and 0.1 %RH
    /// become 0.01, whole µg/m³ become 0.1 µg/m³, the PM2.5/PM10 alarm states become the event bits, and
    /// <see cref="ReportValues.Unknown"/> becomes <see cref="PayloadFormat.Missing"/>. The logic has no temperature or
    /// gas alarms yet, so those event bits stay clear.
    /// </summary>
    [HotPath]
    public static class AirReportPayload
    {
        /// <summary>Copies <paramref name="report"/> into <paramref name="readings"/> (in place, nothing allocated).</summary>
        /// <param name="report">The logic's report of this cycle.</param>
        /// <param name="readings">Filled in place.</param>
        public static void Fill(AirReport report, AirNodeReadings readings)
        {
            if (report == null || readings == null)
            {
                throw new ArgumentNullException(report == null ? nameof(report) : nameof(readings));
            }

            readings.TemperatureCentiCelsius = Scaled(report.TemperatureDeciCelsius, 10);
            readings.RelativeHumidityCentiPercent = Scaled(report.RelativeHumidityDeciPercent, 10);
            readings.PressurePascals = Scaled(report.PressurePascals, 1);
            readings.GasResistanceOhms = Scaled(report.GasResistanceOhms, 1);
            readings.Pm1DeciMicrogramsPerCubicMetre = Scaled(report.Pm1MicrogramsPerCubicMetre, 10);
            readings.Pm25DeciMicrogramsPerCubicMetre = Scaled(report.Pm25MicrogramsPerCubicMetre, 10);
            readings.Pm10DeciMicrogramsPerCubicMetre = Scaled(report.Pm10MicrogramsPerCubicMetre, 10);

            AirAlarms alarms = report.Alarms;
            AirNodeEvents events = AirNodeEvents.None;
            events |= (alarms & AirAlarms.Pm25High) != 0 ? AirNodeEvents.Pm25High : AirNodeEvents.None;
            events |= (alarms & AirAlarms.Pm10High) != 0 ? AirNodeEvents.Pm10High : AirNodeEvents.None;
            readings.Events = events;

            AirFaults faults = report.Faults;
            AirNodeFaults sent = AirNodeFaults.None;
            sent |= (faults & AirFaults.EnvironmentSensor) != 0 ? AirNodeFaults.EnvironmentSensor : AirNodeFaults.None;
            sent |= (faults & AirFaults.ParticulateSensor) != 0 ? AirNodeFaults.ParticulateSensor : AirNodeFaults.None;
            readings.Faults = sent;
        }

        private static int Scaled(int value, int factor)
        {
            return value == ReportValues.Unknown ? PayloadFormat.Missing : value * factor;
        }
    }
}
