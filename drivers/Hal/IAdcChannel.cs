// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

namespace SmartCityNodes.Hal
{
    /// <summary>One ADC input.</summary>
    public interface IAdcChannel
    {
        /// <summary>Largest raw value (4095 for the ESP32's 12-bit ADC).</summary>
        int MaxValue { get; }

        /// <summary>One raw conversion, 0..<see cref="MaxValue"/>.</summary>
        int ReadRaw();
    }
}
