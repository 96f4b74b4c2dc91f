// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using SmartCityNodes.Applications.Common;
using SmartCityNodes.LoRaWan.Frames;

namespace SmartCityNodes.Applications.ParkingNode
{
    /// <summary>
    /// Binary layout (version 1, 12 bytes, little-endian) of the ParkingNode's application parameter block in the
    /// node configuration (docs/applications.md "Parameter blocks"). Fields not in the block keep their defaults.
    /// Allocation-free.
    /// </summary>
    public static class ParkingNodeParameterBlock
    {
        /// <summary>Length of the version-1 block, bytes.</summary>
        public const int Length = 12;

        /// <summary>Flag bit of byte 6: the magnetometer's interrupt wakes the node.</summary>
        public const int FlagInterruptWake = 0x01;

        /// <summary>Writes the block (<see cref="Length"/> bytes).</summary>
        /// <param name="parameters">Source, assumed valid.</param>
        /// <param name="buffer">Destination.</param>
        /// <param name="offset">First byte.</param>
        /// <returns>Bytes written.</returns>
        public static int Write(ParkingNodeParameters parameters, byte[] buffer, int offset)
        {
            LittleEndian.WriteUInt16(buffer, offset, (ushort)parameters.OccupiedDeviationMilligauss);
            LittleEndian.WriteUInt16(buffer, offset + 2, (ushort)parameters.VacantDeviationMilligauss);
            LittleEndian.WriteUInt16(buffer, offset + 4, (ushort)parameters.ConfirmationSeconds);
            buffer[offset + 6] = (byte)(parameters.InterruptWake ? FlagInterruptWake : 0);
            buffer[offset + 7] = (byte)parameters.ConfirmationPollSeconds;
            LittleEndian.WriteUInt16(buffer, offset + 8, (ushort)parameters.PollIntervalSeconds);
            LittleEndian.WriteUInt16(buffer, offset + 10, (ushort)parameters.DriftStableMilligauss);
            return Length;
        }

        /// <summary>Reads a block into <paramref name="target"/> (whose other fields stay) and validates the result.</summary>
        /// <param name="buffer">Source.</param>
        /// <param name="offset">First byte.</param>
        /// <param name="length">Bytes available; must be <see cref="Length"/>.</param>
        /// <param name="target">Receives the fields.</param>
        /// <returns>Null when valid, else the name of the first bad field (<c>length</c> for a wrong length, <c>InterruptWake</c> for undefined flag bits).</returns>
        public static string Read(byte[] buffer, int offset, int length, ParkingNodeParameters target)
        {
            if (length != Length)
            {
                return nameof(length);
            }

            if ((buffer[offset + 6] & ~FlagInterruptWake) != 0)
            {
                return nameof(ParkingNodeParameters.InterruptWake);
            }

            target.OccupiedDeviationMilligauss = LittleEndian.ReadUInt16(buffer, offset);
            target.VacantDeviationMilligauss = LittleEndian.ReadUInt16(buffer, offset + 2);
            target.ConfirmationSeconds = LittleEndian.ReadUInt16(buffer, offset + 4);
            target.InterruptWake = buffer[offset + 6] != 0;
            target.ConfirmationPollSeconds = buffer[offset + 7];
            target.PollIntervalSeconds = LittleEndian.ReadUInt16(buffer, offset + 8);
            target.DriftStableMilligauss = LittleEndian.ReadUInt16(buffer, offset + 10);
            return target.Validate();
        }
    }
}
