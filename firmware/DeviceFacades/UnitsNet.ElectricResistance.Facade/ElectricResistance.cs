// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.
// COMPILE-TIME REFERENCE FACADE — never deployed; the device build uses the real package UnitsNet.nanoFramework.ElectricResistance 5.75.0.
// Signatures from shared/reference/nanoframework.md and the package source; every body is `throw null`.

namespace UnitsNet
{
    /// <summary>An electric resistance.</summary>
    public struct ElectricResistance
    {
        /// <summary>The value in ohms.</summary>
        public double Ohms => throw null;
    }
}
