// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using System;

namespace SmartCityNodes.Hal
{
    /// <summary>
    /// Where a file-backed <see cref="IPersistentStorage"/> keeps its slots, and the argument checks every call makes
    /// before touching the file system: slot n is the file <c>&lt;directory&gt;\slot-n.bin</c> (on the ESP32
    /// <c>I:\scn\slot-0.bin</c> …, nanoFramework's internal flash drive). The paths are built once here, at start-up,
    /// so a read or write builds no string.
    /// </summary>
    [HotPath]
    public sealed class SlotFileLayout
    {
        /// <summary>The directory on nanoFramework's internal flash drive I: (ESP32).</summary>
        public const string InternalFlashDirectory = "I:\\scn";

        private readonly string[] _paths;

        /// <summary>Lays out <paramref name="slotCount"/> slot files in <paramref name="directory"/>.</summary>
        /// <param name="directory">Directory without a trailing separator, e.g. <see cref="InternalFlashDirectory"/>.</param>
        /// <param name="slotCount">Number of slots, 1 or more.</param>
        /// <param name="slotCapacityBytes">Largest slot content, 1 byte or more.</param>
        /// <exception cref="ArgumentException">Empty directory or one ending in a separator.</exception>
        /// <exception cref="ArgumentOutOfRangeException">Slot count or capacity below 1.</exception>
        public SlotFileLayout(string directory, int slotCount, int slotCapacityBytes)
        {
            if (directory == null || directory.Length == 0 || directory[directory.Length - 1] == '\\' || directory[directory.Length - 1] == '/')
            {
                throw new ArgumentException("directory must be non-empty without a trailing separator", nameof(directory));
            }

            if (slotCount < 1)
            {
                throw new ArgumentOutOfRangeException(nameof(slotCount));
            }

            if (slotCapacityBytes < 1)
            {
                throw new ArgumentOutOfRangeException(nameof(slotCapacityBytes));
            }

            Directory = directory;
            SlotCapacityBytes = slotCapacityBytes;
            _paths = new string[slotCount];
            for (int slot = 0; slot < slotCount; slot++)
            {
                _paths[slot] = directory + "\\slot-" + slot.ToString() + ".bin";
            }
        }

        /// <summary>The directory holding the slot files.</summary>
        public string Directory { get; }

        /// <summary>Number of slots.</summary>
        public int SlotCount => _paths.Length;

        /// <summary>Largest slot content in bytes.</summary>
        public int SlotCapacityBytes { get; }

        /// <summary>The file of a slot (built at construction), or null for a slot outside 0..SlotCount-1.</summary>
        /// <param name="slot">Slot number.</param>
        public string PathOf(int slot)
        {
            return slot >= 0 && slot < _paths.Length ? _paths[slot] : null;
        }

        /// <summary>
        /// The check before a read: <see cref="StorageStatus.InvalidArgument"/> for a bad slot or a byte range outside
        /// the buffer, otherwise Ok.
        /// </summary>
        /// <param name="slot">Slot number.</param>
        /// <param name="buffer">Destination.</param>
        /// <param name="offset">First byte of the destination.</param>
        /// <param name="count">Room in the destination.</param>
        public StorageStatus CheckRead(int slot, byte[] buffer, int offset, int count)
        {
            return IsValidSlot(slot) && IsRangeInside(buffer, offset, count) ? StorageStatus.Ok : StorageStatus.InvalidArgument;
        }

        /// <summary>
        /// The check before a write: <see cref="StorageStatus.InvalidArgument"/> for a bad slot or range,
        /// <see cref="StorageStatus.TooLarge"/> for more than <see cref="SlotCapacityBytes"/>, otherwise Ok.
        /// </summary>
        /// <param name="slot">Slot number.</param>
        /// <param name="buffer">Source.</param>
        /// <param name="offset">First byte of the source.</param>
        /// <param name="count">Bytes to store.</param>
        public StorageStatus CheckWrite(int slot, byte[] buffer, int offset, int count)
        {
            if (!IsValidSlot(slot) || !IsRangeInside(buffer, offset, count))
            {
                return StorageStatus.InvalidArgument;
            }

            return count > SlotCapacityBytes ? StorageStatus.TooLarge : StorageStatus.Ok;
        }

        private bool IsValidSlot(int slot)
        {
            return slot >= 0 && slot < _paths.Length;
        }

        private static bool IsRangeInside(byte[] buffer, int offset, int count)
        {
            return buffer != null && offset >= 0 && count >= 0 && offset <= buffer.Length && count <= buffer.Length - offset;
        }
    }
}
