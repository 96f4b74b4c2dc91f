// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

namespace SmartCityNodes.Drivers.Sensors.Battery
{
    /// <summary>One battery measurement.</summary>
    public struct BatteryReading
    {
        /// <summary>Outcome; the values are meaningful only when this is <see cref="SensorStatus.Ok"/>.</summary>
        public SensorStatus Status;

        /// <summary>Battery voltage after divider scaling and calibration, in millivolts.</summary>
        public int VoltageMillivolts;

        /// <summary>State of charge from the cell curve, in 0.1 % steps (0..1000).</summary>
        public int StateOfChargePerMille;

        /// <summary>Mean raw ADC value of the samples (before scaling), for diagnostics and calibration.</summary>
        public int RawAverage;

        /// <summary>True when the application should flag this reading as faulty in its payload.</summary>
        public bool IsFault
        {
            get { return Status != SensorStatus.Ok; }
        }
    }
}
