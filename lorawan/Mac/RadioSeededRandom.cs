// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using SmartCityNodes.Hal;
using SmartCityNodes.Hal.Radio;

namespace SmartCityNodes.LoRaWan.Mac
{
    /// <summary>
    /// The MAC's source of jitter (channel choice, RETRANSMIT_TIMEOUT): a xorshift32 generator (G. Marsaglia,
    /// "Xorshift RNGs", Journal of Statistical Software 8(14), 2003: shifts 13, 17, 5, period 2^32 − 1) seeded once,
    /// on first use, from <see cref="IRadio.Random"/>. One seed per engine, so once per wake: on the SX1276 one
    /// <c>Random()</c> keeps the receiver on for 32 RSSI reads (about 32 ms of receive current), which the MAC used to
    /// pay on every call, even for a Send the duty cycle then deferred. A wake that only defers never seeds it.
    /// Jitter only: never keys or nonces (DevNonce is a counter, L2 1.0.4 §6.2.5).
    /// </summary>
    [HotPath]
    internal sealed class RadioSeededRandom
    {
        /// <summary>Used when the radio and the clock both give 0 (xorshift must not start at 0): 2^32 / golden ratio.</summary>
        private const uint FallbackSeed = 0x9E3779B9;

        private readonly IRadio _radio;
        private readonly IClock _clock;
        private uint _state;
        private bool _seeded;

        /// <summary>Creates an unseeded generator.</summary>
        /// <param name="radio">Gives the seed (wideband RSSI noise).</param>
        /// <param name="clock">Mixed into the seed, so a radio that returns 0 (not initialised) still gives a varying one.</param>
        public RadioSeededRandom(IRadio radio, IClock clock)
        {
            _radio = radio;
            _clock = clock;
        }

        /// <summary>The radio has been asked for the seed (at most once per instance).</summary>
        public bool IsSeeded
        {
            get { return _seeded; }
        }

        /// <summary>
        /// Takes over <paramref name="other"/>'s sequence (seed state and position). For tests that compare a run
        /// rebooted after every step with an uninterrupted one: the sequence is not part of the state record.
        /// </summary>
        /// <param name="other">The generator to continue.</param>
        public void ContinueFrom(RadioSeededRandom other)
        {
            _state = other._state;
            _seeded = other._seeded;
        }

        /// <summary>The next 32-bit value; the first call seeds the generator from the radio.</summary>
        public uint Next()
        {
            if (!_seeded)
            {
                uint seed = _radio.Random() ^ (uint)_clock.UptimeMicroseconds;
                _state = seed == 0 ? FallbackSeed : seed;
                _seeded = true;
            }

            uint x = _state;
            x ^= x << 13;
            x ^= x >> 17;
            x ^= x << 5;
            _state = x;
            return x;
        }
    }
}
