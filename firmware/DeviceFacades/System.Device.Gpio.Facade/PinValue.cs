// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.
// COMPILE-TIME REFERENCE FACADE — never deployed; the device build uses the real package nanoFramework.System.Device.Gpio 1.1.62.
// Signatures from the nanoFramework package's own source (github.com/nanoframework); every body is `throw null`.

namespace System.Device.Gpio
{
    /// <summary>A pin level.</summary>
    public readonly struct PinValue
    {
        /// <summary>Logic high.</summary>
        public static PinValue High => throw null;

        /// <summary>Logic low.</summary>
        public static PinValue Low => throw null;

        /// <summary>Equality of two levels.</summary>
        /// <param name="a">First.</param>
        /// <param name="b">Second.</param>
        /// <returns>True when equal.</returns>
        public static bool operator ==(PinValue a, PinValue b) => throw null;

        /// <summary>Inequality of two levels.</summary>
        /// <param name="a">First.</param>
        /// <param name="b">Second.</param>
        /// <returns>True when different.</returns>
        public static bool operator !=(PinValue a, PinValue b) => throw null;

        /// <inheritdoc/>
        public override bool Equals(object obj) => throw null;

        /// <inheritdoc/>
        public override int GetHashCode() => throw null;
    }
}
