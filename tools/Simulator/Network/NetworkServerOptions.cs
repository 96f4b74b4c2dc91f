// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

namespace SmartCityNodes.Simulator.Network
{
    /// <summary>Settings of the in-process network server.</summary>
    internal sealed class NetworkServerOptions
    {
        /// <summary>NetID 0x000013 (The Things Network's, type 0): OTAA DevAddrs are 0x26xxxxxx/0x27xxxxxx.</summary>
        public uint NetId { get; set; } = 0x000013;

        /// <summary>Run ADR for devices that set the FCtrl.ADR bit.</summary>
        public bool Adr { get; set; } = true;

        /// <summary>
        /// −1: the ADR algorithm decides. 0..5: every LinkADRReq asks for this EU868 data rate at full power instead —
        /// the worst case for capacity planning (DR0, SF12) or a duty-cycle stress test.
        /// </summary>
        public int AdrFixedDataRate { get; set; } = -1;

        /// <summary>Ask for the battery and margin (DevStatusReq) every this many uplinks; 0 = never.</summary>
        public int DevStatusEveryUplinks { get; set; } = 96;

        /// <summary>RX1DROffset sent in the Join-Accept.</summary>
        public int Rx1DrOffset { get; set; }

        /// <summary>Send the EU868 CFList (867.1–867.9 MHz, the TTN EU868 plan's five extra channels) in Join-Accepts.</summary>
        public bool SendCfList { get; set; } = true;

        /// <summary>RECEIVE_DELAY1 in ms (RP002-1.0.4: 1 s).</summary>
        public int ReceiveDelay1Milliseconds { get; set; } = 1000;

        /// <summary>JOIN_ACCEPT_DELAY1 in ms (RP002-1.0.4: 5 s).</summary>
        public int JoinAcceptDelay1Milliseconds { get; set; } = 5000;
    }
}
