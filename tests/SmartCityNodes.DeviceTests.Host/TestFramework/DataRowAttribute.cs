// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.
// HOST IMPLEMENTATION of nanoFramework.TestFramework's API (package 3.0.77), so device test sources compile and run on the
// host unchanged. Same namespace, type names and signatures as the package; behaviour per the package's launcher and Assert.

#nullable enable

using System;

namespace nanoFramework.TestFramework
{
    /// <summary>One row of arguments for a parameterised test (repeatable); empty or null rows are refused as in the package.</summary>
    [AttributeUsage(AttributeTargets.Method, AllowMultiple = true)]
    public class DataRowAttribute : Attribute
    {
        /// <summary>Creates a row.</summary>
        /// <param name="methodParameters">The arguments, in order.</param>
        public DataRowAttribute(params object[] methodParameters)
        {
            ArgumentNullException.ThrowIfNull(methodParameters);
            if (methodParameters.Length == 0)
            {
                throw new ArgumentException("methodParameters can not be empty", nameof(methodParameters));
            }

            MethodParameters = methodParameters;
        }

        /// <summary>The arguments, in order.</summary>
        public object[] MethodParameters { get; }
    }
}
