// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

namespace SmartCityNodes.Runtime.RemoteConfiguration
{
    /// <summary>Command opcodes of the remote-configuration downlink (docs/payloads/remote-config.md, "Commands").</summary>
    public enum RemoteConfigOpcode : byte
    {
        /// <summary>Set an interval: interval id (1 byte) and seconds (u32 BE); 6 bytes with the opcode.</summary>
        SetInterval = 0x01,

        /// <summary>Set a threshold: threshold id (1 byte) and value (i16 BE); 4 bytes with the opcode.</summary>
        SetThreshold = 0x02,

        /// <summary>Confirmed uplinks on (1) or off (0); 2 bytes with the opcode.</summary>
        SetConfirmedUplinks = 0x03,

        /// <summary>Adaptive data rate on (1) or off (0); 2 bytes with the opcode.</summary>
        SetAdaptiveDataRate = 0x04,

        /// <summary>Restart the node after the acknowledgement is sent; 1 byte.</summary>
        Reboot = 0x05,

        /// <summary>Send a status message (FPort 10, header 0x19); 1 byte.</summary>
        RequestStatus = 0x06,
    }
}
