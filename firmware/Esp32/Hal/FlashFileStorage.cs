// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.
// Device-only code: compiled in CI against firmware/DeviceFacades, on a device build against the real packages.

using System;
using System.IO;
using SmartCityNodes.Hal;

namespace SmartCityNodes.Firmware.Esp32
{
    /// <summary>
    /// <see cref="IPersistentStorage"/> over nanoFramework's file system on the internal flash drive (System.IO.FileSystem):
    /// slot n is the file <see cref="SlotFileLayout"/> names (<c>I:\scn\slot-n.bin</c>). A write is
    /// <c>new FileStream(path, FileMode.Create)</c>, <c>Write</c>, <c>Flush</c>; a read is <c>FileMode.Open</c> and
    /// <c>Read</c> into the caller's buffer (never <c>File.ReadAllBytes</c>). Argument checks are the layout's
    /// (portable, host-tested); anything the file system throws becomes <see cref="StorageStatus.IoError"/>.
    /// Allocation: every call creates a <see cref="FileStream"/> (and its native handle/buffer) — the file API
    /// offers no other way; the paths are built once at construction.
    /// </summary>
    public sealed class FlashFileStorage : IPersistentStorage
    {
        private readonly SlotFileLayout _layout;

        /// <summary>Storage over the given layout (start-up only); the directory is created by the first write that finds it missing.</summary>
        /// <param name="layout">Directory, slot count and capacity.</param>
        public FlashFileStorage(SlotFileLayout layout)
        {
            _layout = layout ?? throw new ArgumentNullException(nameof(layout));
        }

        /// <inheritdoc />
        public int SlotCount => _layout.SlotCount;

        /// <inheritdoc />
        public int SlotCapacityBytes => _layout.SlotCapacityBytes;

        /// <summary><c>I:\scn</c>, <paramref name="slotCount"/> slots of <paramref name="slotCapacityBytes"/>.</summary>
        /// <param name="slotCount">Number of slots (the runtime uses 4: node state 0/1, configuration 2/3).</param>
        /// <param name="slotCapacityBytes">Largest slot content.</param>
        public static FlashFileStorage OnInternalFlash(int slotCount, int slotCapacityBytes)
        {
            return new FlashFileStorage(new SlotFileLayout(SlotFileLayout.InternalFlashDirectory, slotCount, slotCapacityBytes));
        }

        /// <inheritdoc />
        public StorageStatus Read(int slot, byte[] buffer, int offset, int count, out int bytesRead)
        {
            bytesRead = 0;
            StorageStatus status = _layout.CheckRead(slot, buffer, offset, count);
            if (status != StorageStatus.Ok)
            {
                return status;
            }

            string path = _layout.PathOf(slot);
            try
            {
                if (!File.Exists(path))
                {
                    return StorageStatus.Empty;
                }

                int total = 0;
                using (FileStream file = new FileStream(path, FileMode.Open))
                {
                    while (total < count)
                    {
                        int read = file.Read(buffer, offset + total, count - total);
                        if (read <= 0)
                        {
                            break;
                        }

                        total += read;
                    }
                }

                bytesRead = total;
                return total == 0 ? StorageStatus.Empty : StorageStatus.Ok;
            }
            catch (Exception)
            {
                bytesRead = 0;
                return StorageStatus.IoError;
            }
        }

        /// <inheritdoc />
        public StorageStatus Write(int slot, byte[] buffer, int offset, int count)
        {
            StorageStatus status = _layout.CheckWrite(slot, buffer, offset, count);
            if (status != StorageStatus.Ok)
            {
                return status;
            }

            try
            {
                if (!Directory.Exists(_layout.Directory))
                {
                    Directory.CreateDirectory(_layout.Directory);
                }

                using (FileStream file = new FileStream(_layout.PathOf(slot), FileMode.Create))
                {
                    file.Write(buffer, offset, count);
                    file.Flush();
                }

                return StorageStatus.Ok;
            }
            catch (Exception)
            {
                return StorageStatus.IoError;
            }
        }
    }
}
