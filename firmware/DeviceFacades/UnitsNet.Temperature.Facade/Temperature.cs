// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.
// COMPILE-TIME REFERENCE FACADE — never deployed; the device build uses the real package UnitsNet.nanoFramework.Temperature 5.75.0.
// Signatures from shared/reference/nanoframework.md and the package source; every body is `throw null`.

namespace UnitsNet
{
    /// <summary>A temperature.</summary>
    public struct Temperature
    {
        /// <summary>The value in degrees Celsius.</summary>
        public double DegreesCelsius => throw null;
    }
}
