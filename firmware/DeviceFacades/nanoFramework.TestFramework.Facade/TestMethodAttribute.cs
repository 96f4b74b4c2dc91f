// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.
// COMPILE-TIME REFERENCE FACADE — never deployed; the device build uses the real package nanoFramework.TestFramework 3.0.77.
// Signatures from nanoframework/nanoFramework.TestFramework v3.0.77 (source/TestFrameworkShared, source/TestFramework); every body is `throw null`.

using System;

namespace nanoFramework.TestFramework
{
    /// <summary>Attribute that marks a test; the launcher calls it with no arguments.</summary>
    [AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
    public class TestMethodAttribute : Attribute
    {
        /// <summary>Creates the attribute.</summary>
        public TestMethodAttribute() => throw null;
    }
}
