// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

namespace SmartCityNodes.Hal.Radio
{
    /// <summary>What a receive window brought.</summary>
    public struct RadioPacket
    {
        /// <summary>Bytes received; 0 when the window timed out.</summary>
        public int Length;

        /// <summary>Packet RSSI in dBm.</summary>
        public int RssiDbm;

        /// <summary>Packet SNR in dB, rounded to the nearest integer (halves up), as DevStatusAns' margin uses it (L2 1.0.4 §5.5).</summary>
        public int SnrDb;

        /// <summary>Clock time in ms at RxDone (or at RxTimeout).</summary>
        public long EndMilliseconds;
    }
}
