// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using System;
using SmartCityNodes.Applications.BinNode;
using SmartCityNodes.Applications.Common;
using SmartCityNodes.Hal;

namespace SmartCityNodes.Applications.Payloads.Bin
{
    /// <summary>
    /// Fills <see cref="BinNodeReadings"/> from the BinNode logic's <see cref="BinReport"/>, so that the image sends
    /// what the logic decided. The event bits carry the alarm state (full, fire, tilt as latched by the logic) and
    /// this wake's pickup; <see cref="ReportValues.Unknown"/> becomes <see cref="PayloadFormat.Missing"/>.
    /// </summary>
    [HotPath]
    public static class BinReportPayload
    {
        /// <summary>Copies <paramref name="report"/> into <paramref name="readings"/> (in place, nothing allocated).</summary>
        /// <param name="report">The logic's report of this wake.</param>
        /// <param name="batteryMillivolts">Battery voltage, or <see cref="PayloadFormat.Missing"/>.</param>
        /// <param name="batteryFault">True when the battery monitor failed.</param>
        /// <param name="readings">Filled in place.</param>
        public static void Fill(BinReport report, int batteryMillivolts, bool batteryFault, BinNodeReadings readings)
        {
            if (report == null || readings == null)
            {
                throw new ArgumentNullException(report == null ? nameof(report) : nameof(readings));
            }

            readings.FillLevelPercent = Known(report.FillPercent);
            readings.DistanceMillimetres = Known(report.DistanceMillimetres);
            int temperature = report.TemperatureDeciCelsius;
            readings.TemperatureCentiCelsius = temperature == ReportValues.Unknown ? PayloadFormat.Missing : temperature * 10;
            readings.BatteryMillivolts = batteryMillivolts;

            BinAlarms alarms = report.Alarms;
            BinNodeEvents events = BinNodeEvents.None;
            events |= (alarms & BinAlarms.Full) != 0 ? BinNodeEvents.Full : BinNodeEvents.None;
            events |= (alarms & BinAlarms.Fire) != 0 ? BinNodeEvents.Fire : BinNodeEvents.None;
            events |= (alarms & BinAlarms.Tilt) != 0 ? BinNodeEvents.Tilt : BinNodeEvents.None;
            events |= (report.Events & BinEvents.Pickup) != 0 ? BinNodeEvents.Pickup : BinNodeEvents.None;
            readings.Events = events;

            // DistanceBeyondBottom is a plausible echo the geometry cannot place: the logic leaves the fill level
            // unknown and the distance stands, so it is not a ranger fault here.
            BinFaults faults = report.Faults;
            BinNodeFaults sent = BinNodeFaults.None;
            sent |= (faults & BinFaults.DistanceSensor) != 0 ? BinNodeFaults.DistanceSensor : BinNodeFaults.None;
            sent |= (faults & BinFaults.TemperatureSensor) != 0 ? BinNodeFaults.TemperatureSensor : BinNodeFaults.None;
            sent |= batteryFault ? BinNodeFaults.BatteryMonitor : BinNodeFaults.None;
            readings.Faults = sent;
        }

        private static int Known(int value)
        {
            return value == ReportValues.Unknown ? PayloadFormat.Missing : value;
        }
    }
}
