// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using SmartCityNodes.Hal;

namespace SmartCityNodes.TestSupport.Sensors
{
    /// <summary>An output pin that remembers its level and counts writes.</summary>
    public sealed class FakeOutputPin : IOutputPin
    {
        public bool Level { get; private set; }

        public int Writes { get; private set; }

        public void Write(bool high)
        {
            Level = high;
            Writes++;
        }
    }
}
