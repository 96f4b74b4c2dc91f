// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.
// COMPILE-TIME REFERENCE FACADE — never deployed; the device build uses the real package nanoFramework.Iot.Device.Bmxx80 1.2.1016.
// Signatures from the nanoFramework package's own source (github.com/nanoframework); every body is `throw null`.

using UnitsNet;

namespace Iot.Device.Bmxx80.ReadResult
{
    /// <summary>Temperature and pressure of one reading.</summary>
    public class Bmp280ReadResult
    {
        internal Bmp280ReadResult() => throw null;

        /// <summary>Temperature.</summary>
        public Temperature Temperature => throw null;

        /// <summary>Whether <see cref="Temperature"/> was read successfully.</summary>
        public bool TemperatureIsValid => throw null;

        /// <summary>Pressure.</summary>
        public Pressure Pressure => throw null;

        /// <summary>Whether <see cref="Pressure"/> was read successfully.</summary>
        public bool PressureIsValid => throw null;
    }
}
