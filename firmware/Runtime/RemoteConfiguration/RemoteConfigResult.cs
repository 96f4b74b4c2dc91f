// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

namespace SmartCityNodes.Runtime.RemoteConfiguration
{
    /// <summary>
    /// Outcome of a remote-configuration downlink: returned by <see cref="RemoteConfigParser.Parse"/> and sent back
    /// in byte 2 of the acknowledgement (docs/payloads/remote-config.md, "Result codes").
    /// </summary>
    public enum RemoteConfigResult : byte
    {
        /// <summary>Every command was accepted (parser) or applied (acknowledgement).</summary>
        Ok = 0,

        /// <summary>The header names a format version this firmware does not know.</summary>
        UnsupportedVersion = 1,

        /// <summary>Too short, truncated command, wrong message type, or an FPort other than 20.</summary>
        Malformed = 2,

        /// <summary>A command opcode this firmware does not know.</summary>
        UnknownCommand = 3,

        /// <summary>An interval or threshold id this firmware does not know.</summary>
        UnknownParameter = 4,

        /// <summary>A value outside the documented range.</summary>
        ValueOutOfRange = 5,

        /// <summary>A valid command this device kind does not have (set by the runtime, for example a parking threshold on a BinNode).</summary>
        NotSupportedOnDevice = 6,

        /// <summary>More than <see cref="RemoteConfigCommandList.Capacity"/> commands.</summary>
        TooManyCommands = 7,

        /// <summary>The runtime could not store the new configuration (set by the runtime).</summary>
        StorageFailed = 8,
    }
}
