// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.
// COMPILE-TIME REFERENCE FACADE — never deployed; the device build uses the real package UnitsNet.nanoFramework.Pressure 5.75.0.
// Signatures from the nanoFramework package's own source (github.com/nanoframework); every body is `throw null`.

namespace UnitsNet
{
    /// <summary>A pressure.</summary>
    public struct Pressure
    {
        /// <summary>The value in pascals.</summary>
        public double Pascals => throw null;
    }
}
