// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

namespace SmartCityNodes.Applications.AirNode
{
    /// <summary>Threshold states held now.</summary>
    [System.Flags]
    public enum AirAlarms : byte
    {
        /// <summary>Below both thresholds.</summary>
        None = 0,

        /// <summary>PM2.5 episode in progress.</summary>
        Pm25High = 0b0000_0001,

        /// <summary>PM10 episode in progress.</summary>
        Pm10High = 0b0000_0010,
    }
}
