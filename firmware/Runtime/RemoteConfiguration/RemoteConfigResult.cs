// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

namespace SmartCityNodes.Runtime.RemoteConfiguration
{
    /// <summary>Result code of a remote-configuration downlink, sent back in the acknowledgement (docs/remote-config.md). Never renumber.</summary>
    public enum RemoteConfigResult : byte
    {
        /// <summary>Every command was valid; all were applied and persisted.</summary>
        Ok = 0,

        /// <summary>An opcode is not known.</summary>
        UnknownCommand = 1,

        /// <summary>The downlink ends inside a command's fields.</summary>
        Truncated = 2,

        /// <summary>A value is outside its range.</summary>
        OutOfRange = 3,

        /// <summary>A on/off byte is neither 0 nor 1.</summary>
        BadValue = 4,

        /// <summary>The values contradict each other or the configuration in force (heartbeat below report interval, low threshold above high).</summary>
        Inconsistent = 5,

        /// <summary>Writing the configuration failed; the previous one stays in force.</summary>
        StorageFailed = 6,

        /// <summary>The downlink carried no command.</summary>
        Empty = 7,
    }
}
