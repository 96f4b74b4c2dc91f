// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

namespace SmartCityNodes.Drivers.Sensors
{
    /// <summary>
    /// Particulate mass concentrations in tenths of a microgram per cubic metre (0.1 µg/m³ steps, the SDS011's
    /// resolution; PMS5003 values are whole µg/m³ multiplied by 10).
    /// </summary>
    /// <remarks>
    /// A class the caller creates once at start-up and the driver fills in place on every reading: on nanoCLR a struct
    /// would be a heap block per local, copy and return (docs/nano-allocation-rules.md).
    /// </remarks>
    public sealed class ParticulateReading
    {
        /// <summary>Outcome; the concentrations are meaningful only when this is <see cref="SensorStatus.Ok"/>.</summary>
        public SensorStatus Status;

        /// <summary>True when the sensor measures PM1.0 (PMS5003); false for SDS011.</summary>
        public bool HasPm1;

        /// <summary>PM1.0 in 0.1 µg/m³ (0 when <see cref="HasPm1"/> is false).</summary>
        public int Pm1DeciMicrogramsPerCubicMetre;

        /// <summary>PM2.5 in 0.1 µg/m³.</summary>
        public int Pm25DeciMicrogramsPerCubicMetre;

        /// <summary>PM10 in 0.1 µg/m³.</summary>
        public int Pm10DeciMicrogramsPerCubicMetre;

        /// <summary>Frames that failed their checksum while this reading was taken.</summary>
        public int ChecksumErrors;

        /// <summary>True when the application should flag this reading as faulty in its payload.</summary>
        public bool IsFault
        {
            get { return Status != SensorStatus.Ok; }
        }

        /// <summary>Resets every field to its default (status <see cref="SensorStatus.Ok"/>, values 0), as a fresh reading.</summary>
        public void Clear()
        {
            Status = SensorStatus.Ok;
            HasPm1 = false;
            Pm1DeciMicrogramsPerCubicMetre = 0;
            Pm25DeciMicrogramsPerCubicMetre = 0;
            Pm10DeciMicrogramsPerCubicMetre = 0;
            ChecksumErrors = 0;
        }
    }
}
