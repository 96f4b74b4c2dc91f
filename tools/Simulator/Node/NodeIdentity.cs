// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using SmartCityNodes.Simulator.Common;

namespace SmartCityNodes.Simulator.Node
{
    /// <summary>Keys and EUIs of a simulated node, derived from the seed and the name (never real keys).</summary>
    internal sealed class NodeIdentity
    {
        public NodeIdentity(string name, ulong seed, int index)
        {
            ulong stream = DeterministicRandom.StreamOf(name);
            DevEui = 0x70B3D57ED0000000UL | (uint)index;
            JoinEui = 0x70B3D57ED0000000UL;
            AppKey = BitConverter.GetBytes(DeterministicRandom.Hash(seed, stream, 1)).Concat(BitConverter.GetBytes(DeterministicRandom.Hash(seed, stream, 2))).ToArray();
            NwkSKey = BitConverter.GetBytes(DeterministicRandom.Hash(seed, stream, 3)).Concat(BitConverter.GetBytes(DeterministicRandom.Hash(seed, stream, 4))).ToArray();
            AppSKey = BitConverter.GetBytes(DeterministicRandom.Hash(seed, stream, 5)).Concat(BitConverter.GetBytes(DeterministicRandom.Hash(seed, stream, 6))).ToArray();
            DevAddr = 0x26000000u | (0x00FFFFFFu & (uint)(0x800000 + index));
        }

        public ulong DevEui { get; }
        public ulong JoinEui { get; }
        public byte[] AppKey { get; }
        public uint DevAddr { get; }
        public byte[] NwkSKey { get; }
        public byte[] AppSKey { get; }
    }
}
