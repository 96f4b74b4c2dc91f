// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

namespace SmartCityNodes.Drivers.Sensors.A02yyuw
{
    /// <summary>
    /// What the A02YYUW sends, selected by the level on its RX pin (DFRobot SEN0311 wiki, "Pin description"):
    /// RX floating or high = processed value, RX low = real-time value.
    /// </summary>
    public enum A02yyuwOutputMode
    {
        /// <summary>Filtered, steadier value; one frame every 100–300 ms (SEN0311 wiki). RX pin high or floating.</summary>
        Processed = 0,

        /// <summary>Unfiltered value; one frame every 100 ms (SEN0311 wiki). RX pin low.</summary>
        RealTime = 1,
    }
}
