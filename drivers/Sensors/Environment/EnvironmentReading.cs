// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

namespace SmartCityNodes.Drivers.Sensors.Environment
{
    /// <summary>One environment measurement in fixed-point integers.</summary>
    /// <remarks>
    /// A class the caller creates once at start-up and the driver fills in place on every reading: on nanoCLR a struct
    /// would be a heap block per local, copy and return (docs/nano-allocation-rules.md).
    /// </remarks>
    public sealed class EnvironmentReading
    {
        /// <summary>Outcome of the whole reading.</summary>
        public SensorStatus Status;

        /// <summary>Which of the fields below hold valid values.</summary>
        public EnvironmentQuantities Valid;

        /// <summary>Temperature in 0.01 °C (2315 = 23.15 °C).</summary>
        public int TemperatureCentiCelsius;

        /// <summary>Relative humidity in 0.01 % (4570 = 45.70 %RH).</summary>
        public int RelativeHumidityCentiPercent;

        /// <summary>Pressure in pascals (101325 = 1013.25 hPa).</summary>
        public int PressurePascals;

        /// <summary>Gas-sensor resistance in ohms.</summary>
        public int GasResistanceOhms;

        /// <summary>True when the application should flag this reading as faulty in its payload.</summary>
        public bool IsFault
        {
            get { return Status != SensorStatus.Ok; }
        }

        /// <summary>True when <paramref name="quantity"/> holds a valid value.</summary>
        /// <param name="quantity">One quantity.</param>
        /// <returns>Whether it is valid.</returns>
        public bool Has(EnvironmentQuantities quantity)
        {
            return (Valid & quantity) == quantity;
        }

        /// <summary>Resets every field to its default (status <see cref="SensorStatus.Ok"/>, values 0), as a fresh reading.</summary>
        public void Clear()
        {
            Status = SensorStatus.Ok;
            Valid = EnvironmentQuantities.None;
            TemperatureCentiCelsius = 0;
            RelativeHumidityCentiPercent = 0;
            PressurePascals = 0;
            GasResistanceOhms = 0;
        }
    }
}
