// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

namespace SmartCityNodes.Drivers.Sensors
{
    /// <summary>One magnetic-field sample in milligauss per axis (1 mG = 0.1 µT), in the sensor's own axes.</summary>
    /// <remarks>
    /// A class the caller creates once at start-up and the driver fills in place on every reading: on nanoCLR a struct
    /// would be a heap block per local, copy and return (docs/nano-allocation-rules.md).
    /// </remarks>
    public sealed class MagneticFieldReading
    {
        /// <summary>Outcome; the field values are meaningful only when this is <see cref="SensorStatus.Ok"/>.</summary>
        public SensorStatus Status;

        /// <summary>X axis in milligauss.</summary>
        public int XMilligauss;

        /// <summary>Y axis in milligauss.</summary>
        public int YMilligauss;

        /// <summary>Z axis in milligauss.</summary>
        public int ZMilligauss;

        /// <summary>True when the application should flag this reading as faulty in its payload.</summary>
        public bool IsFault
        {
            get { return Status != SensorStatus.Ok; }
        }

        /// <summary>Resets every field to its default (status <see cref="SensorStatus.Ok"/>, values 0), as a fresh reading.</summary>
        public void Clear()
        {
            Status = SensorStatus.Ok;
            XMilligauss = 0;
            YMilligauss = 0;
            ZMilligauss = 0;
        }
    }
}
