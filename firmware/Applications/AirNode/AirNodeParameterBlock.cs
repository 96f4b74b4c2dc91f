// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using SmartCityNodes.Applications.Common;
using SmartCityNodes.LoRaWan.Frames;

namespace SmartCityNodes.Applications.AirNode
{
    /// <summary>
    /// Binary layout (version 1, 12 bytes, little-endian) of the AirNode's application parameter block in the node
    /// configuration (docs/applications.md "Parameter blocks"). Fields not in the block keep their defaults; the cycle
    /// and report intervals come from the configuration's intervals. Allocation-free.
    /// </summary>
    public static class AirNodeParameterBlock
    {
        /// <summary>Length of the version-1 block, bytes.</summary>
        public const int Length = 12;

        /// <summary>Writes the block (<see cref="Length"/> bytes).</summary>
        /// <param name="parameters">Source, assumed valid.</param>
        /// <param name="buffer">Destination.</param>
        /// <param name="offset">First byte.</param>
        /// <returns>Bytes written.</returns>
        public static int Write(AirNodeParameters parameters, byte[] buffer, int offset)
        {
            LittleEndian.WriteUInt16(buffer, offset, (ushort)parameters.Pm25RaiseMicrogramsPerCubicMetre);
            LittleEndian.WriteUInt16(buffer, offset + 2, (ushort)parameters.Pm25ClearMicrogramsPerCubicMetre);
            LittleEndian.WriteUInt16(buffer, offset + 4, (ushort)parameters.Pm10RaiseMicrogramsPerCubicMetre);
            LittleEndian.WriteUInt16(buffer, offset + 6, (ushort)parameters.Pm10ClearMicrogramsPerCubicMetre);
            buffer[offset + 8] = (byte)parameters.WarmUpSeconds;
            buffer[offset + 9] = (byte)parameters.SampleCount;
            LittleEndian.WriteUInt16(buffer, offset + 10, (ushort)parameters.SampleIntervalSeconds);
            return Length;
        }

        /// <summary>Reads a block into <paramref name="target"/> (whose other fields stay) and validates the result.</summary>
        /// <param name="buffer">Source.</param>
        /// <param name="offset">First byte.</param>
        /// <param name="length">Bytes available; must be <see cref="Length"/>.</param>
        /// <param name="target">Receives the fields.</param>
        /// <returns>Null when valid, else the name of the first bad field (<c>length</c> for a wrong length).</returns>
        public static string Read(byte[] buffer, int offset, int length, AirNodeParameters target)
        {
            if (length != Length)
            {
                return nameof(length);
            }

            target.Pm25RaiseMicrogramsPerCubicMetre = LittleEndian.ReadUInt16(buffer, offset);
            target.Pm25ClearMicrogramsPerCubicMetre = LittleEndian.ReadUInt16(buffer, offset + 2);
            target.Pm10RaiseMicrogramsPerCubicMetre = LittleEndian.ReadUInt16(buffer, offset + 4);
            target.Pm10ClearMicrogramsPerCubicMetre = LittleEndian.ReadUInt16(buffer, offset + 6);
            target.WarmUpSeconds = buffer[offset + 8];
            target.SampleCount = buffer[offset + 9];
            target.SampleIntervalSeconds = LittleEndian.ReadUInt16(buffer, offset + 10);
            return target.Validate();
        }
    }
}
