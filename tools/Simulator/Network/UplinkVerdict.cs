// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

namespace SmartCityNodes.Simulator.Network
{
    /// <summary>What the network server made of one received frame.</summary>
    internal enum UplinkVerdict
    {
        /// <summary>A new data uplink: MIC valid, counter newer than the last one.</summary>
        Accepted = 0,

        /// <summary>A valid Join-Request; a Join-Accept was built.</summary>
        JoinAccepted,

        /// <summary>A repetition (NbTrans or confirmed retry) of the last frame counter: not delivered again.</summary>
        Duplicate,

        /// <summary>MIC does not verify with the device's key.</summary>
        BadMic,

        /// <summary>Frame counter older than the last accepted one (a replay).</summary>
        ReplayedCounter,

        /// <summary>DevNonce not greater than the last accepted one (LoRaWAN L2 1.0.4 §6.2.4: a replayed Join-Request).</summary>
        ReplayedDevNonce,

        /// <summary>No device with this DevEUI / DevAddr.</summary>
        UnknownDevice,

        /// <summary>Too short, wrong MType or major version.</summary>
        Malformed,
    }
}
