// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using SmartCityNodes.Runtime.RemoteConfiguration;

namespace SmartCityNodes.Applications.Tests.Node
{
    /// <summary>
    /// The remote-configuration bytes these tests send and read, written from docs/payloads/remote-config.md (FPort 20):
    /// downlink = header 0x1C, transaction id, commands; "set interval" = opcode 0x01, interval id (0x00 report),
    /// seconds u32 big-endian. Acknowledgement (8 bytes) = header 0x1A, transaction id, result code, failing command
    /// index (0xFF none), configuration CRC u32 big-endian.
    /// </summary>
    internal static class RemoteConfigWire
    {
        /// <summary>Transaction id the tests use.</summary>
        public const byte TransactionId = 0x2A;

        public static int Port => RemoteConfigProcessor.Port;

        /// <summary>Set interval "report" (0x01, 0x00) to <paramref name="seconds"/>.</summary>
        public static byte[] SetReportInterval(uint seconds) => new byte[]
        {
            0x1C, TransactionId, 0x01, 0x00, (byte)(seconds >> 24), (byte)(seconds >> 16), (byte)(seconds >> 8), (byte)seconds,
        };

        /// <summary>True when <paramref name="payload"/> is an acknowledgement (8 bytes, header 0x1A).</summary>
        public static bool IsAck(byte[] payload) => payload.Length == 8 && payload[0] == 0x1A;

        /// <summary>The acknowledgement expected for a result code, failing command index and configuration CRC.</summary>
        public static string Ack(byte result, byte failingIndex, uint crc)
            => Convert.ToHexString(new byte[] { 0x1A, TransactionId, result, failingIndex, (byte)(crc >> 24), (byte)(crc >> 16), (byte)(crc >> 8), (byte)crc });
    }
}
