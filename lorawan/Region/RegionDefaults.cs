// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

namespace SmartCityNodes.LoRaWan.Region
{
    /// <summary>
    /// Timing and counter defaults that RP002-1.0.4 §2.3 "Default Settings" gives for every region.
    /// </summary>
    public static class RegionDefaults
    {
        /// <summary>RECEIVE_DELAY1: RX1 opens this long after the end of the uplink (RP002-1.0.4 §2.3).</summary>
        public const int ReceiveDelay1Milliseconds = 1000;

        /// <summary>RECEIVE_DELAY2 = RECEIVE_DELAY1 + 1 s (RP002-1.0.4 §2.3).</summary>
        public const int ReceiveDelay2Milliseconds = 2000;

        /// <summary>RX1 to RX2 distance: RECEIVE_DELAY2 = RECEIVE_DELAY1 + 1 s (L2 1.0.4 §3.3.2), also when RXTimingSetupReq moves RX1.</summary>
        public const int Rx2AfterRx1Milliseconds = ReceiveDelay2Milliseconds - ReceiveDelay1Milliseconds;

        /// <summary>JOIN_ACCEPT_DELAY1 (RP002-1.0.4 §2.3).</summary>
        public const int JoinAcceptDelay1Milliseconds = 5000;

        /// <summary>JOIN_ACCEPT_DELAY2 (RP002-1.0.4 §2.3).</summary>
        public const int JoinAcceptDelay2Milliseconds = 6000;


        /// <summary>ADR_ACK_LIMIT (RP002-1.0.4 §2.3).</summary>
        public const int AdrAckLimit = 64;

        /// <summary>ADR_ACK_DELAY (RP002-1.0.4 §2.3).</summary>
        public const int AdrAckDelay = 32;

        /// <summary>RETRANSMIT_TIMEOUT lower bound: 2 s − 1 s (RP002-1.0.4 §2.3).</summary>
        public const int RetransmitTimeoutMinMilliseconds = 1000;

        /// <summary>RETRANSMIT_TIMEOUT upper bound: 2 s + 1 s (RP002-1.0.4 §2.3).</summary>
        public const int RetransmitTimeoutMaxMilliseconds = 3000;

        /// <summary>Default RX1DROffset (RP002-1.0.4 §2.3).</summary>
        public const int Rx1DrOffset = 0;

        /// <summary>Uplink dwell-time limit where a region or TxParamSetupReq enforces one (RP002-1.0.4 §2.5.3 US915 and §2.10 AS923: 400 ms).</summary>
        public const int DwellTimeLimitMilliseconds = 400;
    }
}
