// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

namespace SmartCityNodes.Drivers.Sensors
{
    /// <summary>One distance measurement: the median of the valid samples a ranger collected.</summary>
    /// <remarks>
    /// A class the caller creates once at start-up and the driver fills in place on every reading: on nanoCLR a struct
    /// would be a heap block per local, copy and return (docs/nano-allocation-rules.md).
    /// </remarks>
    public sealed class DistanceReading
    {
        /// <summary>Outcome; <see cref="DistanceMillimetres"/> is meaningful only when this is <see cref="SensorStatus.Ok"/>.</summary>
        public SensorStatus Status;

        /// <summary>Median distance in millimetres.</summary>
        public int DistanceMillimetres;

        /// <summary>Frames that passed their checksum and lay inside the sensor's range.</summary>
        public int ValidSamples;

        /// <summary>Frames that passed their checksum but lay outside the sensor's range.</summary>
        public int RejectedSamples;

        /// <summary>Frames that failed their checksum.</summary>
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
            DistanceMillimetres = 0;
            ValidSamples = 0;
            RejectedSamples = 0;
            ChecksumErrors = 0;
        }
    }
}
