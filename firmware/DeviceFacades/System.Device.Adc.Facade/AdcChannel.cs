// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.
// COMPILE-TIME REFERENCE FACADE — never deployed; the device build uses the real package nanoFramework.System.Device.Adc 1.1.24.
// Signatures from the nanoFramework package's own source (github.com/nanoframework); every body is `throw null`.

namespace System.Device.Adc
{
    /// <summary>One opened ADC channel.</summary>
    public class AdcChannel : IDisposable
    {
        private AdcChannel() => throw null;

        /// <summary>One raw conversion.</summary>
        /// <returns>Raw value.</returns>
        public int ReadValue() => throw null;

        /// <inheritdoc/>
        public void Dispose() => throw null;
    }
}
