// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using SmartCityNodes.Applications.Common;
using SmartCityNodes.LoRaWan.Frames;

namespace SmartCityNodes.Applications.BinNode
{
    /// <summary>
    /// Binary layout (version 1, 12 bytes, little-endian) of the BinNode's application parameter block in the node
    /// configuration (docs/applications.md "Parameter blocks"). Fields not in the block keep their defaults; the
    /// measurement and report intervals come from the configuration's intervals. Allocation-free.
    /// </summary>
    public static class BinNodeParameterBlock
    {
        /// <summary>Length of the version-1 block, bytes.</summary>
        public const int Length = 12;

        /// <summary>Flag bit of byte 10: tilt alarm enabled.</summary>
        public const int FlagTiltAlarmEnabled = 0x01;

        /// <summary>Writes the block (<see cref="Length"/> bytes).</summary>
        /// <param name="parameters">Source, assumed valid.</param>
        /// <param name="buffer">Destination.</param>
        /// <param name="offset">First byte.</param>
        /// <returns>Bytes written.</returns>
        public static int Write(BinNodeParameters parameters, byte[] buffer, int offset)
        {
            buffer[offset] = (byte)parameters.FullRaisePercent;
            buffer[offset + 1] = (byte)parameters.FullClearPercent;
            buffer[offset + 2] = (byte)parameters.PickupDropPercent;
            buffer[offset + 3] = (byte)parameters.SignificantChangePercent;
            StateRecord.WriteInt16(buffer, offset + 4, parameters.FireRaiseDeciCelsius);
            StateRecord.WriteInt16(buffer, offset + 6, parameters.FireClearDeciCelsius);
            LittleEndian.WriteUInt16(buffer, offset + 8, (ushort)parameters.FireRiseDeciCelsiusPerMinute);
            buffer[offset + 10] = (byte)(parameters.TiltAlarmEnabled ? FlagTiltAlarmEnabled : 0);
            buffer[offset + 11] = (byte)parameters.SamplesPerReading;
            return Length;
        }

        /// <summary>Reads a block into <paramref name="target"/> (whose other fields stay) and validates the result.</summary>
        /// <param name="buffer">Source.</param>
        /// <param name="offset">First byte.</param>
        /// <param name="length">Bytes available; must be <see cref="Length"/>.</param>
        /// <param name="target">Receives the fields.</param>
        /// <returns>Null when valid, else the name of the first bad field (<c>length</c> for a wrong length, <c>TiltAlarmEnabled</c> for undefined flag bits).</returns>
        public static string Read(byte[] buffer, int offset, int length, BinNodeParameters target)
        {
            if (length != Length)
            {
                return nameof(length);
            }

            if ((buffer[offset + 10] & ~FlagTiltAlarmEnabled) != 0)
            {
                return nameof(BinNodeParameters.TiltAlarmEnabled);
            }

            target.FullRaisePercent = buffer[offset];
            target.FullClearPercent = buffer[offset + 1];
            target.PickupDropPercent = buffer[offset + 2];
            target.SignificantChangePercent = buffer[offset + 3];
            target.FireRaiseDeciCelsius = StateRecord.ReadInt16(buffer, offset + 4);
            target.FireClearDeciCelsius = StateRecord.ReadInt16(buffer, offset + 6);
            target.FireRiseDeciCelsiusPerMinute = LittleEndian.ReadUInt16(buffer, offset + 8);
            target.TiltAlarmEnabled = buffer[offset + 10] != 0;
            target.SamplesPerReading = buffer[offset + 11];
            return target.Validate();
        }
    }
}
