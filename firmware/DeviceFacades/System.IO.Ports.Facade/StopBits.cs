// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.
// COMPILE-TIME REFERENCE FACADE — never deployed; the device build uses the real package nanoFramework.System.IO.Ports 1.1.139.
// Signatures from the nanoFramework package's own source (github.com/nanoframework); every body is `throw null`.

namespace System.IO.Ports
{
    /// <summary>Stop bits.</summary>
    public enum StopBits
    {
        /// <summary>One stop bit.</summary>
        One = 1,

        /// <summary>Two stop bits.</summary>
        Two = 2,

        /// <summary>1.5 stop bits.</summary>
        OnePointFive = 3,
    }
}
