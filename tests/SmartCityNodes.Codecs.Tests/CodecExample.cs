// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using System.Text.Json.Nodes;

namespace SmartCityNodes.Codecs.Tests;

/// <summary>One example of a codec yaml file.</summary>
/// <param name="Device">binnode, airnode or parkingnode.</param>
/// <param name="Section">uplinkDecoder, downlinkEncoder or downlinkDecoder.</param>
/// <param name="Description">The example's description.</param>
/// <param name="Input">Its input.</param>
/// <param name="Output">Its expected output.</param>
/// <param name="NormalizedOutput">Its expected normalizeUplink output, or null.</param>
internal sealed record CodecExample(string Device, string Section, string Description, JsonNode Input, JsonNode Output, JsonNode? NormalizedOutput)
{
    public static readonly string[] Sections = { "uplinkDecoder", "downlinkEncoder", "downlinkDecoder" };

    /// <summary>The JavaScript function a section calls.</summary>
    public string Function => Section switch
    {
        "uplinkDecoder" => "decodeUplink",
        "downlinkEncoder" => "encodeDownlink",
        _ => "decodeDownlink",
    };

    public override string ToString() => $"{Device} {Section} \"{Description}\"";

    /// <summary>Every example of the device's codec yaml.</summary>
    public static IReadOnlyList<CodecExample> Load(string device)
    {
        var root = YamlJson.Load(Repository.VendorFile(device + "-codec.yaml"))!.AsObject();
        var examples = new List<CodecExample>();
        foreach (string section in Sections)
        {
            var script = root[section]!.AsObject();
            if ((string?)script["fileName"] != device + ".js")
            {
                throw new InvalidDataException($"{device} {section} names {script["fileName"]}");
            }

            foreach (var example in script["examples"]!.AsArray())
            {
                examples.Add(new CodecExample(device, section, (string)example!["description"]!, example["input"]!, example["output"]!, example["normalizedOutput"]));
            }
        }

        return examples;
    }
}
