// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

namespace SmartCityNodes.Hal
{
    /// <summary>A GPIO read by the MCU (radio DIO/BUSY lines, sensor interrupt and data-ready pins).</summary>
    public interface IInputPin
    {
        /// <summary>True when the pin reads high.</summary>
        bool Read();
    }
}
