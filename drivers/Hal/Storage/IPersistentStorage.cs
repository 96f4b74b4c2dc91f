// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

namespace SmartCityNodes.Hal
{
    /// <summary>
    /// A few fixed slots of persistent storage, each read and written whole. On the ESP32 a slot is one file on
    /// nanoFramework's internal flash drive <c>I:\</c> (System.IO.FileSystem: <c>FileStream</c> with
    /// <c>FileMode.Create</c>, <c>Write</c>, <c>Flush</c>; reading with <c>FileMode.Open</c>, <c>Read</c>), so the
    /// adapter is a file name per slot and nothing else. The interface promises no atomicity: a power cut during
    /// <see cref="Write"/> may leave the slot torn (new bytes up to the cut, old or erased bytes or nothing after
    /// it). Callers that need power-loss safety keep two slots with a sequence number and a CRC
    /// (<c>SmartCityNodes.Runtime.Storage.SlotPair</c>).
    /// </summary>
    public interface IPersistentStorage
    {
        /// <summary>Number of slots (slot numbers are 0..SlotCount-1).</summary>
        int SlotCount { get; }

        /// <summary>The most bytes one slot holds.</summary>
        int SlotCapacityBytes { get; }

        /// <summary>
        /// Copies the slot's content, at most <paramref name="count"/> bytes, into <paramref name="buffer"/> from
        /// <paramref name="offset"/>; <paramref name="bytesRead"/> says how many. A raw flash slot returns its whole
        /// capacity (erased bytes read 0xFF); a file returns its length. The caller validates what it reads.
        /// </summary>
        /// <param name="slot">Slot number.</param>
        /// <param name="buffer">Destination.</param>
        /// <param name="offset">First byte of the destination.</param>
        /// <param name="count">Room in the destination.</param>
        /// <param name="bytesRead">Bytes copied (0 unless <see cref="StorageStatus.Ok"/>).</param>
        StorageStatus Read(int slot, byte[] buffer, int offset, int count, out int bytesRead);

        /// <summary>Replaces the slot's whole content with <paramref name="count"/> bytes of <paramref name="buffer"/> and flushes.</summary>
        /// <param name="slot">Slot number.</param>
        /// <param name="buffer">Source.</param>
        /// <param name="offset">First byte of the source.</param>
        /// <param name="count">Bytes to store (at most <see cref="SlotCapacityBytes"/>).</param>
        StorageStatus Write(int slot, byte[] buffer, int offset, int count);
    }
}
