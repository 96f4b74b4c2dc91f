// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using System.Text.Json.Nodes;

namespace SmartCityNodes.Codecs.Tests;

/// <summary>Conversions between codec-example JSON and the C# API.</summary>
internal static class CodecInputs
{
    public static NodeType NodeTypeOf(string device) => device switch
    {
        "binnode" => NodeType.BinNode,
        "airnode" => NodeType.AirNode,
        "parkingnode" => NodeType.ParkingNode,
        _ => throw new ArgumentOutOfRangeException(nameof(device)),
    };

    public static byte[] BytesOf(JsonNode input) => input["bytes"]!.AsArray().Select(b => (byte)IntOf(b!)).ToArray();

    public static int PortOf(JsonNode input) => IntOf(input["fPort"]!);

    public static int IntOf(JsonNode number) => int.Parse(number.ToJsonString(), System.Globalization.CultureInfo.InvariantCulture);

    public static JsonObject DecodeInput(int fPort, byte[] bytes) =>
        new() { ["fPort"] = fPort, ["bytes"] = new JsonArray(bytes.Select(b => (JsonNode?)JsonValue.Create((int)b)).ToArray()) };

    /// <summary>What the C# library answers for an example, shaped as the JavaScript result.</summary>
    public static JsonNode CSharpAnswer(CodecExample example)
    {
        NodeType nodeType = NodeTypeOf(example.Device);
        return example.Section switch
        {
            "uplinkDecoder" => UplinkDecoder.Decode(nodeType, PortOf(example.Input), BytesOf(example.Input)).ToJson(),
            "downlinkEncoder" => ConfigurationDownlinkEncoder.Encode(nodeType, example.Input["data"]).ToJson(),
            _ => ConfigurationDownlinkDecoder.Decode(PortOf(example.Input), BytesOf(example.Input)).ToJson(),
        };
    }

    /// <summary>The input The Things Stack hands normalizeUplink: the decoded data.</summary>
    public static JsonObject NormalizeInput(CodecExample example) => new() { ["data"] = example.Output["data"]!.DeepClone() };

    /// <summary>The lorawan-devices validator wraps an object result of normalizeUplink in an array.</summary>
    public static JsonNode? NormalizedData(JsonNode? result)
    {
        JsonNode? data = result?["data"];
        return data is JsonObject ? new JsonArray(data.DeepClone()) : data?.DeepClone();
    }
}
