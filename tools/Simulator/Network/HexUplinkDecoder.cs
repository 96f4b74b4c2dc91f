// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

namespace SmartCityNodes.Simulator.Network
{
    /// <summary>The placeholder decoder: the payload as hex.</summary>
    internal sealed class HexUplinkDecoder : IUplinkDecoder
    {
        public string? Decode(string deviceType, int fPort, byte[] payload, int length) => Convert.ToHexString(payload, 0, length);
    }
}
