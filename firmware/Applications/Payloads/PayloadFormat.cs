// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using SmartCityNodes.Runtime.RemoteConfiguration;

namespace SmartCityNodes.Applications.Payloads
{
    /// <summary>
    /// The header byte every SmartCityNodes payload starts with (docs/payloads/README.md): bits 7..4 carry the format
    /// version, bits 3..0 the <see cref="PayloadMessageType"/>. A decoder that meets a version it does not know
    /// refuses the message instead of guessing.
    /// </summary>
    public static class PayloadFormat
    {
        /// <summary>The format version these encoders write; the one definition is the runtime's remote-configuration
        /// parser, which must accept the version the uplinks carry.</summary>
        public const int Version = RemoteConfigParser.FormatVersion;

        /// <summary>Length of the header byte.</summary>
        public const int HeaderLength = 1;

        /// <summary>FRMPayload bytes every periodic and event uplink must fit: US915 DR0 and AS923 DR2 with dwell time
        /// (RP002-1.0.4 §2.5.6 and §2.10.6, M = 19, N = 11).</summary>
        public const int MaximumUplinkLength = 11;

        /// <summary>Returned by the encoders when the caller's buffer cannot take the message; nothing was written.</summary>
        public const int BufferTooSmall = 0;

        /// <summary>A reading the node does not have (sensor absent, not measured): the encoder writes the field's fault value.</summary>
        public const int Missing = int.MinValue;

        /// <summary>The header byte for <paramref name="messageType"/> in the current version.</summary>
        /// <param name="messageType">Message type.</param>
        /// <returns>(version &lt;&lt; 4) | type.</returns>
        public static byte Header(PayloadMessageType messageType)
        {
            return (byte)((Version << 4) | ((int)messageType & 0x0F));
        }
    }
}
