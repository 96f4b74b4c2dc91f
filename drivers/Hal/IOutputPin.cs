// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

namespace SmartCityNodes.Hal
{
    /// <summary>A GPIO driven by the MCU (reset lines, chip enables, RF switches, sensor power).</summary>
    public interface IOutputPin
    {
        /// <summary>Drives the pin high (true) or low (false).</summary>
        void Write(bool high);
    }
}
