// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using SmartCityNodes.Codecs;

namespace SmartCityNodes.Simulator.Network
{
    /// <summary>The C# decoders of tools/Codecs (written apart from the firmware encoders), as compact JSON.</summary>
    internal sealed class CodecsUplinkDecoder : IUplinkDecoder
    {
        public string? Decode(string deviceType, int fPort, byte[] payload, int length)
        {
            var type = deviceType switch { "bin" => NodeType.BinNode, "air" => NodeType.AirNode, _ => NodeType.ParkingNode };
            var result = UplinkDecoder.Decode(type, fPort, payload.AsSpan(0, length).ToArray());
            return result.ToJson().ToJsonString();
        }
    }
}
