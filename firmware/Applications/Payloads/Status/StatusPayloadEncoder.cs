// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using SmartCityNodes.Hal;

namespace SmartCityNodes.Applications.Payloads.Status
{
    /// <summary>
    /// Encodes the status message every device sends on FPort 10, 11 bytes (docs/payloads/status.md): header,
    /// device kind, firmware major/minor/patch, reset cause, configuration CRC-32 (u32 BE), battery. Allocates nothing.
    /// </summary>
    [HotPath]
    public static class StatusPayloadEncoder
    {
        /// <summary>Length of the status message in bytes.</summary>
        public const int Length = 11;

        /// <summary>Encodes the message sent once after every reset (header 0x18).</summary>
        /// <param name="buffer">Destination.</param>
        /// <param name="offset">First byte to write.</param>
        /// <param name="status">What to report.</param>
        /// <returns>Bytes written (11), or <see cref="PayloadFormat.BufferTooSmall"/> with nothing written.</returns>
        public static int EncodeStartup(byte[] buffer, int offset, StatusReadings status)
        {
            return Encode(buffer, offset, status, PayloadMessageType.Startup);
        }

        /// <summary>Encodes the answer to a status-request command (header 0x19).</summary>
        /// <param name="buffer">Destination.</param>
        /// <param name="offset">First byte to write.</param>
        /// <param name="status">What to report.</param>
        /// <returns>Bytes written (11), or <see cref="PayloadFormat.BufferTooSmall"/> with nothing written.</returns>
        public static int EncodeStatusReply(byte[] buffer, int offset, StatusReadings status)
        {
            return Encode(buffer, offset, status, PayloadMessageType.StatusReply);
        }

        private static int Encode(byte[] buffer, int offset, StatusReadings status, PayloadMessageType messageType)
        {
            if (!FieldEncoding.CanWrite(buffer, offset, Length, status))
            {
                return PayloadFormat.BufferTooSmall;
            }

            buffer[offset] = PayloadFormat.Header(messageType);
            buffer[offset + 1] = (byte)status.Device;
            buffer[offset + 2] = (byte)status.FirmwareMajor;
            buffer[offset + 3] = (byte)status.FirmwareMinor;
            buffer[offset + 4] = (byte)status.FirmwarePatch;
            buffer[offset + 5] = (byte)status.ResetCause;
            FieldEncoding.WriteUInt32BigEndian(buffer, offset + 6, status.ConfigurationCrc);
            buffer[offset + 10] = FieldEncoding.Battery(status.BatteryMillivolts, false);
            return Length;
        }
    }
}
