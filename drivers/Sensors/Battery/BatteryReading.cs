// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

namespace SmartCityNodes.Drivers.Sensors.Battery
{
    /// <summary>One battery measurement.</summary>
    /// <remarks>
    /// A class the caller creates once at start-up and the driver fills in place on every reading: on nanoCLR a struct
    /// would be a heap block per local, copy and return (docs/nano-allocation-rules.md).
    /// </remarks>
    public sealed class BatteryReading
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

        /// <summary>Resets every field to its default (status <see cref="SensorStatus.Ok"/>, values 0), as a fresh reading.</summary>
        public void Clear()
        {
            Status = SensorStatus.Ok;
            VoltageMillivolts = 0;
            StateOfChargePerMille = 0;
            RawAverage = 0;
        }
    }
}
