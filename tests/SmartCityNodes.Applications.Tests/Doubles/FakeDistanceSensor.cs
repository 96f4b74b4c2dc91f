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

        public SensorPowerProfile PowerProfile { get; } = new SensorPowerProfile(500, 300, 8000, 5000);

        public bool TryRead(DistanceReading reading)
        {
            ReadCount++;
            reading.Clear();
            reading.Status = Status;
            reading.DistanceMillimetres = Status == SensorStatus.Ok ? DistanceMillimetres : 0;
            reading.ValidSamples = 5;
            return Status == SensorStatus.Ok;
        }
    }
}
