// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using SmartCityNodes.Drivers.Sensors.Battery;
using SmartCityNodes.Hal;
using SmartCityNodes.Runtime;

namespace SmartCityNodes.Applications.Common
{
    /// <summary>
    /// The runtime's <see cref="IBatteryGauge"/> over a <see cref="BatteryMonitor"/> (divider, averaging, calibration):
    /// the battery millivolts of the status message and of every report, or 0 ("not read") when the monitor reports a
    /// fault — input saturated, nothing connected — so a broken divider never passes for a voltage. Allocates nothing
    /// per reading (the reading object is created once).
    /// </summary>
    public sealed class BatteryMonitorGauge : IBatteryGauge
    {
        private readonly BatteryMonitor _monitor;
        private readonly BatteryReading _reading = new BatteryReading();

        /// <summary>Creates the gauge (start-up only).</summary>
        /// <param name="monitor">The board's monitor (not null), e.g. from BoardBatteryMonitors.Create.</param>
        public BatteryMonitorGauge(BatteryMonitor monitor)
        {
            if (monitor == null)
            {
                throw new System.ArgumentNullException(nameof(monitor));
            }

            _monitor = monitor;
        }

        /// <summary>The last reading in full (status, state of charge, raw average), for diagnostics.</summary>
        public BatteryReading LastReading
        {
            get { return _reading; }
        }

        /// <inheritdoc />
        [HotPath]
        public int ReadMillivolts()
        {
            return _monitor.TryRead(_reading) && _reading.VoltageMillivolts > 0 ? _reading.VoltageMillivolts : 0;
        }
    }
}
