// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.
// COMPILE-TIME REFERENCE FACADE — never deployed; the device build uses the real package nanoFramework.Iot.Device.Bmxx80 1.2.1016.
// Signatures from the nanoFramework package's own source (github.com/nanoframework); every body is `throw null`.

using UnitsNet;

namespace Iot.Device.Bmxx80.ReadResult
{
    /// <summary>A BME680 reading: adds gas resistance.</summary>
    public class Bme680ReadResult : Bme280ReadResult
    {
        internal Bme680ReadResult() => throw null;

        /// <summary>Gas-sensor resistance.</summary>
        public ElectricResistance GasResistance => throw null;

        /// <summary>Whether <see cref="GasResistance"/> was read successfully.</summary>
        public bool GasResistanceIsValid => throw null;
    }
}
