// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using SmartCityNodes.Hal;
using SmartCityNodes.TestSupport.Storage;

namespace SmartCityNodes.Applications.Tests.Node
{
    /// <summary>
    /// The node's flash (a <see cref="SimulatedFlashStorage"/> with its power-cut injection) seen from the firmware.
    /// When an armed cut fires during a write, the node has lost power at that instant: the time is recorded and every
    /// later call fails. The runtime catches faults and carries on, so the harness drops everything the node "did"
    /// after <see cref="CutAtMicroseconds"/> (frames that would never have left) and boots it again with PowerOn.
    /// </summary>
    internal sealed class PowerCutStorage : IPersistentStorage
    {
        private readonly SimulatedFlashStorage _flash;
        private readonly VirtualClock _clock;

        public PowerCutStorage(SimulatedFlashStorage flash, VirtualClock clock)
        {
            _flash = flash;
            _clock = clock;
        }

        public int SlotCount => _flash.SlotCount;

        public int SlotCapacityBytes => _flash.SlotCapacityBytes;

        public long CutAtMicroseconds { get; private set; } = -1;

        public bool Cut => CutAtMicroseconds >= 0;

        public int Writes { get; private set; }

        public void Restore()
        {
            CutAtMicroseconds = -1;
            _flash.PowerOn();
        }

        public StorageStatus Read(int slot, byte[] buffer, int offset, int count, out int bytesRead)
        {
            if (Cut)
            {
                bytesRead = 0;
                return StorageStatus.IoError;
            }

            return _flash.Read(slot, buffer, offset, count, out bytesRead);
        }

        public StorageStatus Write(int slot, byte[] buffer, int offset, int count)
        {
            if (Cut)
            {
                return StorageStatus.IoError;
            }

            Writes++;
            StorageStatus status = _flash.Write(slot, buffer, offset, count);
            if (_flash.PoweredOff)
            {
                CutAtMicroseconds = _clock.UptimeMicroseconds;
                return StorageStatus.IoError;
            }

            return status;
        }
    }
}
