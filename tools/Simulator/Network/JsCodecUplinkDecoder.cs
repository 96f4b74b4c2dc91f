// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using Jint;

namespace SmartCityNodes.Simulator.Network
{
    /// <summary>
    /// The network-server JavaScript codecs (tools/Codecs/vendor/smartcitynodes/*.js, the files The Things Stack and
    /// ChirpStack load) run in Jint: decodeUplink({ bytes, fPort }) as a network server calls it. One engine per
    /// device type, created on first use.
    /// </summary>
    internal sealed class JsCodecUplinkDecoder : IUplinkDecoder
    {
        private readonly string _folder;
        private readonly Dictionary<string, Engine> _engines = new();

        public JsCodecUplinkDecoder(string folder)
        {
            _folder = folder;
        }

        public string? Decode(string deviceType, int fPort, byte[] payload, int length)
        {
            if (!_engines.TryGetValue(deviceType, out var engine))
            {
                string file = Path.Combine(_folder, deviceType switch { "bin" => "binnode.js", "air" => "airnode.js", _ => "parkingnode.js" });
                engine = new Engine(options => options.TimeoutInterval(TimeSpan.FromSeconds(1)));
                engine.Execute(File.ReadAllText(file));
                _engines[deviceType] = engine;
            }

            string call = $"JSON.stringify(decodeUplink({{ bytes: [{string.Join(',', payload.Take(length))}], fPort: {fPort} }}))";
            return engine.Evaluate(call).AsString();
        }
    }
}
