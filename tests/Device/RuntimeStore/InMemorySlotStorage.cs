// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using SmartCityNodes.Hal;

namespace SmartCityNodes.DeviceTests.RuntimeStore
{
    /// <summary>
    /// A few <see cref="IPersistentStorage"/> slots in RAM, written for nanoFramework (no generics, no Array.Fill), so the
    /// store tests run the same on nanoCLR and on the host. A slot behaves as a file on the ESP32's internal flash drive
    /// (the adapter over I:\ that the images use): it is empty until first written, and a read returns what the last
    /// write left. Three faults can be set up: a write torn after some bytes (a power cut: the slot keeps the bytes
    /// written so far, the file's length stops there, and the call reports IoError as the caller would never see it
    /// return), a read that fails with IoError, and a flipped bit (a damaged record).
    /// </summary>
    public sealed class InMemorySlotStorage : IPersistentStorage
    {
        private const int NoTear = -1;

        private readonly byte[][] slots;
        private readonly int[] lengths;
        private readonly bool[] failingReads;
        private int tearAfterBytes = NoTear;

        /// <summary>Creates <paramref name="slotCount"/> empty slots of <paramref name="slotCapacityBytes"/> bytes.</summary>
        /// <param name="slotCount">Number of slots.</param>
        /// <param name="slotCapacityBytes">Capacity of each.</param>
        public InMemorySlotStorage(int slotCount, int slotCapacityBytes)
        {
            slots = new byte[slotCount][];
            lengths = new int[slotCount];
            failingReads = new bool[slotCount];
            for (int slot = 0; slot < slotCount; slot++)
            {
                slots[slot] = new byte[slotCapacityBytes];
            }

            SlotCapacityBytes = slotCapacityBytes;
        }

        /// <inheritdoc />
        public int SlotCount => slots.Length;

        /// <inheritdoc />
        public int SlotCapacityBytes { get; }

        /// <summary>Writes started so far (torn ones included).</summary>
        public int WriteCount { get; private set; }

        /// <inheritdoc />
        public StorageStatus Read(int slot, byte[] buffer, int offset, int count, out int bytesRead)
        {
            bytesRead = 0;
            if (!IsValid(slot, buffer, offset, count))
            {
                return StorageStatus.InvalidArgument;
            }

            if (failingReads[slot])
            {
                return StorageStatus.IoError;
            }

            if (lengths[slot] == 0)
            {
                return StorageStatus.Empty;
            }

            bytesRead = lengths[slot] < count ? lengths[slot] : count;
            for (int i = 0; i < bytesRead; i++)
            {
                buffer[offset + i] = slots[slot][i];
            }

            return StorageStatus.Ok;
        }

        /// <inheritdoc />
        public StorageStatus Write(int slot, byte[] buffer, int offset, int count)
        {
            if (!IsValid(slot, buffer, offset, count))
            {
                return StorageStatus.InvalidArgument;
            }

            if (count > SlotCapacityBytes)
            {
                return StorageStatus.TooLarge;
            }

            WriteCount++;
            int written = tearAfterBytes == NoTear || tearAfterBytes > count ? count : tearAfterBytes;
            for (int i = 0; i < written; i++)
            {
                slots[slot][i] = buffer[offset + i];
            }

            lengths[slot] = written;
            if (tearAfterBytes != NoTear)
            {
                tearAfterBytes = NoTear;
                return StorageStatus.IoError;
            }

            return StorageStatus.Ok;
        }

        /// <summary>The next write stores only its first <paramref name="bytes"/> bytes and reports IoError (a power cut).</summary>
        /// <param name="bytes">Bytes that reach the flash.</param>
        public void TearNextWriteAfter(int bytes)
        {
            tearAfterBytes = bytes;
        }

        /// <summary>Makes every read of <paramref name="slot"/> fail with IoError (or work again).</summary>
        /// <param name="slot">Slot.</param>
        /// <param name="failing">True to fail.</param>
        public void SetReadFailing(int slot, bool failing)
        {
            failingReads[slot] = failing;
        }

        /// <summary>Inverts bit 0 of byte <paramref name="index"/> of the slot's content.</summary>
        /// <param name="slot">Slot.</param>
        /// <param name="index">Byte.</param>
        public void FlipBit(int slot, int index)
        {
            slots[slot][index] ^= 0x01;
        }

        /// <summary>Bytes the slot holds (0: empty).</summary>
        /// <param name="slot">Slot.</param>
        /// <returns>The file length.</returns>
        public int LengthOf(int slot)
        {
            return lengths[slot];
        }

        /// <summary>The slot's raw content (tests read record bytes through it).</summary>
        /// <param name="slot">Slot.</param>
        /// <returns>The slot's array (not a copy).</returns>
        public byte[] Content(int slot)
        {
            return slots[slot];
        }

        private bool IsValid(int slot, byte[] buffer, int offset, int count)
        {
            return slot >= 0 && slot < slots.Length && buffer != null && offset >= 0 && count >= 0 && offset <= buffer.Length && count <= buffer.Length - offset;
        }
    }
}
