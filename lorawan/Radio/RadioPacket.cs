// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

namespace SmartCityNodes.LoRaWan.Radio
{
    /// <summary>What a receive window brought.</summary>
    public struct RadioPacket
    {
        /// <summary>Bytes received; 0 when the window timed out.</summary>
        public int Length;

        /// <summary>Packet RSSI in dBm.</summary>
        public int RssiDbm;

        /// <summary>Packet SNR in dB, rounded toward zero.</summary>
        public int SnrDb;

        /// <summary>Clock time in ms at RxDone (or at RxTimeout).</summary>
        public long EndMilliseconds;
    }
}
