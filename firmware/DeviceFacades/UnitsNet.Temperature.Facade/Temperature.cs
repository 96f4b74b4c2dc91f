// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.
// COMPILE-TIME REFERENCE FACADE — never deployed; the device build uses the real package UnitsNet.nanoFramework.Temperature 5.75.0.
// Signatures from the nanoFramework package's own source (github.com/nanoframework); every body is `throw null`.

namespace UnitsNet
{
    /// <summary>A temperature.</summary>
    public struct Temperature
    {
        /// <summary>The value in degrees Celsius.</summary>
        public double DegreesCelsius => throw null;
    }
}
