// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

namespace SmartCityNodes.Simulator.Node
{
    /// <summary>
    /// The node's persistent store as the simulator sees it: named byte records that survive a deep sleep, and
    /// nothing else does. Counts writes for the flash-wear figure. (The runtime's power-loss-safe two-slot store
    /// replaces this when the harness moves onto firmware/Runtime.)
    /// </summary>
    internal sealed class NodeFlash
    {
        private readonly Dictionary<string, byte[]> _records = new();

        public long Writes { get; private set; }

        /// <summary>Writes a record (a copy).</summary>
        public void Write(string name, byte[] buffer, int offset, int count)
        {
            if (!_records.TryGetValue(name, out var record) || record.Length != count)
            {
                record = new byte[count];
                _records[name] = record;
            }

            Buffer.BlockCopy(buffer, offset, record, 0, count);
            Writes++;
        }

        /// <summary>The record, or null if never written.</summary>
        public byte[]? Read(string name) => _records.TryGetValue(name, out var record) ? record : null;
    }
}
