// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using SmartCityNodes.Applications.Common;

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
            ParameterBlockBytes.WriteUInt16(buffer, offset, parameters.Pm25RaiseMicrogramsPerCubicMetre);
            ParameterBlockBytes.WriteUInt16(buffer, offset + 2, parameters.Pm25ClearMicrogramsPerCubicMetre);
            ParameterBlockBytes.WriteUInt16(buffer, offset + 4, parameters.Pm10RaiseMicrogramsPerCubicMetre);
            ParameterBlockBytes.WriteUInt16(buffer, offset + 6, parameters.Pm10ClearMicrogramsPerCubicMetre);
            buffer[offset + 8] = (byte)parameters.WarmUpSeconds;
            buffer[offset + 9] = (byte)parameters.SampleCount;
            ParameterBlockBytes.WriteUInt16(buffer, offset + 10, parameters.SampleIntervalSeconds);
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

            target.Pm25RaiseMicrogramsPerCubicMetre = ParameterBlockBytes.ReadUInt16(buffer, offset);
            target.Pm25ClearMicrogramsPerCubicMetre = ParameterBlockBytes.ReadUInt16(buffer, offset + 2);
            target.Pm10RaiseMicrogramsPerCubicMetre = ParameterBlockBytes.ReadUInt16(buffer, offset + 4);
            target.Pm10ClearMicrogramsPerCubicMetre = ParameterBlockBytes.ReadUInt16(buffer, offset + 6);
            target.WarmUpSeconds = buffer[offset + 8];
            target.SampleCount = buffer[offset + 9];
            target.SampleIntervalSeconds = ParameterBlockBytes.ReadUInt16(buffer, offset + 10);
            return target.Validate();
        }
    }
}
