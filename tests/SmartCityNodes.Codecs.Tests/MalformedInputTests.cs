// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using System.Text.Json.Nodes;
using SmartCityNodes.Runtime.RemoteConfiguration;

namespace SmartCityNodes.Codecs.Tests;

/// <summary>
/// Malformed input of every kind — random bytes, lengths, ports and versions, broken JSON requests — gives
/// <c>errors</c>, never an exception, in the JavaScript codecs (Jint and QuickJS), the C# decoders and the firmware
/// parser, and they all agree.
/// </summary>
[TestClass]
public sealed class MalformedInputTests
{
    private static readonly int[] Ports = { 0, 1, 2, 3, 10, 20, 21, 223, 224, 255 };

    [TestMethod]
    [DataRow("binnode")]
    [DataRow("airnode")]
    [DataRow("parkingnode")]
    public void Random_uplinks_give_the_same_answer_in_Jint_QuickJS_and_CSharp(string device)
    {
        var random = new Random(device.Length * 97);
        var codec = new JintCodec(device);
        NodeType nodeType = CodecInputs.NodeTypeOf(device);
        var inputs = new List<(int Port, byte[] Bytes)>();
        int readingLength = device == "airnode" ? 11 : 8;
        for (int i = 0; i < 3000; i++)
        {
            if (random.Next(2) == 0)
            {
                var noise = new byte[random.Next(0, 15)];
                random.NextBytes(noise);
                inputs.Add((Ports[random.Next(Ports.Length)], noise));
                continue;
            }

            // A well-formed message of a random kind with random fields, sometimes with one thing broken.
            int port = new[] { 1, 2, 10, 20 }[random.Next(4)];
            int type = port switch { 1 => 0x0, 2 => 0x1, 10 => 0x8 + random.Next(2), _ => 0xA };
            var bytes = new byte[port switch { 1 or 2 => readingLength, 10 => 11, _ => 8 }];
            random.NextBytes(bytes);
            bytes[0] = (byte)(0x10 | type);
            if (port == 10 && random.Next(4) != 0)
            {
                bytes[1] = (byte)random.Next(1, 4);
            }

            switch (random.Next(8))
            {
                case 0:
                    bytes = bytes[..random.Next(bytes.Length)];
                    break;
                case 1:
                    bytes[0] = (byte)random.Next(256);
                    break;
            }

            inputs.Add((port, bytes));
        }

        var quickJs = QuickJsCodec.Call(device, inputs.Take(600).Select(p => ("decodeUplink", (JsonNode?)CodecInputs.DecodeInput(p.Port, p.Bytes))).ToList());
        int decoded = 0;
        for (int i = 0; i < inputs.Count; i++)
        {
            var (port, bytes) = inputs[i];
            JsonObject cSharp = UplinkDecoder.Decode(nodeType, port, bytes).ToJson();
            JsonNode? javaScript = codec.Call("decodeUplink", CodecInputs.DecodeInput(port, bytes));
            string where = $"FPort {port} {Convert.ToHexString(bytes)}";
            Assert.IsNull(JsonCompare.Difference(cSharp, javaScript), $"{where}: {JsonCompare.Difference(cSharp, javaScript)}");
            if (i < quickJs.Count)
            {
                Assert.IsNull(JsonCompare.Difference(cSharp, quickJs[i]), $"{where} QuickJS: {JsonCompare.Difference(cSharp, quickJs[i])}");
            }

            decoded += cSharp["data"] != null ? 1 : 0;
        }

        Assert.IsTrue(decoded > 300, $"only {decoded} of the random uplinks decoded: the generator no longer reaches the decoders");
    }

    [TestMethod]
    [DataRow("binnode")]
    [DataRow("airnode")]
    [DataRow("parkingnode")]
    public void Random_downlinks_are_accepted_by_the_firmware_exactly_when_the_codecs_decode_them(string device)
    {
        var random = new Random(device.Length * 31);
        var codec = new JintCodec(device);
        var parsed = new RemoteConfigCommandList();
        int accepted = 0;
        for (int i = 0; i < 3000; i++)
        {
            byte[] bytes = RandomDownlink(random);
            int port = random.Next(10) == 0 ? Ports[random.Next(Ports.Length)] : 20;
            RemoteConfigResult firmware = RemoteConfigParser.Parse(port, bytes, 0, bytes.Length, parsed);
            JsonObject cSharp = ConfigurationDownlinkDecoder.Decode(port, bytes).ToJson();
            JsonNode? javaScript = codec.Call("decodeDownlink", CodecInputs.DecodeInput(port, bytes));
            string where = $"FPort {port} {Convert.ToHexString(bytes)}";
            Assert.IsNull(JsonCompare.Difference(cSharp, javaScript), $"{where}: {JsonCompare.Difference(cSharp, javaScript)}");
            Assert.AreEqual(firmware == RemoteConfigResult.Ok, cSharp["data"] != null, $"{where}: firmware {firmware}, codec {cSharp.ToJsonString()}");
            if (firmware == RemoteConfigResult.Ok)
            {
                accepted++;
                Assert.AreEqual(parsed.Count, cSharp["data"]!["commands"]!.AsArray().Count, where);
            }
            else
            {
                Assert.AreEqual(0, parsed.Count, where);
            }
        }

        Assert.IsTrue(accepted > 300 && accepted < 2700, $"{accepted} of 3000 accepted: the generator should make both kinds");
    }

    [TestMethod]
    [DataRow("binnode")]
    [DataRow("airnode")]
    [DataRow("parkingnode")]
    public void Broken_requests_give_errors_in_both_encoders(string device)
    {
        var codec = new JintCodec(device);
        string[] broken =
        {
            "{}",
            "{\"data\": null}",
            "{\"data\": []}",
            "{\"data\": 5}",
            "{\"data\": {\"commands\": [{\"command\": \"reboot\"}]}}",
            "{\"data\": {\"transactionId\": 1.5, \"commands\": [{\"command\": \"reboot\"}]}}",
            "{\"data\": {\"transactionId\": -1, \"commands\": [{\"command\": \"reboot\"}]}}",
            "{\"data\": {\"transactionId\": \"7\", \"commands\": [{\"command\": \"reboot\"}]}}",
            "{\"data\": {\"transactionId\": 1}}",
            "{\"data\": {\"transactionId\": 1, \"commands\": \"reboot\"}}",
            "{\"data\": {\"transactionId\": 1, \"commands\": [null]}}",
            "{\"data\": {\"transactionId\": 1, \"commands\": [{}]}}",
            "{\"data\": {\"transactionId\": 1, \"commands\": [{\"command\": 5}]}}",
            "{\"data\": {\"transactionId\": 1, \"commands\": [{\"command\": \"setInterval\"}]}}",
            "{\"data\": {\"transactionId\": 1, \"commands\": [{\"command\": \"setInterval\", \"interval\": \"sample\"}]}}",
            "{\"data\": {\"transactionId\": 1, \"commands\": [{\"command\": \"setInterval\", \"interval\": \"sample\", \"seconds\": \"60\"}]}}",
            "{\"data\": {\"transactionId\": 1, \"commands\": [{\"command\": \"setInterval\", \"interval\": \"sample\", \"seconds\": 60.5}]}}",
            "{\"data\": {\"transactionId\": 1, \"commands\": [{\"command\": \"setThreshold\", \"threshold\": \"nothing\", \"value\": 1}]}}",
            "{\"data\": {\"transactionId\": 1, \"commands\": [{\"command\": \"setConfirmedUplinks\", \"enabled\": \"yes\"}]}}",
            "{\"data\": {\"transactionId\": 1, \"commands\": [{\"command\": \"reboot\"}, {\"command\": \"fly\"}]}}",
        };
        foreach (string text in broken)
        {
            JsonNode input = JsonNode.Parse(text)!;
            JsonNode? javaScript = codec.Call("encodeDownlink", input);
            JsonObject cSharp = ConfigurationDownlinkEncoder.Encode(CodecInputs.NodeTypeOf(device), input["data"]).ToJson();
            Assert.IsNotNull(javaScript!["errors"], $"{text}: {javaScript.ToJsonString()}");
            Assert.IsNull(JsonCompare.Difference(javaScript, cSharp), $"{text}: {JsonCompare.Difference(javaScript, cSharp)}");
        }

        foreach (string text in new[] { "{}", "{\"fPort\": 1}", "{\"fPort\": 1, \"bytes\": [256]}", "{\"fPort\": 1, \"bytes\": [-1]}", "{\"fPort\": 1, \"bytes\": \"10\"}", "{\"fPort\": 1, \"bytes\": [1.5]}" })
        {
            foreach (string function in new[] { "decodeUplink", "decodeDownlink" })
            {
                JsonNode? answer = codec.Call(function, JsonNode.Parse(text));
                Assert.IsNotNull(answer!["errors"], $"{function}({text}): {answer.ToJsonString()}");
            }
        }
    }

    // A downlink that is often valid: a prefix that is usually right, then commands with mostly valid fields.
    private static byte[] RandomDownlink(Random random)
    {
        var bytes = new List<byte> { random.Next(8) == 0 ? (byte)random.Next(256) : (byte)0x1C, (byte)random.Next(256) };
        int commands = random.Next(0, 10);
        for (int c = 0; c < commands; c++)
        {
            int opcode = random.Next(12) == 0 ? random.Next(256) : random.Next(1, 7);
            bytes.Add((byte)opcode);
            switch (opcode)
            {
                case 1:
                    var interval = ConfigurationParameters.Intervals[random.Next(ConfigurationParameters.Intervals.Count)];
                    long seconds = random.Next(4) == 0 ? random.NextInt64(0, 1L << 32) : random.NextInt64(interval.MinimumSeconds, interval.MaximumSeconds + 1);
                    bytes.Add(random.Next(10) == 0 ? (byte)random.Next(256) : (byte)interval.Id);
                    bytes.AddRange(new[] { (byte)(seconds >> 24), (byte)(seconds >> 16), (byte)(seconds >> 8), (byte)seconds });
                    break;
                case 2:
                    var threshold = ConfigurationParameters.Thresholds[random.Next(ConfigurationParameters.Thresholds.Count)];
                    int raw = random.Next(4) == 0 ? random.Next(-32768, 32768) : random.Next(threshold.MinimumRaw, threshold.MaximumRaw + 1);
                    bytes.Add(random.Next(10) == 0 ? (byte)random.Next(256) : (byte)threshold.Id);
                    bytes.AddRange(new[] { (byte)(raw >> 8), (byte)raw });
                    break;
                case 3:
                case 4:
                    bytes.Add((byte)(random.Next(6) == 0 ? random.Next(256) : random.Next(2)));
                    break;
            }
        }

        if (bytes.Count > 2 && random.Next(8) == 0)
        {
            bytes.RemoveAt(bytes.Count - 1);
        }

        return bytes.ToArray();
    }
}
