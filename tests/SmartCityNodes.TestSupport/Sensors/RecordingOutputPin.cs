// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using SmartCityNodes.Hal;

namespace SmartCityNodes.TestSupport.Sensors
{
    /// <summary>An output pin that remembers its level and counts writes (no allocation per write).</summary>
    public sealed class RecordingOutputPin : IOutputPin
    {
        public bool Level { get; private set; }

        public int WriteCount { get; private set; }

        public int HighWrites { get; private set; }

        public void Write(bool high)
        {
            Level = high;
            WriteCount++;
            if (high)
            {
                HighWrites++;
            }
        }
    }
}
