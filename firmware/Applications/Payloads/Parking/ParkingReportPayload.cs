// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using System;
using SmartCityNodes.Applications.Common;
using SmartCityNodes.Applications.ParkingNode;
using SmartCityNodes.Hal;

namespace SmartCityNodes.Applications.Payloads.Parking
{
    /// <summary>
    /// Fills <see cref="ParkingNodeReadings"/> from the ParkingNode logic's <see cref="ParkingReport"/>: seconds since
    /// the last change become whole minutes (rounded down: a state is reported as lasted N minutes once N full
    /// minutes have passed), the change counter and the field deviation are copied, and
    /// <see cref="ReportValues.Unknown"/> becomes <see cref="PayloadFormat.Missing"/>.
    /// </summary>
    [HotPath]
    public static class ParkingReportPayload
    {
        /// <summary>Seconds per minute.</summary>
        public const int SecondsPerMinute = 60;

        /// <summary>Copies <paramref name="report"/> into <paramref name="readings"/> (in place, nothing allocated).</summary>
        /// <param name="report">The logic's report of this wake.</param>
        /// <param name="batteryMillivolts">Battery voltage, or <see cref="PayloadFormat.Missing"/>.</param>
        /// <param name="batteryFault">True when the battery monitor failed.</param>
        /// <param name="readings">Filled in place.</param>
        public static void Fill(ParkingReport report, int batteryMillivolts, bool batteryFault, ParkingNodeReadings readings)
        {
            if (report == null || readings == null)
            {
                throw new ArgumentNullException(report == null ? nameof(report) : nameof(readings));
            }

            readings.Occupied = report.Occupied;
            int seconds = report.SecondsSinceLastChange;
            readings.MinutesSinceChange = seconds == ReportValues.Unknown || seconds < 0 ? PayloadFormat.Missing : seconds / SecondsPerMinute;
            readings.ChangeCount = report.EventCounter;
            int deviation = report.FieldDeviationMilligauss;
            readings.MagneticDeviationMilligauss = deviation == ReportValues.Unknown ? PayloadFormat.Missing : deviation;
            readings.BatteryMillivolts = batteryMillivolts;

            ParkingFaults faults = report.Faults;
            ParkingNodeFaults sent = ParkingNodeFaults.None;
            sent |= (faults & ParkingFaults.Magnetometer) != 0 ? ParkingNodeFaults.Magnetometer : ParkingNodeFaults.None;
            sent |= (faults & ParkingFaults.Uncalibrated) != 0 ? ParkingNodeFaults.BaselineNotCalibrated : ParkingNodeFaults.None;
            sent |= batteryFault ? ParkingNodeFaults.BatteryMonitor : ParkingNodeFaults.None;
            readings.Faults = sent;
        }
    }
}
