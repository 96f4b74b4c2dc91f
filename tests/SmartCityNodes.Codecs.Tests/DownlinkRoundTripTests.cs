// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using System.Text.Json.Nodes;
using SmartCityNodes.Runtime.RemoteConfiguration;

namespace SmartCityNodes.Codecs.Tests;

/// <summary>
/// JavaScript encodeDownlink (Jint) → firmware RemoteConfigParser (Runtime) over every interval and threshold of each device
/// and their whole ranges; the C# encoder must give the same bytes and the JavaScript decodeDownlink the same
/// commands back. Values one step outside a range must be refused by the encoders.
/// </summary>
[TestClass]
public sealed class DownlinkRoundTripTests
{
    [TestMethod]
    [DataRow("binnode")]
    [DataRow("airnode")]
    [DataRow("parkingnode")]
    public void Every_value_in_range_reaches_the_firmware_parser(string device)
    {
        var codec = new JintCodec(device);
        NodeType nodeType = CodecInputs.NodeTypeOf(device);
        var commands = new List<JsonObject>();
        var expected = new List<(RemoteConfigOpcode Opcode, int Parameter, int Value)>();
        foreach (var interval in ConfigurationParameters.Intervals.Where(p => p.Devices.Contains(device)))
        {
            var values = new List<long> { interval.MinimumSeconds, interval.MinimumSeconds + 1, (interval.MinimumSeconds + interval.MaximumSeconds) / 2, interval.MaximumSeconds - 1, interval.MaximumSeconds };
            if (interval.ZeroMeansOff)
            {
                values.Add(0);
            }

            foreach (long seconds in values)
            {
                commands.Add(new JsonObject { ["command"] = "setInterval", ["interval"] = interval.Name, ["seconds"] = seconds });
                expected.Add((RemoteConfigOpcode.SetInterval, interval.Id, (int)seconds));
            }
        }

        foreach (var threshold in ConfigurationParameters.Thresholds.Where(p => p.Device == device))
        {
            int step = Math.Max(1, (threshold.MaximumRaw - threshold.MinimumRaw) / 400);
            for (int raw = threshold.MinimumRaw; raw <= threshold.MaximumRaw; raw = raw == threshold.MaximumRaw ? raw + 1 : Math.Min(raw + step, threshold.MaximumRaw))
            {
                commands.Add(new JsonObject { ["command"] = "setThreshold", ["threshold"] = threshold.Name, ["value"] = (double)raw / threshold.Scale });
                expected.Add((RemoteConfigOpcode.SetThreshold, threshold.Id, raw));
            }
        }

        foreach (bool enabled in new[] { true, false })
        {
            commands.Add(new JsonObject { ["command"] = "setConfirmedUplinks", ["enabled"] = enabled });
            expected.Add((RemoteConfigOpcode.SetConfirmedUplinks, 0, enabled ? 1 : 0));
            commands.Add(new JsonObject { ["command"] = "setAdr", ["enabled"] = enabled });
            expected.Add((RemoteConfigOpcode.SetAdaptiveDataRate, 0, enabled ? 1 : 0));
        }

        commands.Add(new JsonObject { ["command"] = "reboot" });
        expected.Add((RemoteConfigOpcode.Reboot, 0, 0));
        commands.Add(new JsonObject { ["command"] = "requestStatus" });
        expected.Add((RemoteConfigOpcode.RequestStatus, 0, 0));

        var parsed = new RemoteConfigCommandList();
        for (int start = 0, batch = 0; start < commands.Count; start += 8, batch++)
        {
            int count = Math.Min(8, commands.Count - start);
            var data = new JsonObject
            {
                ["transactionId"] = batch % 256,
                ["commands"] = new JsonArray(commands.Skip(start).Take(count).Select(c => (JsonNode?)c.DeepClone()).ToArray()),
            };
            JsonNode? encoded = codec.Call("encodeDownlink", new JsonObject { ["data"] = data.DeepClone() });
            Assert.IsNull(encoded!["errors"], $"{data.ToJsonString()}: {encoded.ToJsonString()}");
            Assert.AreEqual(20, (int)encoded["fPort"]!);
            byte[] bytes = encoded["bytes"]!.AsArray().Select(b => (byte)(int)b!).ToArray();

            DownlinkEncodeResult cSharp = ConfigurationDownlinkEncoder.Encode(nodeType, data);
            CollectionAssert.AreEqual(bytes, cSharp.Bytes, $"C# and JavaScript bytes differ for {data.ToJsonString()}");

            Assert.AreEqual(RemoteConfigResult.Ok, RemoteConfigParser.Parse(20, bytes, 0, bytes.Length, parsed), Convert.ToHexString(bytes));
            Assert.AreEqual(batch % 256, parsed.TransactionId);
            Assert.AreEqual(count, parsed.Count);
            for (int i = 0; i < count; i++)
            {
                var want = expected[start + i];
                Assert.AreEqual(want.Opcode, parsed.Opcodes[i]);
                Assert.AreEqual(want.Parameter, parsed.ParameterIds[i]);
                Assert.AreEqual(want.Value, parsed.Values[i], $"{commands[start + i].ToJsonString()}");
            }

            JsonNode? decoded = codec.Call("decodeDownlink", CodecInputs.DecodeInput(20, bytes));
            Assert.IsNull(JsonCompare.Difference(data, decoded!["data"]), JsonCompare.Difference(data, decoded["data"]));
        }
    }

    [TestMethod]
    [DataRow("binnode")]
    [DataRow("airnode")]
    [DataRow("parkingnode")]
    public void One_step_outside_a_range_is_refused_by_both_encoders(string device)
    {
        var codec = new JintCodec(device);
        NodeType nodeType = CodecInputs.NodeTypeOf(device);
        var requests = new List<JsonObject>();
        foreach (var interval in ConfigurationParameters.Intervals)
        {
            foreach (long seconds in new[] { interval.MinimumSeconds - 1, interval.MaximumSeconds + 1, -1 })
            {
                requests.Add(new JsonObject { ["command"] = "setInterval", ["interval"] = interval.Name, ["seconds"] = seconds });
            }

            if (!interval.Devices.Contains(device))
            {
                requests.Add(new JsonObject { ["command"] = "setInterval", ["interval"] = interval.Name, ["seconds"] = interval.MinimumSeconds });
            }
        }

        foreach (var threshold in ConfigurationParameters.Thresholds)
        {
            requests.Add(new JsonObject { ["command"] = "setThreshold", ["threshold"] = threshold.Name, ["value"] = (double)(threshold.MinimumRaw - 1) / threshold.Scale });
            requests.Add(new JsonObject { ["command"] = "setThreshold", ["threshold"] = threshold.Name, ["value"] = (double)(threshold.MaximumRaw + 1) / threshold.Scale });
            requests.Add(new JsonObject { ["command"] = "setThreshold", ["threshold"] = threshold.Name, ["value"] = (threshold.MinimumRaw + 0.5) / threshold.Scale });
            if (threshold.Device != device)
            {
                requests.Add(new JsonObject { ["command"] = "setThreshold", ["threshold"] = threshold.Name, ["value"] = (double)threshold.MinimumRaw / threshold.Scale });
            }
        }

        foreach (var command in requests)
        {
            var data = new JsonObject { ["transactionId"] = 1, ["commands"] = new JsonArray(command) };
            JsonNode? javaScript = codec.Call("encodeDownlink", new JsonObject { ["data"] = data.DeepClone() });
            JsonObject cSharp = ConfigurationDownlinkEncoder.Encode(nodeType, data).ToJson();
            Assert.IsNotNull(javaScript!["errors"], $"{command.ToJsonString()} was encoded: {javaScript.ToJsonString()}");
            Assert.IsNull(JsonCompare.Difference(javaScript, cSharp), $"{command.ToJsonString()}: {JsonCompare.Difference(javaScript, cSharp)}");
        }
    }
}
