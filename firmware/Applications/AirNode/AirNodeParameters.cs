// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using SmartCityNodes.Applications.Common;

namespace SmartCityNodes.Applications.AirNode
{
    /// <summary>
    /// Everything an AirNode installation can tune. Each property has a real default and a range; <see cref="Validate"/>
    /// names the first bad field. Default thresholds follow the US EPA 2024 PM AQI breakpoints (PM2.5 above 35.4 µg/m³
    /// and PM10 above 154 µg/m³ begin "unhealthy for sensitive groups"); the EPA defines them on 24-hour means, here they
    /// are alert levels on a few-second average, to be tuned per deployment.
    /// </summary>
    public sealed class AirNodeParameters : IApplicationParameters
    {
        /// <summary>Time between particulate cycles (sensor wake to sensor wake), s. Default 1800; 300..86400.</summary>
        public int CycleIntervalSeconds { get; set; } = 1800;

        /// <summary>Fan warm-up before the first sample, s. Default 30; 30..120 (PMS5003 manual and SDS011 datasheet: 30 s).</summary>
        public int WarmUpSeconds { get; set; } = 30;

        /// <summary>Samples averaged per cycle. Default 3; 1..10.</summary>
        public int SampleCount { get; set; } = 3;

        /// <summary>Time between samples, s. Default 2; 1..60 (PMS5003 and SDS011 refresh about once a second).</summary>
        public int SampleIntervalSeconds { get; set; } = 2;

        /// <summary>Report at least this often, s. Default 3600; <see cref="CycleIntervalSeconds"/>..86400.</summary>
        public int PeriodicReportSeconds { get; set; } = 3600;

        /// <summary>PM2.5 episode starts at or above this, µg/m³. Default 36 (35.5 rounded up); 1..1000.</summary>
        public int Pm25RaiseMicrogramsPerCubicMetre { get; set; } = 36;

        /// <summary>PM2.5 episode ends below this, µg/m³. Default 30; 0..raise − 1.</summary>
        public int Pm25ClearMicrogramsPerCubicMetre { get; set; } = 30;

        /// <summary>PM10 episode starts at or above this, µg/m³. Default 155; 1..1000.</summary>
        public int Pm10RaiseMicrogramsPerCubicMetre { get; set; } = 155;

        /// <summary>PM10 episode ends below this, µg/m³. Default 130; 0..raise − 1.</summary>
        public int Pm10ClearMicrogramsPerCubicMetre { get; set; } = 130;

        /// <summary>Checks every field.</summary>
        /// <returns>Null when valid, else the name of the first bad property.</returns>
        public string Validate()
        {
            if (!IntegerMath.InRange(CycleIntervalSeconds, 300, 86400))
            {
                return nameof(CycleIntervalSeconds);
            }

            if (!IntegerMath.InRange(WarmUpSeconds, 30, 120))
            {
                return nameof(WarmUpSeconds);
            }

            if (!IntegerMath.InRange(SampleCount, 1, 10))
            {
                return nameof(SampleCount);
            }

            if (!IntegerMath.InRange(SampleIntervalSeconds, 1, 60))
            {
                return nameof(SampleIntervalSeconds);
            }

            if (!IntegerMath.InRange(PeriodicReportSeconds, CycleIntervalSeconds, 86400))
            {
                return nameof(PeriodicReportSeconds);
            }

            if (!IntegerMath.InRange(Pm25RaiseMicrogramsPerCubicMetre, 1, 1000))
            {
                return nameof(Pm25RaiseMicrogramsPerCubicMetre);
            }

            if (!IntegerMath.InRange(Pm25ClearMicrogramsPerCubicMetre, 0, Pm25RaiseMicrogramsPerCubicMetre - 1))
            {
                return nameof(Pm25ClearMicrogramsPerCubicMetre);
            }

            if (!IntegerMath.InRange(Pm10RaiseMicrogramsPerCubicMetre, 1, 1000))
            {
                return nameof(Pm10RaiseMicrogramsPerCubicMetre);
            }

            if (!IntegerMath.InRange(Pm10ClearMicrogramsPerCubicMetre, 0, Pm10RaiseMicrogramsPerCubicMetre - 1))
            {
                return nameof(Pm10ClearMicrogramsPerCubicMetre);
            }

            // The sensor must be asleep again before the next cycle starts.
            if (WarmUpSeconds + ((SampleCount - 1) * SampleIntervalSeconds) >= CycleIntervalSeconds)
            {
                return nameof(SampleCount);
            }

            return null;
        }

        /// <summary>Copies every field of <paramref name="other"/>, a <see cref="AirNodeParameters"/> (no allocation).</summary>
        /// <param name="other">Parameters to copy.</param>
        public void CopyFrom(IApplicationParameters other)
        {
            AirNodeParameters source = (AirNodeParameters)other;
            CycleIntervalSeconds = source.CycleIntervalSeconds;
            WarmUpSeconds = source.WarmUpSeconds;
            SampleCount = source.SampleCount;
            SampleIntervalSeconds = source.SampleIntervalSeconds;
            PeriodicReportSeconds = source.PeriodicReportSeconds;
            Pm25RaiseMicrogramsPerCubicMetre = source.Pm25RaiseMicrogramsPerCubicMetre;
            Pm25ClearMicrogramsPerCubicMetre = source.Pm25ClearMicrogramsPerCubicMetre;
            Pm10RaiseMicrogramsPerCubicMetre = source.Pm10RaiseMicrogramsPerCubicMetre;
            Pm10ClearMicrogramsPerCubicMetre = source.Pm10ClearMicrogramsPerCubicMetre;
        }
    }
}
