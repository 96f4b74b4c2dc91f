// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.
// COMPILE-TIME REFERENCE FACADE — never deployed; the device build uses the real package nanoFramework.System.Device.Gpio 1.1.62.
// Signatures from the nanoFramework package's own source (github.com/nanoframework); every body is `throw null`.

namespace System.Device.Gpio
{
    /// <summary>An opened GPIO pin.</summary>
    public sealed class GpioPin : IDisposable
    {
        private GpioPin() => throw null;

        /// <summary>Reads the pin level.</summary>
        /// <returns>The level.</returns>
        public PinValue Read() => throw null;

        /// <summary>Drives the pin.</summary>
        /// <param name="value">The level.</param>
        public void Write(PinValue value) => throw null;

        /// <inheritdoc/>
        public void Dispose() => throw null;
    }
}
