// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.
// COMPILE-TIME REFERENCE FACADE — never deployed; the device build uses the real package UnitsNet.nanoFramework.ElectricResistance 5.75.0.
// Signatures from the nanoFramework package's own source (github.com/nanoframework); every body is `throw null`.

namespace UnitsNet
{
    /// <summary>An electric resistance.</summary>
    public struct ElectricResistance
    {
        /// <summary>The value in ohms.</summary>
        public double Ohms => throw null;
    }
}
