// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using SmartCityNodes.Hal;

namespace SmartCityNodes.TestSupport.Storage
{
    /// <summary>
    /// Host stand-in for the ESP32 internal flash: slots of whole 4 KB sectors with NOR semantics (erase sets every
    /// byte to 0xFF, programming can only clear bits: cell &amp;= value), erase counts per sector, and a power cut
    /// that can be armed at any byte of the next write. After the cut every call fails until <see cref="PowerOn"/>.
    /// </summary>
    public sealed class SimulatedFlashStorage : IPersistentStorage
    {
        /// <summary>Erase unit of the ESP32's SPI NOR flash (W25Q32JV/GD25Q32: 4 KB sector erase).</summary>
        public const int SectorBytes = 4096;

        private readonly byte[][] cells;
        private readonly int[] lengths;
        private readonly long[] erases;
        private int armedOffset = -1;
        private TornWriteModel armedModel;

        /// <summary>Creates <paramref name="slotCount"/> erased slots of <paramref name="sectorsPerSlot"/> sectors.</summary>
        public SimulatedFlashStorage(int slotCount, int sectorsPerSlot = 1)
        {
            cells = new byte[slotCount][];
            lengths = new int[slotCount];
            erases = new long[slotCount];
            for (int i = 0; i < slotCount; i++)
            {
                cells[i] = new byte[sectorsPerSlot * SectorBytes];
                System.Array.Fill(cells[i], (byte)0xFF);
            }
        }

        /// <inheritdoc />
        public int SlotCount => cells.Length;

        /// <inheritdoc />
        public int SlotCapacityBytes => cells[0].Length;

        /// <summary>True after a cut fired, until <see cref="PowerOn"/>.</summary>
        public bool PoweredOff { get; private set; }

        /// <summary>Writes started (completed or cut).</summary>
        public long WriteCount { get; private set; }

        /// <summary>Bytes handed to <see cref="Write"/>.</summary>
        public long BytesWritten { get; private set; }

        /// <summary>Sector erases per slot so far.</summary>
        public long EraseCount(int slot) => erases[slot];

        /// <summary>Length of the write the last cut fired in, and the byte it fired at.</summary>
        public int LastCutWriteLength { get; private set; }

        /// <summary>Byte offset the last cut fired at.</summary>
        public int LastCutOffset { get; private set; }

        /// <summary>True when an armed cut has not fired yet.</summary>
        public bool CutArmed => armedOffset >= 0;

        /// <summary>Cuts power at byte <paramref name="byteOffset"/> of the next write (offset ≥ length: after the last byte, before the call returns).</summary>
        public void ArmPowerCut(int byteOffset, TornWriteModel model)
        {
            armedOffset = byteOffset;
            armedModel = model;
        }

        /// <summary>Disarms a cut that has not fired.</summary>
        public void Disarm() => armedOffset = -1;

        /// <summary>Slot whose reads fail with IoError (-1: none).</summary>
        public int FailingReadSlot { get; set; } = -1;

        /// <summary>Power comes back.</summary>
        public void PowerOn() => PoweredOff = false;

        /// <summary>Raw slot bytes (tests corrupt them on purpose).</summary>
        public byte[] RawSlot(int slot) => cells[slot];

        /// <summary>Sets the file length of a slot (tests truncate on purpose).</summary>
        public void SetLength(int slot, int length) => lengths[slot] = length;

        /// <inheritdoc />
        public StorageStatus Read(int slot, byte[] buffer, int offset, int count, out int bytesRead)
        {
            bytesRead = 0;
            if (PoweredOff)
            {
                return StorageStatus.IoError;
            }

            if (slot < 0 || slot >= cells.Length || buffer == null || offset < 0 || count < 0 || offset + count > buffer.Length)
            {
                return StorageStatus.InvalidArgument;
            }

            if (slot == FailingReadSlot)
            {
                return StorageStatus.IoError;
            }

            if (lengths[slot] == 0)
            {
                return StorageStatus.Empty;
            }

            bytesRead = lengths[slot] < count ? lengths[slot] : count;
            System.Array.Copy(cells[slot], 0, buffer, offset, bytesRead);
            return StorageStatus.Ok;
        }

        /// <inheritdoc />
        public StorageStatus Write(int slot, byte[] buffer, int offset, int count)
        {
            if (PoweredOff)
            {
                return StorageStatus.IoError;
            }

            if (slot < 0 || slot >= cells.Length || buffer == null || offset < 0 || count < 0 || offset + count > buffer.Length)
            {
                return StorageStatus.InvalidArgument;
            }

            if (count > cells[slot].Length)
            {
                return StorageStatus.TooLarge;
            }

            WriteCount++;
            BytesWritten += count;
            byte[] slotCells = cells[slot];
            int cut = armedOffset >= 0 && armedOffset < count ? armedOffset : count;
            TornWriteModel model = armedOffset >= 0 ? armedModel : TornWriteModel.ErasedTail;
            switch (model)
            {
                case TornWriteModel.ErasedTail:
                    int sectors = (count + SectorBytes - 1) / SectorBytes;
                    if (sectors == 0)
                    {
                        sectors = 1;
                    }

                    System.Array.Fill(slotCells, (byte)0xFF, 0, sectors * SectorBytes);
                    erases[slot] += sectors;
                    for (int i = 0; i < cut; i++)
                    {
                        slotCells[i] &= buffer[offset + i];
                    }

                    lengths[slot] = count;
                    break;
                case TornWriteModel.OldTail:
                    System.Array.Copy(buffer, offset, slotCells, 0, cut);
                    lengths[slot] = cut == count ? count : (lengths[slot] > count ? lengths[slot] : count);
                    break;
                default:
                    System.Array.Copy(buffer, offset, slotCells, 0, cut);
                    lengths[slot] = cut;
                    break;
            }

            if (armedOffset >= 0)
            {
                LastCutWriteLength = count;
                LastCutOffset = cut;
                armedOffset = -1;
                PoweredOff = true;
                return StorageStatus.IoError;
            }

            return StorageStatus.Ok;
        }
    }
}
