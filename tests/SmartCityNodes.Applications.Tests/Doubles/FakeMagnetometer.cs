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

        public SensorPowerProfile PowerProfile => new SensorPowerProfile(5, 5, 75, 3);

        public bool TryRead(out MagneticFieldReading reading)
        {
            ReadCount++;
            if (FailNext > 0)
            {
                FailNext--;
                reading = new MagneticFieldReading { Status = SensorStatus.Nack };
                return false;
            }

            reading = new MagneticFieldReading { Status = Status, XMilligauss = X, YMilligauss = Y, ZMilligauss = Z };
            X += XStepPerRead;
            return Status == SensorStatus.Ok;
        }
    }
}
