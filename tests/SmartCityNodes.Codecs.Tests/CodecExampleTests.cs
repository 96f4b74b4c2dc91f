// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using System.Text.Json.Nodes;

namespace SmartCityNodes.Codecs.Tests;

/// <summary>
/// Every example of the three codec yaml files (expected outputs written by hand from docs/payloads) run in Jint, in
/// QuickJS and through the C# decoders; the three must give exactly the yaml's output.
/// </summary>
[TestClass]
public sealed class CodecExampleTests
{
    [TestMethod]
    [DataRow("binnode")]
    [DataRow("airnode")]
    [DataRow("parkingnode")]
    public void Examples_match_in_Jint(string device)
    {
        var codec = new JintCodec(device);
        AssertAll(CodecExample.Load(device), example => codec.Call(example.Function, example.Input), example => codec.Call("normalizeUplink", CodecInputs.NormalizeInput(example)));
    }

    [TestMethod]
    [DataRow("binnode")]
    [DataRow("airnode")]
    [DataRow("parkingnode")]
    public void Examples_match_in_QuickJS(string device)
    {
        var examples = CodecExample.Load(device);
        var calls = new List<(string, JsonNode?)>();
        foreach (var example in examples)
        {
            calls.Add((example.Function, example.Input));
            calls.Add(example.NormalizedOutput != null ? ("normalizeUplink", CodecInputs.NormalizeInput(example)) : ("decodeUplink", new JsonObject()));
        }

        JsonArray answers = QuickJsCodec.Call(device, calls);
        var index = examples.Select((example, i) => (example, i)).ToDictionary(p => (object)p.example, p => p.i, ReferenceEqualityComparer.Instance);
        AssertAll(examples, example => answers[2 * index[example]], example => answers[(2 * index[example]) + 1]);
    }

    [TestMethod]
    [DataRow("binnode")]
    [DataRow("airnode")]
    [DataRow("parkingnode")]
    public void Examples_match_the_CSharp_decoders(string device)
    {
        AssertAll(CodecExample.Load(device), CodecInputs.CSharpAnswer, normalize: null);
    }

    [TestMethod]
    [DataRow("binnode")]
    [DataRow("airnode")]
    [DataRow("parkingnode")]
    public void Examples_cover_every_message_type_and_error_case(string device)
    {
        var examples = CodecExample.Load(device);
        var uplinks = examples.Where(e => e.Section == "uplinkDecoder").ToList();
        foreach (int fPort in new[] { 1, 2, 10, 20 })
        {
            Assert.IsTrue(uplinks.Any(e => CodecInputs.PortOf(e.Input) == fPort && e.Output["data"] != null), $"{device}: no decoded example on FPort {fPort}");
        }

        string[] errorKinds = { "unknown FPort", "expected ", "unsupported format version", "" };
        foreach (string kind in errorKinds)
        {
            Assert.IsTrue(uplinks.Any(e => e.Output["errors"] is JsonArray errors && ((string)errors[0]!).StartsWith(kind, StringComparison.Ordinal)), $"{device}: no uplink error example '{kind}'");
        }

        foreach (string section in new[] { "downlinkEncoder", "downlinkDecoder" })
        {
            Assert.IsTrue(examples.Any(e => e.Section == section && e.Output["errors"] == null), $"{device}: no successful {section} example");
            Assert.IsTrue(examples.Any(e => e.Section == section && e.Output["errors"] != null), $"{device}: no {section} error example");
        }

        var commands = examples.Where(e => e.Section == "downlinkEncoder" && e.Output["errors"] == null)
            .SelectMany(e => e.Input["data"]!["commands"]!.AsArray()).Select(c => (string)c!["command"]!).Distinct().Count();
        Assert.IsTrue(commands >= (device == "binnode" ? 6 : 2), $"{device}: {commands} command kinds in the encoder examples");
    }

    private static void AssertAll(IReadOnlyList<CodecExample> examples, Func<CodecExample, JsonNode?> run, Func<CodecExample, JsonNode?>? normalize)
    {
        var failures = new List<string>();
        foreach (var example in examples)
        {
            string? difference = JsonCompare.Difference(example.Output, run(example));
            if (difference != null)
            {
                failures.Add($"{example}: {difference}");
            }

            if (normalize != null && example.NormalizedOutput != null)
            {
                difference = JsonCompare.Difference(example.NormalizedOutput["data"], CodecInputs.NormalizedData(normalize(example)));
                if (difference != null)
                {
                    failures.Add($"{example} normalized: {difference}");
                }
            }
        }

        Assert.IsTrue(examples.Count >= 15, $"only {examples.Count} examples");
        Assert.AreEqual(0, failures.Count, string.Join(Environment.NewLine, failures));
    }
}
