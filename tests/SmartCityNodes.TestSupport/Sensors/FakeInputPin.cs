// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using SmartCityNodes.Hal;

namespace SmartCityNodes.TestSupport.Sensors
{
    /// <summary>An input pin whose level the test sets.</summary>
    public sealed class FakeInputPin : IInputPin
    {
        public bool Level { get; set; }

        public bool Read() => Level;
    }
}
