// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using System;
using SmartCityNodes.Hal;

namespace SmartCityNodes.Applications.Payloads.RemoteConfig
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

        /// <summary>Encodes an acknowledgement.</summary>
        /// <param name="buffer">Destination.</param>
        /// <param name="offset">First byte to write.</param>
        /// <param name="transactionId">Transaction id of the downlink (0..255; 0 when the downlink was too short to carry one).</param>
        /// <param name="result">Outcome.</param>
        /// <param name="failingCommandIndex">Index of the failing command, or <see cref="RemoteConfigCommandList.NoFailingCommand"/>.</param>
        /// <param name="configurationCrc">CRC-32 of the configuration in force after the downlink.</param>
        /// <returns>Bytes written (8), or <see cref="PayloadFormat.BufferTooSmall"/> with nothing written.</returns>
        public static int Encode(byte[] buffer, int offset, int transactionId, RemoteConfigResult result, int failingCommandIndex, uint configurationCrc)
        {
            if (buffer == null)
            {
                throw new ArgumentNullException(nameof(buffer));
            }

            if (!FieldEncoding.Fits(buffer, offset, Length))
            {
                return PayloadFormat.BufferTooSmall;
            }

            buffer[offset] = PayloadFormat.Header(PayloadMessageType.ConfigurationAcknowledgement);
            buffer[offset + 1] = (byte)transactionId;
            buffer[offset + 2] = (byte)result;
            buffer[offset + 3] = (byte)failingCommandIndex;
            FieldEncoding.WriteUInt32BigEndian(buffer, offset + 4, configurationCrc);
            return Length;
        }
    }
}
