// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using System.Text.Json.Nodes;

namespace SmartCityNodes.Codecs;

/// <summary>What <see cref="ConfigurationDownlinkEncoder.Encode"/> returns: bytes and FPort, or errors.</summary>
public sealed class DownlinkEncodeResult
{
    private DownlinkEncodeResult(byte[] bytes, int fPort, IReadOnlyList<string> errors)
    {
        Bytes = bytes;
        FPort = fPort;
        Errors = errors;
    }

    /// <summary>FRMPayload to send; empty on failure.</summary>
    public byte[] Bytes { get; }

    /// <summary>FPort to send it on; 0 on failure.</summary>
    public int FPort { get; }

    /// <summary>Why the request was refused; empty on success.</summary>
    public IReadOnlyList<string> Errors { get; }

    /// <summary>True when bytes were produced.</summary>
    public bool Succeeded => Errors.Count == 0;

    /// <summary>A successful encoding.</summary>
    /// <param name="bytes">FRMPayload.</param>
    /// <param name="fPort">FPort.</param>
    /// <returns>The result.</returns>
    public static DownlinkEncodeResult Success(byte[] bytes, int fPort) => new(bytes, fPort, Array.Empty<string>());

    /// <summary>A refusal.</summary>
    /// <param name="error">Why.</param>
    /// <returns>The result.</returns>
    public static DownlinkEncodeResult Failure(string error) => new(Array.Empty<byte>(), 0, new[] { error });

    /// <summary>The result as the JavaScript encodeDownlink would return it.</summary>
    /// <returns>A new JSON object.</returns>
    public JsonObject ToJson()
    {
        if (!Succeeded)
        {
            return new JsonObject { ["errors"] = new JsonArray(Errors.Select(e => (JsonNode?)JsonValue.Create(e)).ToArray()) };
        }

        return new JsonObject
        {
            ["bytes"] = new JsonArray(Bytes.Select(b => (JsonNode?)JsonValue.Create((int)b)).ToArray()),
            ["fPort"] = FPort,
        };
    }
}
