// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.
// COMPILE-TIME REFERENCE FACADE — never deployed; the device build uses the real package nanoFramework.System.Device.Adc 1.1.24.
// Signatures from the nanoFramework package's own source (github.com/nanoframework); every body is `throw null`.

namespace System.Device.Adc
{
    /// <summary>The ADC controller (one instance per device).</summary>
    public class AdcController
    {
        /// <summary>Creates the controller; a second instance throws InvalidOperationException.</summary>
        public AdcController() => throw null;

        /// <summary>Largest raw value.</summary>
        public int MaxValue => throw null;

        /// <summary>Opens a channel.</summary>
        /// <param name="channelNumber">Channel.</param>
        /// <returns>The channel.</returns>
        public AdcChannel OpenChannel(int channelNumber) => throw null;
    }
}
