// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using SmartCityNodes.Runtime.RemoteConfiguration;

namespace SmartCityNodes.Applications.Tests.Node
{
    /// <summary>
    /// The remote-configuration bytes these tests send and read, in the format RemoteConfigProcessor speaks today
    /// (docs/remote-config.md: opcode + little-endian fields on FPort 10; acknowledgement = result, failing command
    /// index, opcode, FCntDown u16 LE, configuration CRC u32 LE). The format is being unified with
    /// docs/payloads/remote-config.md (FPort 20); only this file has to follow it.
    /// </summary>
    internal static class RemoteConfigWire
    {
        public static int Port => RemoteConfigProcessor.Port;

        /// <summary>SetReportInterval (opcode 0x01) with <paramref name="seconds"/>.</summary>
        public static byte[] SetReportInterval(uint seconds) => new byte[] { 0x01, (byte)seconds, (byte)(seconds >> 8), (byte)(seconds >> 16), (byte)(seconds >> 24) };

        /// <summary>True when <paramref name="payload"/> is an acknowledgement (not the 11-byte status message).</summary>
        public static bool IsAck(byte[] payload) => payload.Length == RemoteConfigProcessor.AckLength;

        /// <summary>The acknowledgement expected for a result, failing command, opcode, downlink counter and configuration CRC.</summary>
        public static string Ack(byte result, byte failingIndex, byte opcode, ushort downlinkCounter, uint crc)
            => Convert.ToHexString(new byte[] { result, failingIndex, opcode, (byte)downlinkCounter, (byte)(downlinkCounter >> 8), (byte)crc, (byte)(crc >> 8), (byte)(crc >> 16), (byte)(crc >> 24) });
    }
}
