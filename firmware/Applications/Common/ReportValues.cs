// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

namespace SmartCityNodes.Applications.Common
{
    /// <summary>Values shared by every application report.</summary>
    public static class ReportValues
    {
        /// <summary>
        /// A report field that could not be measured this time holds this value (and a fault flag says why). It is the
        /// most negative 16-bit value, the usual "no data" code of 16-bit payload fields, never a real reading.
        /// </summary>
        public const int Unknown = -32768;

        /// <summary>Milliseconds per second, for turning second-valued parameters into wake times.</summary>
        public const long MillisecondsPerSecond = 1000;
    }
}
