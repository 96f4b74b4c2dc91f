// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using System.Text.Json.Nodes;

namespace SmartCityNodes.Codecs.Tests;

/// <summary>
/// ChirpStack v4 calls the codec in QuickJS with its own input shapes: decodeUplink({bytes, fPort, recvTime (a Date),
/// variables}) and encodeDownlink({data, variables}) (chirpstack/src/codec/js/mod.rs). Every yaml example must give
/// the same answer with those inputs.
/// </summary>
[TestClass]
public sealed class ChirpStackInputTests
{
    [TestMethod]
    [DataRow("binnode")]
    [DataRow("airnode")]
    [DataRow("parkingnode")]
    public void Examples_give_the_same_answer_with_chirpstack_inputs(string device)
    {
        var examples = CodecExample.Load(device).Where(e => e.Section != "downlinkDecoder").ToList();
        var expressions = examples.Select(e => e.Section == "uplinkDecoder"
            ? $"decodeUplink({{bytes: {e.Input["bytes"]!.ToJsonString()}, fPort: {e.Input["fPort"]!.ToJsonString()}, recvTime: new Date(0), variables: {{site: \"north\"}}}})"
            : $"encodeDownlink({{data: {e.Input["data"]!.ToJsonString()}, variables: {{}}}})");
        JsonArray answers = QuickJsCodec.Evaluate(device, expressions);
        for (int i = 0; i < examples.Count; i++)
        {
            Assert.IsNull(JsonCompare.Difference(examples[i].Output, answers[i]), $"{examples[i]}: {JsonCompare.Difference(examples[i].Output, answers[i])}");
        }
    }
}
