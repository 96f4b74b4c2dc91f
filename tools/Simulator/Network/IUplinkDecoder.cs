// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

namespace SmartCityNodes.Simulator.Network
{
    /// <summary>
    /// The decode hook of the network server's application side: the JS codecs (tools/Codecs, run in Jint) plug in
    /// here; until then <see cref="HexUplinkDecoder"/> shows the bytes.
    /// </summary>
    internal interface IUplinkDecoder
    {
        /// <summary>Decodes one application payload into a short text (JSON for the codecs); null when it cannot.</summary>
        string? Decode(string deviceType, int fPort, byte[] payload, int length);
    }
}
