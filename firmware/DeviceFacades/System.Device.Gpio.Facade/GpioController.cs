// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.
// COMPILE-TIME REFERENCE FACADE — never deployed; the device build uses the real package nanoFramework.System.Device.Gpio 1.1.62.
// Signatures from the nanoFramework package's own source (github.com/nanoframework); every body is `throw null`.

namespace System.Device.Gpio
{
    /// <summary>The GPIO controller.</summary>
    public sealed class GpioController : IDisposable
    {
        /// <summary>Creates the controller (logical pin numbering).</summary>
        public GpioController() => throw null;

        /// <summary>Opens a pin in a mode.</summary>
        /// <param name="pinNumber">GPIO number.</param>
        /// <param name="mode">Mode.</param>
        /// <returns>The opened pin.</returns>
        public GpioPin OpenPin(int pinNumber, PinMode mode) => throw null;

        /// <inheritdoc/>
        public void Dispose() => throw null;
    }
}
