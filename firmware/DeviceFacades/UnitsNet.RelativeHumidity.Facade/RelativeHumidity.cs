// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.
// COMPILE-TIME REFERENCE FACADE — never deployed; the device build uses the real package UnitsNet.nanoFramework.RelativeHumidity 5.75.0.
// Signatures from the nanoFramework package's own source (github.com/nanoframework); every body is `throw null`.

namespace UnitsNet
{
    /// <summary>A relative humidity.</summary>
    public struct RelativeHumidity
    {
        /// <summary>The value in percent.</summary>
        public double Percent => throw null;
    }
}
