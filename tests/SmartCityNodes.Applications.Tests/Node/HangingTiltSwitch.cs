// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using SmartCityNodes.Hal;

namespace SmartCityNodes.Applications.Tests.Node
{
    /// <summary>The bin's tilt switch input; while <see cref="HangMilliseconds"/> is set, a read stalls that long (a stuck bus or ISR).</summary>
    internal sealed class HangingTiltSwitch : IInputPin
    {
        private readonly VirtualClock _clock;

        public HangingTiltSwitch(VirtualClock clock) => _clock = clock;

        public long HangMilliseconds { get; set; }

        public int Reads { get; private set; }

        public bool Read()
        {
            Reads++;
            _clock.Advance(HangMilliseconds);
            return false;
        }
    }
}
