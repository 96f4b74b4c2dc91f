// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

namespace SmartCityNodes.Simulator.Channel
{
    /// <summary>A gateway at a position (metres, on a flat plane).</summary>
    internal sealed record Gateway(string Name, double XMetres, double YMetres)
    {
        /// <summary>Distance to a point in metres.</summary>
        public double DistanceTo(double xMetres, double yMetres)
        {
            double dx = xMetres - XMetres;
            double dy = yMetres - YMetres;
            return Math.Max(1.0, Math.Sqrt((dx * dx) + (dy * dy)));
        }
    }
}
