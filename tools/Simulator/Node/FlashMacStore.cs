// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using SmartCityNodes.LoRaWan.Mac;

namespace SmartCityNodes.Simulator.Node
{
    /// <summary>The MAC's <see cref="IMacStateStore"/> on the node's flash: record "mac" (LoRaWanNode loads it once per start).</summary>
    internal sealed class FlashMacStore : IMacStateStore
    {
        public const string RecordName = "mac";
        private readonly NodeFlash _flash;
        private readonly Func<long> _now;

        /// <param name="flash">The node's flash.</param>
        /// <param name="now">Simulated time now (the RTC), to know later how long the node slept since the save.</param>
        public FlashMacStore(NodeFlash flash, Func<long> now)
        {
            _flash = flash;
            _now = now;
        }

        public int Saves { get; private set; }

        /// <summary>Simulated time of the last save in this wake.</summary>
        public long LastSaveMilliseconds { get; private set; } = -1;

        public bool Save(byte[] record, int offset, int count)
        {
            _flash.Write(RecordName, record, offset, count);
            Saves++;
            LastSaveMilliseconds = _now();
            return true;
        }

        public int Load(byte[] buffer, int offset, int capacity)
        {
            byte[]? record = _flash.Read(RecordName);
            if (record == null)
            {
                return 0;
            }

            if (record.Length > capacity)
            {
                return -1;
            }

            Buffer.BlockCopy(record, 0, buffer, offset, record.Length);
            return record.Length;
        }
    }
}
