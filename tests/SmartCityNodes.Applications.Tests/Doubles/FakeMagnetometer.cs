// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using SmartCityNodes.Drivers.Sensors;

namespace SmartCityNodes.Applications.Tests.Doubles
{
    /// <summary>A magnetometer that returns the field or status the test sets.</summary>
    internal sealed class FakeMagnetometer : IMagnetometer
    {
        public SensorStatus Status { get; set; }

        public int X { get; set; }

        public int Y { get; set; }

        public int Z { get; set; }

        /// <summary>Added to X on every read (a field that drifts while the calibration runs).</summary>
        public int XStepPerRead { get; set; }

        /// <summary>Reads that fail with <see cref="SensorStatus.Nack"/> before the set status applies.</summary>
        public int FailNext { get; set; }

        public int ReadCount { get; private set; }

        public SensorPowerProfile PowerProfile { get; } = new SensorPowerProfile(5, 5, 75, 3);

        public bool TryRead(MagneticFieldReading reading)
        {
            ReadCount++;
            if (FailNext > 0)
            {
                FailNext--;
                reading.Clear();
                reading.Status = SensorStatus.Nack;
                return false;
            }

            reading.Status = Status;
            reading.XMilligauss = X;
            reading.YMilligauss = Y;
            reading.ZMilligauss = Z;
            X += XStepPerRead;
            return Status == SensorStatus.Ok;
        }
    }
}
