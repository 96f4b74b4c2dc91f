// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using SmartCityNodes.Hal;

namespace SmartCityNodes.TestSupport.Radio
{
    /// <summary>An input pin whose level a chip model computes on every read.</summary>
    public sealed class ModelInputPin : IInputPin
    {
        private readonly Func<bool> _level;

        public ModelInputPin(Func<bool> level) => _level = level;

        public int Reads { get; private set; }

        public bool Read()
        {
            Reads++;
            return _level();
        }
    }

    /// <summary>An output pin that reports its edges to a chip model.</summary>
    public sealed class ModelOutputPin : IOutputPin
    {
        private readonly Action<bool> _changed;

        public ModelOutputPin(Action<bool> changed) => _changed = changed;

        public bool Level { get; private set; } = true;

        public void Write(bool high)
        {
            Level = high;
            _changed(high);
        }
    }

    /// <summary>A pin stuck at one level (a broken DIO trace).</summary>
    public sealed class StuckPin : IInputPin
    {
        private readonly bool _level;

        public StuckPin(bool level) => _level = level;

        public bool Read() => _level;
    }
}
