// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.
// COMPILE-TIME REFERENCE FACADE — never deployed; the device build uses the real package nanoFramework.System.IO.Ports 1.1.139.
// Signatures from the nanoFramework package's own source (github.com/nanoframework); every body is `throw null`.

namespace System.IO.Ports
{
    /// <summary>Parity.</summary>
    public enum Parity
    {
        /// <summary>No parity bit.</summary>
        None = 0,

        /// <summary>Odd parity.</summary>
        Odd = 1,

        /// <summary>Even parity.</summary>
        Even = 2,
    }
}
