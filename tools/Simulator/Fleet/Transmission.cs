// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

namespace SmartCityNodes.Simulator.Fleet
{
    /// <summary>One fleet transmission: when, how long, at what received power, and whether the channel let it through.</summary>
    internal struct Transmission
    {
        public long StartMicroseconds;
        public long EndMicroseconds;
        public float RssiDbm;
        public int Node;
        public bool PassesChannel;
    }
}
