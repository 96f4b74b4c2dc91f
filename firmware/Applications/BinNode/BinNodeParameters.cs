// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using SmartCityNodes.Applications.Common;

namespace SmartCityNodes.Applications.BinNode
{
    /// <summary>
    /// Everything a BinNode installation can tune (node configuration, remote-config downlinks). Each property has a
    /// real default and a documented range; <see cref="Validate"/> names the first bad field.
    /// </summary>
    public sealed class BinNodeParameters : IApplicationParameters
    {
        /// <summary>Longest distance the supported rangers measure (JSN-SR04T v3: 6000 mm); offset + depth must fit.</summary>
        public const int MaximumRangeMillimetres = 6000;

        /// <summary>Distance from the full line (100 %) down to the bin bottom (0 %), mm. Default 1000 (a 1100 l wheelie bin is about 1 m deep); 100..5000.</summary>
        public int BinDepthMillimetres { get; set; } = 1000;

        /// <summary>Distance from the sensor face down to the full line, mm. Default 100; 0..2000. Must exceed the ranger's blind zone (A02YYUW 30 mm, JSN-SR04T 200 mm) to see a full bin.</summary>
        public int MountingOffsetMillimetres { get; set; } = 100;

        /// <summary>Pings per reading, whose median the driver returns. Default 5; 1..15 (the drivers' maximum).</summary>
        public int SamplesPerReading { get; set; } = 5;

        /// <summary>
        /// The speed of sound the ranger assumes when it turns time of flight into mm, mm/s; 0 = the module compensates
        /// itself (no correction). Default 343400 (20 °C, our assumption for the A02YYUW); 340000 for the JSN-SR04T v3;
        /// 0 or 320000..360000.
        /// </summary>
        public int AssumedSpeedOfSoundMillimetresPerSecond { get; set; } = SpeedOfSound.At20CelsiusMillimetresPerSecond;

        /// <summary>Wake interval for a measurement, s. Default 900 (15 min); 60..86400.</summary>
        public int MeasureIntervalSeconds { get; set; } = 900;

        /// <summary>Wake interval while the fire alarm is active, s. Default 60; 10..3600 and at most <see cref="MeasureIntervalSeconds"/>.</summary>
        public int AlarmMeasureIntervalSeconds { get; set; } = 60;

        /// <summary>Report at least this often, s. Default 43200 (12 h); <see cref="MeasureIntervalSeconds"/>..604800 (Dingtek DF702 allows 1..168 h).</summary>
        public int PeriodicReportSeconds { get; set; } = 43200;

        /// <summary>Report when the fill moved this much since the last report, %. Default 10; 1..100.</summary>
        public int SignificantChangePercent { get; set; } = 10;

        /// <summary>Full alarm at or above this fill, %. Default 80; 1..100.</summary>
        public int FullRaisePercent { get; set; } = 80;

        /// <summary>Full alarm ends below this fill, %. Default 70; 0..<see cref="FullRaisePercent"/> − 1.</summary>
        public int FullClearPercent { get; set; } = 70;

        /// <summary>A drop of at least this much between two measurements is a pickup, %. Default 30; 5..100.</summary>
        public int PickupDropPercent { get; set; } = 30;

        /// <summary>Fire alarm at or above this temperature, 0.1 °C. Default 700 (70 °C; Dingtek DF702's codec example uses 75 °C); 300..1250 (the BME280 reads to 85 °C, so 85 °C is the practical top).</summary>
        public int FireRaiseDeciCelsius { get; set; } = 700;

        /// <summary>Fire alarm ends below this temperature (and with the rise rate below its limit), 0.1 °C. Default 500; 0..<see cref="FireRaiseDeciCelsius"/> − 1.</summary>
        public int FireClearDeciCelsius { get; set; } = 500;

        /// <summary>Fire alarm when temperature rises at least this fast between two measurements, 0.1 °C/min. Default 83 (8.3 °C/min = 15 °F/min, the usual rate-of-rise setting of combination heat detectors); 10..500.</summary>
        public int FireRiseDeciCelsiusPerMinute { get; set; } = 83;

        /// <summary>Whether the tilt switch raises alarms. Default true.</summary>
        public bool TiltAlarmEnabled { get; set; } = true;

        /// <summary>Checks every field against its range and the fields against each other.</summary>
        /// <returns>Null when valid, else the name of the first bad property.</returns>
        public string Validate()
        {
            if (!IntegerMath.InRange(BinDepthMillimetres, 100, 5000))
            {
                return nameof(BinDepthMillimetres);
            }

            if (!IntegerMath.InRange(MountingOffsetMillimetres, 0, 2000))
            {
                return nameof(MountingOffsetMillimetres);
            }

            if (MountingOffsetMillimetres + BinDepthMillimetres > MaximumRangeMillimetres)
            {
                return nameof(BinDepthMillimetres);
            }

            if (!IntegerMath.InRange(SamplesPerReading, 1, 15))
            {
                return nameof(SamplesPerReading);
            }

            if (AssumedSpeedOfSoundMillimetresPerSecond != 0 && !IntegerMath.InRange(AssumedSpeedOfSoundMillimetresPerSecond, 320000, 360000))
            {
                return nameof(AssumedSpeedOfSoundMillimetresPerSecond);
            }

            if (!IntegerMath.InRange(MeasureIntervalSeconds, 60, 86400))
            {
                return nameof(MeasureIntervalSeconds);
            }

            if (!IntegerMath.InRange(AlarmMeasureIntervalSeconds, 10, 3600) || AlarmMeasureIntervalSeconds > MeasureIntervalSeconds)
            {
                return nameof(AlarmMeasureIntervalSeconds);
            }

            if (!IntegerMath.InRange(PeriodicReportSeconds, MeasureIntervalSeconds, 604800))
            {
                return nameof(PeriodicReportSeconds);
            }

            if (!IntegerMath.InRange(SignificantChangePercent, 1, 100))
            {
                return nameof(SignificantChangePercent);
            }

            if (!IntegerMath.InRange(FullRaisePercent, 1, 100))
            {
                return nameof(FullRaisePercent);
            }

            if (!IntegerMath.InRange(FullClearPercent, 0, FullRaisePercent - 1))
            {
                return nameof(FullClearPercent);
            }

            if (!IntegerMath.InRange(PickupDropPercent, 5, 100))
            {
                return nameof(PickupDropPercent);
            }

            if (!IntegerMath.InRange(FireRaiseDeciCelsius, 300, 1250))
            {
                return nameof(FireRaiseDeciCelsius);
            }

            if (!IntegerMath.InRange(FireClearDeciCelsius, 0, FireRaiseDeciCelsius - 1))
            {
                return nameof(FireClearDeciCelsius);
            }

            if (!IntegerMath.InRange(FireRiseDeciCelsiusPerMinute, 10, 500))
            {
                return nameof(FireRiseDeciCelsiusPerMinute);
            }

            return null;
        }

        /// <summary>Copies every field of <paramref name="other"/>, a <see cref="BinNodeParameters"/> (no allocation).</summary>
        /// <param name="other">Parameters to copy.</param>
        public void CopyFrom(IApplicationParameters other)
        {
            BinNodeParameters source = (BinNodeParameters)other;
            BinDepthMillimetres = source.BinDepthMillimetres;
            MountingOffsetMillimetres = source.MountingOffsetMillimetres;
            SamplesPerReading = source.SamplesPerReading;
            AssumedSpeedOfSoundMillimetresPerSecond = source.AssumedSpeedOfSoundMillimetresPerSecond;
            MeasureIntervalSeconds = source.MeasureIntervalSeconds;
            AlarmMeasureIntervalSeconds = source.AlarmMeasureIntervalSeconds;
            PeriodicReportSeconds = source.PeriodicReportSeconds;
            SignificantChangePercent = source.SignificantChangePercent;
            FullRaisePercent = source.FullRaisePercent;
            FullClearPercent = source.FullClearPercent;
            PickupDropPercent = source.PickupDropPercent;
            FireRaiseDeciCelsius = source.FireRaiseDeciCelsius;
            FireClearDeciCelsius = source.FireClearDeciCelsius;
            FireRiseDeciCelsiusPerMinute = source.FireRiseDeciCelsiusPerMinute;
            TiltAlarmEnabled = source.TiltAlarmEnabled;
        }
    }
}
