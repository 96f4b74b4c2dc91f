// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using SmartCityNodes.Hal;

namespace SmartCityNodes.Applications.Tests.Doubles
{
    /// <summary>An input pin whose level the test sets.</summary>
    internal sealed class FakeInputPin : IInputPin
    {
        public bool Level { get; set; }

        public bool Read() => Level;
    }
}
