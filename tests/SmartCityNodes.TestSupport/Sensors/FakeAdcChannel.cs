// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using SmartCityNodes.Hal;

namespace SmartCityNodes.TestSupport.Sensors
{
    /// <summary>An ADC channel that returns a fixed cycle of raw values.</summary>
    public sealed class FakeAdcChannel : IAdcChannel
    {
        private int[] _values;
        private int _next;

        public FakeAdcChannel(int maxValue, params int[] values)
        {
            MaxValue = maxValue;
            _values = values;
        }

        public int MaxValue { get; }

        public int Conversions { get; private set; }

        public void SetValues(params int[] values)
        {
            _values = values;
            _next = 0;
        }

        public int ReadRaw()
        {
            Conversions++;
            int value = _values[_next];
            _next = (_next + 1) % _values.Length;
            return value;
        }
    }
}
