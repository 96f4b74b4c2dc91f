// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

namespace SmartCityNodes.Hal.Radio
{
    /// <summary>
    /// What a receive window brought. The caller creates one at start-up and the radio fills it in place on every
    /// <see cref="IRadio.Receive"/> (on nanoCLR a struct would be a heap block per copy, docs/nano-allocation-rules.md).
    /// </summary>
    public sealed class RadioPacket
    {
        /// <summary>Bytes received; 0 when the window timed out.</summary>
        public int Length;

        /// <summary>Packet RSSI in dBm.</summary>
        public int RssiDbm;

        /// <summary>Packet SNR in dB, rounded to the nearest integer (halves up), as DevStatusAns' margin uses it (L2 1.0.4 §5.5).</summary>
        public int SnrDb;

        /// <summary>Clock time in ms at RxDone (or at RxTimeout).</summary>
        public long EndMilliseconds;
    

        /// <summary>Resets every field to zero (what a window that brought nothing reports).</summary>
        public void Clear()
        {
            Length = 0;
            RssiDbm = 0;
            SnrDb = 0;
            EndMilliseconds = 0;
        }
    }
}
