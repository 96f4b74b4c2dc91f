// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

namespace SmartCityNodes.Applications.AirNode
{
    /// <summary>Threshold crossings of this cycle (one raise and one clear per pollution episode).</summary>
    [System.Flags]
    public enum AirEvents : byte
    {
        /// <summary>Nothing.</summary>
        None = 0,

        /// <summary>PM2.5 reached its raise threshold.</summary>
        Pm25Raised = 0b0000_0001,

        /// <summary>PM2.5 fell below its clear threshold.</summary>
        Pm25Cleared = 0b0000_0010,

        /// <summary>PM10 reached its raise threshold.</summary>
        Pm10Raised = 0b0000_0100,

        /// <summary>PM10 fell below its clear threshold.</summary>
        Pm10Cleared = 0b0000_1000,
    }
}
