// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

namespace SmartCityNodes.Drivers.Sensors
{
    /// <summary>One magnetic-field sample in milligauss per axis (1 mG = 0.1 µT), in the sensor's own axes.</summary>
    public struct MagneticFieldReading
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
    }
}
