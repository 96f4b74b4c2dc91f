// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using SmartCityNodes.LoRaWan.Mac;

namespace SmartCityNodes.Simulator.Node
{
    /// <summary>The MAC's <see cref="IMacStateStore"/> on the node's flash: record "mac".</summary>
    internal sealed class FlashMacStore : IMacStateStore
    {
        public const string RecordName = "mac";
        private readonly NodeFlash _flash;

        public FlashMacStore(NodeFlash flash) => _flash = flash;

        public int Saves { get; private set; }

        public bool Save(byte[] record, int offset, int count)
        {
            _flash.Write(RecordName, record, offset, count);
            Saves++;
            return true;
        }
    }
}
