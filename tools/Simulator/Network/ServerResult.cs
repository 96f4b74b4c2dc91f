// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

namespace SmartCityNodes.Simulator.Network
{
    /// <summary>The server's answer to one frame: verdict, the delivered application data and the downlink to send, if any.</summary>
    internal sealed class ServerResult
    {
        public UplinkVerdict Verdict { get; set; }
        public NetworkDevice? Device { get; set; }
        public uint FCnt { get; set; }
        public int FPort { get; set; } = -1;
        public byte[] Payload { get; set; } = Array.Empty<byte>();
        public string? Decoded { get; set; }
        public bool Confirmed { get; set; }

        /// <summary>The PHYPayload to send in RX1 (null: no downlink).</summary>
        public byte[]? Downlink { get; set; }

        /// <summary>RX1 data rate (EU868: uplink DR − RX1DROffset, not below DR0; RP002-1.0.4 table 14).</summary>
        public int DownlinkDataRate { get; set; }

        /// <summary>RX1 frequency (EU868: the uplink frequency).</summary>
        public uint DownlinkFrequencyHz { get; set; }

        /// <summary>Delay from the uplink's end to the window, in ms (RECEIVE_DELAY1 or JOIN_ACCEPT_DELAY1).</summary>
        public int DownlinkDelayMilliseconds { get; set; }

        /// <summary>MAC commands put in this downlink (CIDs), for the uplink/downlink log.</summary>
        public string MacCommands { get; set; } = "";

        public void Reset()
        {
            Verdict = UplinkVerdict.Malformed;
            Device = null;
            FCnt = 0;
            FPort = -1;
            Payload = Array.Empty<byte>();
            Decoded = null;
            Confirmed = false;
            Downlink = null;
            DownlinkDataRate = 0;
            DownlinkFrequencyHz = 0;
            DownlinkDelayMilliseconds = 0;
            MacCommands = "";
        }
    }
}
