// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using SmartCityNodes.Hal.Radio;

namespace SmartCityNodes.Simulator.Node
{
    /// <summary>What lies beyond the antenna: the channel, the gateways and the network server.</summary>
    internal interface IAirInterface
    {
        /// <summary>A frame left the antenna; fill <paramref name="pending"/> when the network answers.</summary>
        void Transmitted(RadioTxSettings settings, byte[] frame, int offset, int count, long txEndUptimeMilliseconds, long airtimeMicroseconds, PendingDownlink pending);

        /// <summary>Whether the downlink reaches the node through the channel, with what RSSI and SNR.</summary>
        bool DownlinkReceived(PendingDownlink pending, out int rssiDbm, out int snrDb);
    }
}
