// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using SmartCityNodes.Drivers.Sensors;

namespace SmartCityNodes.Applications.Tests.Doubles
{
    /// <summary>A particulate sensor that answers the readings the test queued, and records wake/sleep calls.</summary>
    internal sealed class FakeParticulateSensor : IParticulateSensor
    {
        private readonly Queue<ParticulateReading> _readings = new Queue<ParticulateReading>();

        public SensorStatus WakeAnswer { get; set; }

        public SensorStatus SleepAnswer { get; set; }

        public bool HasPm1 { get; set; } = true;

        public int WakeCount { get; private set; }

        public int SleepCount { get; private set; }

        public int ReadCount { get; private set; }

        public SensorPowerProfile PowerProfile { get; } = new SensorPowerProfile(30000, 1000, 100000, 200);

        /// <summary>Queues one sample in µg/m³ × 10 (the driver's unit).</summary>
        public void Enqueue(int pm1Deci, int pm25Deci, int pm10Deci)
        {
            _readings.Enqueue(new ParticulateReading { Status = SensorStatus.Ok, HasPm1 = HasPm1, Pm1DeciMicrogramsPerCubicMetre = pm1Deci, Pm25DeciMicrogramsPerCubicMetre = pm25Deci, Pm10DeciMicrogramsPerCubicMetre = pm10Deci });
        }

        public void EnqueueFault(SensorStatus status)
        {
            _readings.Enqueue(new ParticulateReading { Status = status });
        }

        public SensorStatus Wake()
        {
            WakeCount++;
            return WakeAnswer;
        }

        public SensorStatus Sleep()
        {
            SleepCount++;
            return SleepAnswer;
        }

        public bool TryRead(ParticulateReading reading)
        {
            ReadCount++;
            ParticulateReading next = _readings.Count > 0 ? _readings.Dequeue() : new ParticulateReading { Status = SensorStatus.Timeout };
            reading.Status = next.Status;
            reading.HasPm1 = next.HasPm1;
            reading.Pm1DeciMicrogramsPerCubicMetre = next.Pm1DeciMicrogramsPerCubicMetre;
            reading.Pm25DeciMicrogramsPerCubicMetre = next.Pm25DeciMicrogramsPerCubicMetre;
            reading.Pm10DeciMicrogramsPerCubicMetre = next.Pm10DeciMicrogramsPerCubicMetre;
            reading.ChecksumErrors = next.ChecksumErrors;
            return reading.Status == SensorStatus.Ok;
        }
    }
}
