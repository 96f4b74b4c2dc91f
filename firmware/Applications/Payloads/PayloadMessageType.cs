// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using SmartCityNodes.Runtime.RemoteConfiguration;

namespace SmartCityNodes.Applications.Payloads
{
    /// <summary>Message type in bits 3..0 of the header byte (docs/payloads/README.md, "Header byte").</summary>
    public enum PayloadMessageType
    {
        /// <summary>Periodic reading (BinNode and AirNode measurement, ParkingNode heartbeat); FPort 1.</summary>
        Periodic = 0x0,

        /// <summary>Event reading sent at once (full/fire/tilt/pickup, threshold crossed, occupancy changed); FPort 2.</summary>
        Event = 0x1,

        /// <summary>Status sent once after every reset; FPort 10.</summary>
        Startup = 0x8,

        /// <summary>Status sent in answer to a status-request command; FPort 10.</summary>
        StatusReply = 0x9,

        /// <summary>Answer to a remote-configuration downlink; FPort 20 uplink (defined by the runtime's encoder).</summary>
        ConfigurationAcknowledgement = RemoteConfigAcknowledgementEncoder.MessageType,

        /// <summary>Remote-configuration downlink; FPort 20 downlink (defined by the runtime's parser).</summary>
        ConfigurationCommand = RemoteConfigParser.MessageType,
    }
}
