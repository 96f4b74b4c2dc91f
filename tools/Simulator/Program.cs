// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

namespace SmartCityNodes.Simulator
{
    /// <summary>Entry point.</summary>
    internal static class Program
    {
        private static int Main(string[] args) => 0;
    }
}
