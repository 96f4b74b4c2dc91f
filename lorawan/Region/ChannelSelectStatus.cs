// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

namespace SmartCityNodes.LoRaWan.Region
{
    /// <summary>Outcome of choosing a channel for an uplink or a join request.</summary>
    public enum ChannelSelectStatus : byte
    {
        /// <summary>A channel was chosen and may be used now.</summary>
        Ok = 0,

        /// <summary>
        /// Every suitable channel is closed by duty cycle, the DutyCycleReq limit or the join back-off; the out
        /// parameter gives the earliest time (ms) one opens, so the scheduler can sleep until then.
        /// </summary>
        WaitForDutyCycle = 1,

        /// <summary>No enabled channel allows the requested data rate.</summary>
        NoChannel = 2,

        /// <summary>The frame's time on air exceeds the uplink dwell-time limit (400 ms); send less or faster.</summary>
        DwellTimeExceeded = 3,

        /// <summary>The data rate cannot be sent by this stack or its payload size is N/A with the current dwell setting.</summary>
        InvalidDataRate = 4,
    }
}
