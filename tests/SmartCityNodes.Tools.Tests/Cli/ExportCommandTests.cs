// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using SkiaSharp;
using ZXing;
using ZXing.Common;
using ZXing.QrCode;

namespace SmartCityNodes.Tools.Tests.Cli;

/// <summary>
/// <c>scn export tts | chirpstack | labels</c>. Expected layouts come from the formats' own documentation:
/// The Things Stack "JSON File Reference" (thethingsindustries.com/docs/hardware/devices/adding-devices/
/// adding-devices-in-bulk/device-json: ids.device_id, ids.dev_eui, ids.join_eui, lorawan_version,
/// lorawan_phy_version, frequency_plan_id, supports_join, root_keys.app_key.key; objects one after another);
/// ChirpStack v4 api/proto/api/device.proto (Device, DeviceKeys: "For LoRaWAN 1.0.x, use this field [nwk_key]
/// for the LoRaWAN 1.0.x 'AppKey'!"); LoRa Alliance TR005 as The Things Stack parses it
/// (pkg/qrcode/enddevices LoRaAllianceTR005: <c>LW:D0:JoinEUI:DevEUI:ProfileID[:Cx][:Ox][:Sx][:Px]</c>) and
/// Blynk's published example <c>LW:D0:70B3D57ED0000010:0018B20000000101:000AF8BE</c>. QR codes are decoded
/// back with ZXing.Net, an independent decoder.
/// </summary>
[TestClass]
public sealed class ExportCommandTests
{
    private const string AppKey = "2B7E151628AED2A6ABF7158809CF4F3C";

    [TestMethod]
    public void TheThingsStackFileHasTheDocumentedFieldsPerDevice()
    {
        using var scn = Fleet(out var file);
        var outFile = scn.PathOf("devices.json");
        var result = Scn.Run("export", "tts", "-f", file, "-o", outFile, "--frequency-plan", "EU_863_870_TTN");
        Assert.AreEqual(0, result.Exit, result.Error);
        Assert.IsFalse(result.Output.Contains(AppKey, StringComparison.OrdinalIgnoreCase));

        var objects = JsonStream(File.ReadAllText(outFile));
        Assert.AreEqual(2, objects.Count);
        var first = objects[0];
        Assert.AreEqual("bin-0001", first.GetProperty("ids").GetProperty("device_id").GetString());
        Assert.AreEqual("0018B20000000101", first.GetProperty("ids").GetProperty("dev_eui").GetString());
        Assert.AreEqual("70B3D57ED0000010", first.GetProperty("ids").GetProperty("join_eui").GetString());
        Assert.AreEqual("MAC_V1_0_4", first.GetProperty("lorawan_version").GetString());
        Assert.AreEqual("RP002_V1_0_4", first.GetProperty("lorawan_phy_version").GetString());
        Assert.AreEqual("EU_863_870_TTN", first.GetProperty("frequency_plan_id").GetString());
        Assert.IsTrue(first.GetProperty("supports_join").GetBoolean());
        Assert.AreEqual(AppKey, first.GetProperty("root_keys").GetProperty("app_key").GetProperty("key").GetString());
        Assert.AreEqual("0018B20000000102", objects[1].GetProperty("ids").GetProperty("dev_eui").GetString());
        if (!OperatingSystem.IsWindows())
        {
            Assert.AreEqual(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(outFile));
        }
    }

    [TestMethod]
    public void TheThingsStackPhyVersionCanBeRp001()
    {
        using var scn = Fleet(out var file);
        var outFile = scn.PathOf("devices.json");
        Assert.AreEqual(0, Scn.Run("export", "tts", "-f", file, "-o", outFile, "--frequency-plan", "US_902_928_FSB_2", "--phy-version", "PHY_V1_0_3_REV_A").Exit);
        var first = JsonStream(File.ReadAllText(outFile))[0];
        Assert.AreEqual("PHY_V1_0_3_REV_A", first.GetProperty("lorawan_phy_version").GetString());
        Assert.AreEqual("US_902_928_FSB_2", first.GetProperty("frequency_plan_id").GetString());
    }

    [TestMethod]
    public void ChirpStackPutsThe10xAppKeyInNwkKey()
    {
        using var scn = Fleet(out var file);
        var outFile = scn.PathOf("chirpstack.json");
        var result = Scn.Run("export", "chirpstack", "-f", file, "-o", outFile, "--application-id", "3F2504E0-4F89-11D3-9A0C-0305E82C3301", "--device-profile-id", "7c9e6679-7425-40de-944b-e07fc1f90ae7");
        Assert.AreEqual(0, result.Exit, result.Error);
        using var document = JsonDocument.Parse(File.ReadAllText(outFile));
        var first = document.RootElement[0];
        var device = first.GetProperty("create_device_request").GetProperty("device");
        Assert.AreEqual("0018b20000000101", device.GetProperty("dev_eui").GetString());
        Assert.AreEqual("70b3d57ed0000010", device.GetProperty("join_eui").GetString());
        Assert.AreEqual("bin-0001", device.GetProperty("name").GetString());
        Assert.AreEqual("3f2504e0-4f89-11d3-9a0c-0305e82c3301", device.GetProperty("application_id").GetString());
        Assert.AreEqual("7c9e6679-7425-40de-944b-e07fc1f90ae7", device.GetProperty("device_profile_id").GetString());
        var keys = first.GetProperty("create_device_keys_request").GetProperty("device_keys");
        Assert.AreEqual("0018b20000000101", keys.GetProperty("dev_eui").GetString());
        Assert.AreEqual(AppKey.ToLowerInvariant(), keys.GetProperty("nwk_key").GetString());
        Assert.IsFalse(keys.TryGetProperty("app_key", out _), "app_key is for LoRaWAN 1.1 only");
        Assert.AreEqual(2, document.RootElement.GetArrayLength());
    }

    [TestMethod]
    [DataRow("--frequency-plan: 'eu868' is not a frequency plan ID", "tts", "--frequency-plan", "eu868")]
    [DataRow("--phy-version: 'RP002_V9' is not one of", "tts", "--frequency-plan", "EU_863_870_TTN", "--phy-version", "RP002_V9")]
    [DataRow("Option '--frequency-plan' is required", "tts")]
    [DataRow("--application-id: 'app-1' is not a UUID", "chirpstack", "--application-id", "app-1", "--device-profile-id", "7c9e6679-7425-40de-944b-e07fc1f90ae7")]
    public void BadExportOptionsWriteNothing(string expected, params string[] args)
    {
        using var scn = Fleet(out var file);
        var outFile = scn.PathOf("out.json");
        Scn.AssertFails(2, expected, Scn.Run(new[] { "export", args[0], "-f", file, "-o", outFile }.Concat(args.Skip(1)).ToArray()));
        Assert.IsFalse(File.Exists(outFile));
    }

    [TestMethod]
    public void ExportsNeverOverwrite()
    {
        using var scn = Fleet(out var file);
        var outFile = scn.PathOf("devices.json");
        File.WriteAllText(outFile, "keep me");
        Scn.AssertFails(2, "already exists; scn never overwrites it", Scn.Run("export", "tts", "-f", file, "-o", outFile, "--frequency-plan", "EU_863_870_TTN"));
        Assert.AreEqual("keep me", File.ReadAllText(outFile));

        var labels = scn.PathOf("labels");
        Directory.CreateDirectory(labels);
        File.WriteAllText(Path.Combine(labels, "0018B20000000102.svg"), "keep me too");
        Scn.AssertFails(2, "0018B20000000102.svg' already exists", Scn.Run("export", "labels", "-f", file, "-o", labels));
        CollectionAssert.AreEqual(new[] { "0018B20000000102.svg" }, Directory.GetFiles(labels).Select(Path.GetFileName).ToArray(), "nothing written when any target exists");
    }

    [TestMethod]
    public void LabelPngDecodesToTheTr005Payload()
    {
        using var scn = Fleet(out var file);
        var labels = scn.PathOf("labels");
        var result = Scn.Run("export", "labels", "-f", file, "-o", labels, "--profile-id", "000AF8BE");
        Assert.AreEqual(0, result.Exit, result.Error);

        // Blynk's published TR005 example for JoinEUI 70B3D57ED0000010, DevEUI 0018B20000000101, ProfileID 000AF8BE.
        Assert.AreEqual("LW:D0:70B3D57ED0000010:0018B20000000101:000AF8BE", DecodePng(Path.Combine(labels, "0018B20000000101.png")));
        Assert.AreEqual("LW:D0:70B3D57ED0000010:0018B20000000102:000AF8BE", DecodePng(Path.Combine(labels, "0018B20000000102.png")));
    }

    [TestMethod]
    public void LabelSvgCarriesTheCodeAndTheDevEuiUnderIt()
    {
        using var scn = Fleet(out var file);
        var labels = scn.PathOf("labels");
        Assert.AreEqual(0, Scn.Run("export", "labels", "-f", file, "-o", labels, "--serial", "--owner-token", "ab12cd").Exit);
        var svg = File.ReadAllText(Path.Combine(labels, "0018B20000000101.svg"));
        StringAssert.Contains(svg, ">0018B20000000101</text>");
        Assert.AreEqual("LW:D0:70B3D57ED0000010:0018B20000000101:00000000:OAB12CD:SBIN-0001", DecodeSvg(svg));

        var sheet = File.ReadAllText(Path.Combine(labels, "sheet.svg"));
        StringAssert.Contains(sheet, ">0018B20000000101</text>");
        StringAssert.Contains(sheet, ">0018B20000000102</text>");
        Assert.IsFalse(sheet.Contains(AppKey, StringComparison.OrdinalIgnoreCase) || svg.Contains(AppKey, StringComparison.OrdinalIgnoreCase));
    }

    [TestMethod]
    public void EveryLabelFollowsTheTr005Layout()
    {
        using var scn = new Scn();
        var file = scn.PathOf("fleet.json");
        Assert.AreEqual(0, Scn.Run("fleet", "create", "-f", file, "-n", "12", "--joineui", "0000000000000000", "--random-deveui").Exit);
        var labels = scn.PathOf("labels");
        Assert.AreEqual(0, Scn.Run("export", "labels", "-f", file, "-o", labels, "--serial").Exit);
        using var document = JsonDocument.Parse(File.ReadAllText(file));
        var layout = new Regex("^LW:D0:(?<join>[0-9A-F]{16}):(?<dev>[0-9A-F]{16}):(?<profile>[0-9A-F]{8})(:(?<ext>[COSP][^:]+))*$");
        foreach (var device in document.RootElement.GetProperty("devices").EnumerateArray())
        {
            var devEui = device.GetProperty("devEui").GetString()!;
            var text = DecodePng(Path.Combine(labels, devEui + ".png"));
            var match = layout.Match(text);
            Assert.IsTrue(match.Success, text);
            Assert.AreEqual("0000000000000000", match.Groups["join"].Value);
            Assert.AreEqual(devEui, match.Groups["dev"].Value);
            Assert.AreEqual("S" + device.GetProperty("name").GetString()!.ToUpperInvariant(), match.Groups["ext"].Captures.Single().Value);
        }
    }

    [TestMethod]
    [DataRow("--profile-id must be 4 bytes (8 hex digits)", "--profile-id", "0AF8BE")]
    [DataRow("--owner-token: ':' cannot appear in a TR005 field", "--owner-token", "AB:CD")]
    public void BadLabelOptionsWriteNothing(string expected, params string[] args)
    {
        using var scn = Fleet(out var file);
        var labels = scn.PathOf("labels");
        Scn.AssertFails(2, expected, Scn.Run(new[] { "export", "labels", "-f", file, "-o", labels }.Concat(args).ToArray()));
        Assert.IsFalse(Directory.Exists(labels));
    }

    private static Scn Fleet(out string file)
    {
        var scn = new Scn();
        file = scn.PathOf("fleet.json");
        Assert.AreEqual(0, Scn.Run("fleet", "create", "-f", file, "-n", "1", "--joineui", "70B3D57ED0000010", "--eui-prefix", "0018B2", "--first", "0018B20000000101", "--name-prefix", "bin").Exit);
        Assert.AreEqual(0, Scn.Run("fleet", "add", "-f", file, "--deveui", "0018B20000000102", "--name", "bin-0002").Exit);

        // Put a known AppKey on the first device (a fleet file is plain JSON its owner may edit).
        var text = File.ReadAllText(file);
        using var document = JsonDocument.Parse(text);
        var generated = document.RootElement.GetProperty("devices")[0].GetProperty("appKey").GetString()!;
        File.WriteAllText(file, text.Replace(generated, AppKey));
        return scn;
    }

    private static List<JsonElement> JsonStream(string text)
    {
        var values = new List<JsonElement>();
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(text), new JsonReaderOptions { AllowMultipleValues = true });
        while (reader.Read())
        {
            using var document = JsonDocument.ParseValue(ref reader);
            values.Add(document.RootElement.Clone());
        }

        return values;
    }

    private static string DecodePng(string path)
    {
        using var bitmap = SKBitmap.Decode(path);
        Assert.IsNotNull(bitmap, path);
        var luminance = new byte[bitmap.Width * bitmap.Height];
        for (var y = 0; y < bitmap.Height; y++)
        {
            for (var x = 0; x < bitmap.Width; x++)
            {
                var pixel = bitmap.GetPixel(x, y);
                luminance[(y * bitmap.Width) + x] = (byte)((pixel.Red + pixel.Green + pixel.Blue) / 3);
            }
        }

        return Decode(luminance, bitmap.Width, bitmap.Height);
    }

    private static string DecodeSvg(string svg)
    {
        // QRCoder's SVG draws dark runs as "M{x} {y}h{w}v1h-{w}z" on a module grid given by the inner viewBox.
        var size = int.Parse(Regex.Match(svg, "viewBox=\"0 0 (\\d+) \\d+\" shape-rendering").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        const int Scale = 6;
        var luminance = Enumerable.Repeat((byte)255, size * Scale * size * Scale).ToArray();
        foreach (Match run in Regex.Matches(svg, "M(\\d+) (\\d+)h(\\d+)v1h-\\d+z"))
        {
            var x0 = int.Parse(run.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
            var y0 = int.Parse(run.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture);
            var width = int.Parse(run.Groups[3].Value, System.Globalization.CultureInfo.InvariantCulture);
            for (var y = y0 * Scale; y < (y0 + 1) * Scale; y++)
            {
                for (var x = x0 * Scale; x < (x0 + width) * Scale; x++)
                {
                    luminance[(y * size * Scale) + x] = 0;
                }
            }
        }

        return Decode(luminance, size * Scale, size * Scale);
    }

    private static string Decode(byte[] luminance, int width, int height)
    {
        var source = new RGBLuminanceSource(luminance, width, height, RGBLuminanceSource.BitmapFormat.Gray8);
        var result = new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(source)), new Dictionary<DecodeHintType, object> { [DecodeHintType.PURE_BARCODE] = true });
        Assert.IsNotNull(result, "ZXing could not read the code");
        return result.Text;
    }
}
