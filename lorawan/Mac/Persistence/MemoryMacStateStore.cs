// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using System;

namespace SmartCityNodes.LoRaWan.Mac
{
    /// <summary>
    /// An <see cref="IMacStateStore"/> in RAM: for host tools, the simulator and tests, where "deep sleep" is a new
    /// <c>LoRaWanNode</c> over the same store. RAM does not survive an ESP32 deep sleep; on the device the node runtime
    /// supplies the flash store. Allocates its buffer once; <see cref="Save"/> and <see cref="Load"/> allocate nothing.
    /// </summary>
    public sealed class MemoryMacStateStore : IMacStateStore
    {
        /// <summary>Capacity of the parameterless constructor: above the largest record of any region (about 1 KB for a fixed plan with a postponed frame).</summary>
        public const int DefaultCapacity = 2048;

        private readonly byte[] _record;
        private int _length;

        /// <summary>Creates an empty store of <see cref="DefaultCapacity"/> bytes.</summary>
        public MemoryMacStateStore()
            : this(DefaultCapacity)
        {
        }

        /// <summary>Creates an empty store holding records of up to <paramref name="capacity"/> bytes.</summary>
        /// <param name="capacity">Largest record, e.g. <see cref="MacStateRecord.MaxLength"/> of the state.</param>
        public MemoryMacStateStore(int capacity)
        {
            if (capacity <= 0)
            {
                throw new ArgumentOutOfRangeException();
            }

            _record = new byte[capacity];
        }

        /// <summary>Successful saves so far.</summary>
        public int SaveCount { get; private set; }

        /// <summary>Length of the record held (0 when empty).</summary>
        public int Length
        {
            get { return _length; }
        }

        /// <summary>When true, <see cref="Save"/> fails (a worn or full flash, for tests of the failure paths).</summary>
        public bool FailSaves { get; set; }

        /// <inheritdoc/>
        public bool Save(byte[] record, int offset, int count)
        {
            if (FailSaves || record == null || offset < 0 || count <= 0 || count > _record.Length || offset + count > record.Length)
            {
                return false;
            }

            Array.Copy(record, offset, _record, 0, count);
            _length = count;
            SaveCount++;
            return true;
        }

        /// <inheritdoc/>
        public int Load(byte[] buffer, int offset, int capacity)
        {
            if (buffer == null || offset < 0 || capacity < _length || offset + _length > buffer.Length)
            {
                return -1;
            }

            Array.Copy(_record, 0, buffer, offset, _length);
            return _length;
        }

        /// <summary>Forgets the record (a factory-fresh device).</summary>
        public void Clear()
        {
            _length = 0;
        }
    }
}
