// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using System;

namespace SmartCityNodes.Applications.Payloads.Air
{
    /// <summary>AirNode threshold events, the 4-bit events field of the AirNode message (docs/payloads/airnode.md).</summary>
    [Flags]
    public enum AirNodeEvents : byte
    {
        /// <summary>No threshold crossed.</summary>
        None = 0,

        /// <summary>PM2.5 at or above its threshold.</summary>
        Pm25High = 0b0001,

        /// <summary>PM10 at or above its threshold.</summary>
        Pm10High = 0b0010,

        /// <summary>Temperature at or above its threshold.</summary>
        TemperatureHigh = 0b0100,

        /// <summary>Gas resistance at or below its threshold (more reducing gases, VOCs).</summary>
        GasResistanceLow = 0b1000,
    }
}
