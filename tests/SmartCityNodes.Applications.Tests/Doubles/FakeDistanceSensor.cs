// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using SmartCityNodes.Drivers.Sensors;

namespace SmartCityNodes.Applications.Tests.Doubles
{
    /// <summary>A ranger that returns the distance or status the test sets.</summary>
    internal sealed class FakeDistanceSensor : IDistanceSensor
    {
        public SensorStatus Status { get; set; }

        public int DistanceMillimetres { get; set; }

        public int ReadCount { get; private set; }

        public SensorPowerProfile PowerProfile => new SensorPowerProfile(500, 300, 8000, 5000);

        public bool TryRead(out DistanceReading reading)
        {
            ReadCount++;
            reading = new DistanceReading { Status = Status, DistanceMillimetres = Status == SensorStatus.Ok ? DistanceMillimetres : 0, ValidSamples = 5 };
            return Status == SensorStatus.Ok;
        }
    }
}
