// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

namespace SmartCityNodes.Applications.Common
{
    /// <summary>What every application's parameter class offers: validation by field name and an allocation-free copy.</summary>
    public interface IApplicationParameters
    {
        /// <summary>Checks every field against its range and the fields against each other.</summary>
        /// <returns>Null when valid, else the name of the first bad property.</returns>
        string Validate();

        /// <summary>Copies every field of <paramref name="source"/>, an instance of the same class, into this one.</summary>
        /// <param name="source">Parameters to copy.</param>
        void CopyFrom(IApplicationParameters source);
    }
}
