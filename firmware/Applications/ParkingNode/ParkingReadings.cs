// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using SmartCityNodes.Drivers.Sensors;

namespace SmartCityNodes.Applications.ParkingNode
{
    /// <summary>One magnetometer reading, filled in place by <see cref="ParkingMeasurement"/> (or a test).</summary>
    public sealed class ParkingReadings
    {
        /// <summary>Read status.</summary>
        public SensorStatus Status { get; set; }

        /// <summary>X field, mG.</summary>
        public int XMilligauss { get; set; }

        /// <summary>Y field, mG.</summary>
        public int YMilligauss { get; set; }

        /// <summary>Z field, mG.</summary>
        public int ZMilligauss { get; set; }

        /// <summary>Sets all fields at once.</summary>
        /// <param name="status">Read status.</param>
        /// <param name="x">X, mG.</param>
        /// <param name="y">Y, mG.</param>
        /// <param name="z">Z, mG.</param>
        public void Set(SensorStatus status, int x, int y, int z)
        {
            Status = status;
            XMilligauss = x;
            YMilligauss = y;
            ZMilligauss = z;
        }
    }
}
