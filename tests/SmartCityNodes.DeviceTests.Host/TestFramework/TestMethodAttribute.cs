// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.
// HOST IMPLEMENTATION of nanoFramework.TestFramework's API (package 3.0.77), so device test sources compile and run on the
// host unchanged. Same namespace, type names and signatures as the package; behaviour per the package's launcher and Assert.

using System;

namespace nanoFramework.TestFramework
{
    /// <summary>Attribute that marks a test.</summary>
    [AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
    public class TestMethodAttribute : Attribute
    {
    }
}
