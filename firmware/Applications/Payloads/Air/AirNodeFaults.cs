// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using System;

namespace SmartCityNodes.Applications.Payloads.Air
{
    /// <summary>AirNode sensor faults, the 4-bit faults field of the AirNode message (docs/payloads/airnode.md).</summary>
    [Flags]
    public enum AirNodeFaults : byte
    {
        /// <summary>Every sensor answered.</summary>
        None = 0,

        /// <summary>The BME280/BME680 failed: temperature, humidity, pressure and gas resistance carry their fault values.</summary>
        EnvironmentSensor = 0b0001,

        /// <summary>The BME680 gas heater did not reach its target or the gas reading is invalid: gas resistance carries its fault value.</summary>
        GasSensor = 0b0010,

        /// <summary>The PMS5003/SDS011 failed (no frame, bad checksums): PM1, PM2.5 and PM10 carry their fault values.</summary>
        ParticulateSensor = 0b0100,
    }
}
