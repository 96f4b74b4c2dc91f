// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using System;
using SmartCityNodes.Hal;

namespace SmartCityNodes.Runtime.RemoteConfiguration
{
    /// <summary>
    /// Encodes the answer to a remote-configuration downlink, FPort 20 uplink, 8 bytes
    /// (docs/payloads/remote-config.md, "Acknowledgement"): header 0x1A, transaction id, result code, failing command
    /// index (0xFF for none), CRC-32 of the configuration now in force (u32 BE). Allocates nothing.
    /// </summary>
    [HotPath]
    public static class RemoteConfigAcknowledgementEncoder
    {
        /// <summary>Length of the acknowledgement in bytes.</summary>
        public const int Length = 8;

        /// <summary>Message type 0xA in the header's low nibble (docs/payloads/README.md, "Header byte").</summary>
        public const int MessageType = 0xA;

        /// <summary>Header byte of a version-1 acknowledgement: 0x1A.</summary>
        public const byte Header = (RemoteConfigParser.FormatVersion << 4) | MessageType;

        /// <summary>Returned when the caller's buffer cannot take the message; nothing was written.</summary>
        public const int BufferTooSmall = 0;

        /// <summary>Encodes an acknowledgement.</summary>
        /// <param name="buffer">Destination.</param>
        /// <param name="offset">First byte to write.</param>
        /// <param name="transactionId">Transaction id of the downlink (0..255; 0 when the downlink was too short to carry one).</param>
        /// <param name="result">Outcome.</param>
        /// <param name="failingCommandIndex">Index of the failing command, or <see cref="RemoteConfigCommandList.NoFailingCommand"/>.</param>
        /// <param name="configurationCrc">CRC-32 of the configuration in force after the downlink.</param>
        /// <returns>Bytes written (8), or <see cref="BufferTooSmall"/> with nothing written.</returns>
        public static int Encode(byte[] buffer, int offset, int transactionId, RemoteConfigResult result, int failingCommandIndex, uint configurationCrc)
        {
            if (buffer == null)
            {
                throw new ArgumentNullException(nameof(buffer));
            }

            if (offset < 0 || offset > buffer.Length - Length)
            {
                return BufferTooSmall;
            }

            buffer[offset] = Header;
            buffer[offset + 1] = (byte)transactionId;
            buffer[offset + 2] = (byte)result;
            buffer[offset + 3] = (byte)failingCommandIndex;
            buffer[offset + 4] = (byte)(configurationCrc >> 24);
            buffer[offset + 5] = (byte)(configurationCrc >> 16);
            buffer[offset + 6] = (byte)(configurationCrc >> 8);
            buffer[offset + 7] = (byte)configurationCrc;
            return Length;
        }
    }
}
