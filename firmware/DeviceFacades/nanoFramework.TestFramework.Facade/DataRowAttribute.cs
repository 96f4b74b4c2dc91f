// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.
// COMPILE-TIME REFERENCE FACADE — never deployed; the device build uses the real package nanoFramework.TestFramework 3.0.77.
// Signatures from nanoframework/nanoFramework.TestFramework v3.0.77 (source/TestFrameworkShared, source/TestFramework); every body is `throw null`.

using System;

namespace nanoFramework.TestFramework
{
    /// <summary>One row of arguments for a parameterised test (repeatable).</summary>
    [AttributeUsage(AttributeTargets.Method, AllowMultiple = true)]
    public class DataRowAttribute : Attribute
    {
        /// <summary>Creates a row.</summary>
        /// <param name="methodParameters">The arguments, in order.</param>
        public DataRowAttribute(params object[] methodParameters) => throw null;

        /// <summary>The arguments, in order.</summary>
        public object[] MethodParameters => throw null;
    }
}
