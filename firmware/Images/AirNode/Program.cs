// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.
// PLACEHOLDER — NOT THE AIRNODE FIRMWARE. It exists only so that AirNode.nfproj (OutputType Exe) has an entry point.
// The real Program (board set-up, node runtime, air quality (particulate sensor + BME280/BME680) application) replaces this file in the second pass of issue 13,
// once firmware/Runtime and firmware/Applications are on main. No CI project compiles this file.

using System.Threading;

namespace SmartCityNodes.Images.AirNode
{
    /// <summary>Entry point of the AirNode image (placeholder: does nothing yet).</summary>
    public static class Program
    {
        /// <summary>Placeholder: sleeps forever; the second pass wires the board, the runtime and the application here.</summary>
        public static void Main()
        {
            Thread.Sleep(Timeout.Infinite);
        }
    }
}
