// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using System.Text.Json.Nodes;

namespace SmartCityNodes.Tools.Tests.Cli;

/// <summary>
/// <c>scn decode</c>: frames built by the encoder side (<c>scn frame encode</c>, the stack's UplinkEncoder) around the
/// example payloads of docs/payloads/, decoded back to the JSON those documents give.
/// </summary>
[TestClass]
public sealed class DecodeCommandTests
{
    // Session keys of the LoRaWAN test vectors used elsewhere in the CLI tests (any 16 bytes would do).
    private const string NwkSKey = "44024241ED4CE9A68C6A8BC055233FD3";
    private const string AppSKey = "EC925802AE430CA77FD3DD73CB2CC588";

    // docs/payloads/binnode.md "Example": 62 %, 1234 mm, 23 °C, 3.71 V, full and pickup events.
    private const string BinExample = "103E04D23FAB0900";
    private const string BinExampleJson = """
        {"messageType":"measurement","formatVersion":1,"fillLevelPercent":62,"distanceMm":1234,"temperatureC":23,"batteryV":3.71,
         "events":{"full":true,"fire":false,"tilt":false,"pickup":true},
         "faults":{"distanceSensor":false,"temperatureSensor":false,"tiltSensor":false,"batteryMonitor":false}}
        """;

    // docs/payloads/status.md: BinNode, firmware 1.2.3, power-on, CRC 0xCBF43926, 3.30 V.
    private const string StatusExample = "1801010203 01CBF4392682";
    private const string StatusExampleJson = """
        {"messageType":"startup","formatVersion":1,"device":"binnode","firmwareVersion":"1.2.3","resetCause":"power-on","configurationCrc":"CBF43926","batteryV":3.3}
        """;

    private static string Encode(int fPort, string payload)
    {
        var result = Scn.Run("frame", "encode", "--devaddr", "260B1234", "--nwkskey", NwkSKey, "--appskey", AppSKey, "--fcnt", "7",
            "--fport", fPort.ToString(), "--payload", payload.Replace(" ", string.Empty));
        Assert.AreEqual(0, result.Exit, result.Error);
        return result.Output.Trim();
    }

    private static JsonNode MessageOf(string output)
    {
        var start = output.IndexOf("Message:\n", StringComparison.Ordinal);
        Assert.IsGreaterThanOrEqualTo(0, start, output);
        return JsonNode.Parse(output[(start + "Message:\n".Length)..])!;
    }

    [TestMethod]
    public void ABinNodeMeasurementDecodesToTheDocumentedJson()
    {
        var frame = Encode(1, BinExample);
        var result = Scn.Run("decode", "--hex", frame, "--nwkskey", NwkSKey, "--appskey", AppSKey, "--device", "bin");
        Assert.AreEqual(0, result.Exit, result.Error);
        StringAssert.Contains(result.Output, "DevAddr:");
        StringAssert.Contains(result.Output, "260B1234");
        StringAssert.Contains(result.Output, " valid");
        StringAssert.Contains(result.Output, BinExample + " (decrypted with AppSKey)");
        Assert.IsTrue(JsonNode.DeepEquals(JsonNode.Parse(BinExampleJson), MessageOf(result.Output)), result.Output);
    }

    [TestMethod]
    public void Base64IsTheSameFrame()
    {
        var frame = Convert.ToBase64String(Convert.FromHexString(Encode(1, BinExample)));
        var result = Scn.Run("decode", "--base64", frame, "--nwkskey", NwkSKey, "--appskey", AppSKey, "--device", "bin");
        Assert.AreEqual(0, result.Exit, result.Error);
        Assert.IsTrue(JsonNode.DeepEquals(JsonNode.Parse(BinExampleJson), MessageOf(result.Output)));
    }

    [TestMethod]
    public void TheStatusMessageNeedsNoDeviceType()
    {
        var result = Scn.Run("decode", "--hex", Encode(10, StatusExample), "--nwkskey", NwkSKey, "--appskey", AppSKey);
        Assert.AreEqual(0, result.Exit, result.Error);
        Assert.IsTrue(JsonNode.DeepEquals(JsonNode.Parse(StatusExampleJson), MessageOf(result.Output)), result.Output);
    }

    [TestMethod]
    public void ReadingsWithoutADeviceTypeSayWhatToGive()
    {
        var result = Scn.Run("decode", "--hex", Encode(1, BinExample), "--appskey", AppSKey);
        Assert.AreEqual(0, result.Exit, result.Error);
        StringAssert.Contains(result.Output, "give --device bin|air|parking");
    }

    [TestMethod]
    public void AWrongNwkSKeyIsExitCodeOne()
    {
        var result = Scn.Run("decode", "--hex", Encode(1, BinExample), "--nwkskey", AppSKey, "--appskey", AppSKey, "--device", "bin");
        Assert.AreEqual(1, result.Exit, result.Error);
        StringAssert.Contains(result.Output, "INVALID");
    }

    [TestMethod]
    public void APayloadThatIsNotTheDevicesMessageIsRefused()
    {
        // The 8-byte BinNode example read as an AirNode measurement, which is 11 bytes (docs/payloads/airnode.md).
        Scn.AssertFails(2, "is not a valid SmartCityNodes message on FPort 1: expected 11 bytes on FPort 1, got 8", Scn.Run("decode", "--hex", Encode(1, BinExample), "--appskey", AppSKey, "--device", "air"));
    }

    [TestMethod]
    [DataRow(new[] { "decode" }, "exactly one of --hex or --base64", DisplayName = "no frame")]
    [DataRow(new[] { "decode", "--hex", "00", "--base64", "AA==" }, "exactly one of --hex or --base64", DisplayName = "both")]
    [DataRow(new[] { "decode", "--base64", "not base64!" }, "--base64: 'not base64!' is not base64", DisplayName = "bad base64")]
    [DataRow(new[] { "decode", "--hex", "4012", "--device", "lamp" }, "--device: 'lamp' is not a node type; use bin, air or parking", DisplayName = "unknown device type")]
    [DataRow(new[] { "decode", "--hex", "4012", "--appskey", "00" }, "--appskey", DisplayName = "short key")]
    public void BadInputIsExitCodeTwo(string[] args, string expected) => Scn.AssertFails(2, expected, Scn.Run(args));
}
