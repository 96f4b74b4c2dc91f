// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using System.Text.Json;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace SmartCityNodes.Tools.Tests.Cli;

/// <summary>
/// <c>scn fleet create | add | list</c> end to end in temporary folders. EUI bit meanings from IEEE 802-2014 §8.2
/// (first octet: bit 0 I/G, bit 1 U/L); DevEUI values are the OUI followed by a counter, written out by hand.
/// </summary>
[TestClass]
public sealed class FleetCommandTests
{
    private const string JoinEui = "70B3D57ED0000000";

    [TestMethod]
    public void CreateAllocatesSequentialDevEuisFromTheOuiAndUniqueRandomKeys()
    {
        using var scn = new Scn();
        var file = scn.PathOf("fleet.json");
        var result = Scn.Run("fleet", "create", "--file", file, "--count", "5", "--joineui", JoinEui, "--eui-prefix", "00-04-A3");
        Assert.AreEqual(0, result.Exit, result.Error);

        var devices = Devices(file);
        Assert.AreEqual(5, devices.Count);
        CollectionAssert.AreEqual(
            new[] { "0004A30000000000", "0004A30000000001", "0004A30000000002", "0004A30000000003", "0004A30000000004" },
            devices.Select(d => d.GetProperty("devEui").GetString()).ToArray());
        CollectionAssert.AreEqual(new[] { "node-0001", "node-0002", "node-0003", "node-0004", "node-0005" }, devices.Select(d => d.GetProperty("name").GetString()).ToArray());
        var keys = devices.Select(d => d.GetProperty("appKey").GetString()!).ToArray();
        Assert.AreEqual(5, keys.Distinct().Count());
        foreach (var key in keys)
        {
            Assert.AreEqual(32, key.Length);
            Assert.AreEqual(16, Convert.FromHexString(key).Length);
            Assert.IsFalse(result.Output.Contains(key, StringComparison.OrdinalIgnoreCase), "create must not print keys");
        }

        Assert.IsTrue(devices.All(d => d.GetProperty("joinEui").GetString() == JoinEui));
        using var document = JsonDocument.Parse(File.ReadAllText(file));
        Assert.AreEqual("smartcitynodes-fleet", document.RootElement.GetProperty("format").GetString());
        Assert.AreEqual(1, document.RootElement.GetProperty("version").GetInt32());
    }

    [TestMethod]
    public void FleetFileIsOwnerReadWriteOnlyAndLeavesNoTemporaryFile()
    {
        if (OperatingSystem.IsWindows())
        {
            Assert.Inconclusive("Unix permissions");
        }

        using var scn = new Scn();
        var file = scn.PathOf("fleet.json");
        Assert.AreEqual(0, Scn.Run("fleet", "create", "-f", file, "-n", "2", "--joineui", JoinEui, "--random-deveui").Exit);
        Assert.AreEqual(0, Scn.Run("fleet", "add", "-f", file, "--random-deveui").Exit);
        if (!OperatingSystem.IsWindows())
        {
            Assert.AreEqual(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(file));
        }

        CollectionAssert.AreEqual(new[] { "fleet.json" }, Directory.GetFiles(scn.Folder).Select(Path.GetFileName).ToArray());
    }

    [TestMethod]
    public void RandomDevEuisAreLocallyAdministeredUnicast()
    {
        using var scn = new Scn();
        var file = scn.PathOf("fleet.json");
        Assert.AreEqual(0, Scn.Run("fleet", "create", "-f", file, "-n", "200", "--joineui", JoinEui, "--random-deveui").Exit);
        var euis = Devices(file).Select(d => Convert.FromHexString(d.GetProperty("devEui").GetString()!)).ToList();
        Assert.AreEqual(200, euis.Select(Convert.ToHexString).Distinct().Count());
        foreach (var eui in euis)
        {
            // First octet: bit 1 (U/L) = 1 locally administered, bit 0 (I/G) = 0 individual.
            Assert.AreEqual(0x02, eui[0] & 0x03, Convert.ToHexString(eui));
        }

        Assert.IsTrue(Devices(file).All(d => d.GetProperty("devEuiSource").GetString() == "random-local"));
    }

    [TestMethod]
    public void ListHidesKeysUnlessAsked()
    {
        using var scn = new Scn();
        var file = scn.PathOf("fleet.json");
        Assert.AreEqual(0, Scn.Run("fleet", "create", "-f", file, "-n", "3", "--joineui", JoinEui, "--eui-prefix", "0004A3").Exit);
        var keys = Devices(file).Select(d => d.GetProperty("appKey").GetString()!).ToArray();

        Assert.AreEqual(0, Scn.Run("fleet", "add", "-f", file, "--deveui", "02004A3000000001").Exit);
        keys = keys.Append(Devices(file)[3].GetProperty("appKey").GetString()!).ToArray();

        var hidden = Scn.Run("fleet", "list", "-f", file);
        Assert.AreEqual(0, hidden.Exit);
        StringAssert.Contains(hidden.Output, "| 0004A30000000002 | universal |");
        StringAssert.Contains(hidden.Output, "| 02004A3000000001 | local     |", "first octet 0x02: U/L bit set");
        StringAssert.Contains(hidden.Output, "(hidden)");
        Assert.IsFalse(keys.Any(k => hidden.Output.Contains(k, StringComparison.OrdinalIgnoreCase)));

        var shown = Scn.Run("fleet", "list", "-f", file, "--show-keys");
        Assert.AreEqual(0, shown.Exit);
        Assert.IsTrue(keys.All(k => shown.Output.Contains(k, StringComparison.Ordinal)));
    }

    [TestMethod]
    public void AddTakesTheNextFreeEuiOfTheBlockAndTheSharedJoinEui()
    {
        using var scn = new Scn();
        var file = scn.PathOf("fleet.json");
        Assert.AreEqual(0, Scn.Run("fleet", "create", "-f", file, "-n", "2", "--joineui", JoinEui, "--eui-prefix", "70B3D57ED0030", "--first", "70B3D57ED0030005").Exit);
        Assert.AreEqual(0, Scn.Run("fleet", "add", "-f", file, "--eui-prefix", "70B3D57ED0030", "--name", "bin-north-7").Exit);
        var added = Devices(file)[2];
        Assert.AreEqual("70B3D57ED0030000", added.GetProperty("devEui").GetString(), "lowest free EUI of the block");
        Assert.AreEqual(JoinEui, added.GetProperty("joinEui").GetString());
        Assert.AreEqual("bin-north-7", added.GetProperty("name").GetString());
        CollectionAssert.AreEqual(new[] { "70B3D57ED0030005", "70B3D57ED0030006" }, Devices(file).Take(2).Select(d => d.GetProperty("devEui").GetString()).ToArray());
    }

    [TestMethod]
    public void AddKeepsAGivenIdentity()
    {
        using var scn = new Scn();
        var file = scn.PathOf("fleet.json");
        Assert.AreEqual(0, Scn.Run("fleet", "create", "-f", file, "-n", "1", "--joineui", JoinEui, "--random-deveui").Exit);
        var result = Scn.Run("fleet", "add", "-f", file, "--deveui", "00:04:a3:0b:00:1c:05:30", "--appkey", "000102030405060708090a0b0c0d0e0f", "--joineui", "0000000000000000");
        Assert.AreEqual(0, result.Exit, result.Error);
        var added = Devices(file)[1];
        Assert.AreEqual("0004A30B001C0530", added.GetProperty("devEui").GetString());
        Assert.AreEqual("eui-0004a30b001c0530", added.GetProperty("name").GetString());
        Assert.AreEqual("000102030405060708090A0B0C0D0E0F", added.GetProperty("appKey").GetString());
        Assert.AreEqual("0000000000000000", added.GetProperty("joinEui").GetString());
        Assert.AreEqual("given", added.GetProperty("devEuiSource").GetString());
        Assert.IsFalse(result.Output.Contains("0E0F", StringComparison.OrdinalIgnoreCase));
    }

    [TestMethod]
    [DataRow("already exists; scn never overwrites it", "create")]
    [DataRow("DevEUI 0004A30000000001 is already in the fleet as 'node-0002'", "add", "--deveui", "0004A30000000001")]
    [DataRow("that AppKey is already used by 'node-0001'", "add", "--random-deveui", "--appkey", "@key0")]
    [DataRow("name 'node-0003' is already in the fleet", "add", "--random-deveui", "--name", "node-0003")]
    [DataRow("give only one of --deveui, --eui-prefix and --random-deveui", "add", "--random-deveui", "--deveui", "0004A300000000FF")]
    [DataRow("say where the DevEUI comes from", "add")]
    [DataRow("--deveui must be 8 bytes (16 hex digits); got 7 bytes", "add", "--deveui", "0004A3000000FF")]
    [DataRow("--deveui: 'G' is not a hex digit", "add", "--deveui", "0004A300000000FG")]
    [DataRow("has the I/G bit", "add", "--deveui", "0104A300000000FF")]
    [DataRow("--appkey must be 16 bytes", "add", "--random-deveui", "--appkey", "0011")]
    [DataRow("--name: 'Bad_Name' is not a device name", "add", "--random-deveui", "--name", "Bad_Name")]
    [DataRow("--name: 'a-b' is not a device name", "add", "--random-deveui", "--name", "a-b")]
    [DataRow("--name: 'bin--7' is not a device name", "add", "--random-deveui", "--name", "bin--7")]
    [DataRow("--name: 'bin-7-' is not a device name", "add", "--random-deveui", "--name", "bin-7-")]
    [DataRow("--name: 'abcdefghij-abcdefghij-abcdefghij-abcd' is not a device name", "add", "--random-deveui", "--name", "abcdefghij-abcdefghij-abcdefghij-abcd")]
    public void RefusalsLeaveTheFleetFileUnchanged(string expected, params string[] args)
    {
        using var scn = new Scn();
        var file = scn.PathOf("fleet.json");
        Assert.AreEqual(0, Scn.Run("fleet", "create", "-f", file, "-n", "3", "--joineui", JoinEui, "--eui-prefix", "0004A3").Exit);
        var before = File.ReadAllBytes(file);
        var key0 = Devices(file)[0].GetProperty("appKey").GetString()!;
        var full = new[] { "fleet", args[0], "-f", file }.Concat(args.Skip(1).Select(a => a == "@key0" ? key0 : a)).ToList();
        if (args[0] == "create")
        {
            full.AddRange(new[] { "-n", "1", "--joineui", JoinEui, "--random-deveui" });
        }

        Scn.AssertFails(2, expected, Scn.Run(full.ToArray()));
        CollectionAssert.AreEqual(before, File.ReadAllBytes(file));
        Assert.AreEqual(1, Directory.GetFiles(scn.Folder).Length, "no temporary file left behind");
    }

    [TestMethod]
    [DataRow("--count: 0 devices", "0")]
    [DataRow("--count: 0 devices", "0x0")]
    [DataRow("--count: '10001' is not a number from 0 to 10000", "10001")]
    [DataRow("--count: '-3' is not a number", "-3")]
    [DataRow("--count: 'ten' is not a number", "ten")]
    public void BadCountsCreateNoFile(string expected, string count)
    {
        using var scn = new Scn();
        var file = scn.PathOf("fleet.json");
        var result = Scn.Run("fleet", "create", "-f", file, "-n", count, "--joineui", JoinEui, "--random-deveui");
        Scn.AssertFails(2, expected, result);
        Assert.IsFalse(File.Exists(file));
    }

    [TestMethod]
    [DataRow("--joineui must be 8 bytes", "--joineui", "70B3D57ED00000", "--random-deveui")]
    [DataRow("--eui-prefix: '0004A' has 5 hex digits", "--joineui", JoinEui, "--eui-prefix", "0004A")]
    [DataRow("has the I/G bit (bit 0 of the first octet) set", "--joineui", JoinEui, "--eui-prefix", "0104A3")]
    [DataRow("has no free EUI", "--joineui", JoinEui, "--eui-prefix", "0004A30000000FF", "-n", "17")]
    [DataRow("--first: 0004A40000000000 is outside the block 0004A30000000000..0004A3FFFFFFFFFF", "--joineui", JoinEui, "--eui-prefix", "0004A3", "--first", "0004A40000000000")]
    [DataRow("say where the DevEUI comes from: --eui-prefix <your OUI or block> or --random-deveui", "--joineui", JoinEui)]
    [DataRow("Option '--joineui' is required", "--random-deveui")]
    public void BadEuiInputCreatesNoFile(string expected, params string[] args)
    {
        using var scn = new Scn();
        var file = scn.PathOf("fleet.json");
        var full = new[] { "fleet", "create", "-f", file }.Concat(args).ToList();
        if (!args.Contains("-n"))
        {
            full.AddRange(new[] { "-n", "2" });
        }

        Scn.AssertFails(2, expected, Scn.Run(full.ToArray()));
        Assert.IsFalse(File.Exists(file));
    }

    [TestMethod]
    public void AFifteenDigitPrefixHoldsSixteenDevices()
    {
        using var scn = new Scn();
        var file = scn.PathOf("fleet.json");
        Assert.AreEqual(0, Scn.Run("fleet", "create", "-f", file, "-n", "16", "--joineui", JoinEui, "--eui-prefix", "0004A30000000FF").Exit);
        Assert.AreEqual("0004A30000000FFF", Devices(file)[15].GetProperty("devEui").GetString());
        Scn.AssertFails(2, "has no free EUI", Scn.Run("fleet", "add", "-f", file, "--eui-prefix", "0004A30000000FF"));
    }

    [TestMethod]
    [DataRow("is fleet file version 2; this scn reads version 1", "{\"format\":\"smartcitynodes-fleet\",\"version\":2,\"devices\":[]}")]
    [DataRow("is not a fleet file", "{\"devices\":[]}")]
    [DataRow("is not a fleet file", "not json")]
    [DataRow("has no \"devices\" list", "{\"format\":\"smartcitynodes-fleet\",\"version\":1,\"devices\":null}")]
    [DataRow("device 1: devEui must be 8 bytes (16 hex digits); got 0 bytes", "{\"format\":\"smartcitynodes-fleet\",\"version\":1,\"devices\":[{\"name\":\"aa1\"}]}")]
    [DataRow("device 2: DevEUI 0004A30000000001 is already in the fleet as 'aa1'", "{\"format\":\"smartcitynodes-fleet\",\"version\":1,\"devices\":[{\"name\":\"aa1\",\"devEui\":\"0004A30000000001\",\"joinEui\":\"0000000000000000\",\"appKey\":\"000102030405060708090A0B0C0D0E0F\"},{\"name\":\"aa2\",\"devEui\":\"0004A30000000001\",\"joinEui\":\"0000000000000000\",\"appKey\":\"000102030405060708090A0B0C0D0E00\"}]}")]
    [DataRow("device 2: DevEUI 0004A30000000001 is already in the fleet as 'aa1'", "{\"format\":\"smartcitynodes-fleet\",\"version\":1,\"devices\":[{\"name\":\"aa1\",\"devEui\":\"0004a30000000001\",\"joinEui\":\"0000000000000000\",\"appKey\":\"000102030405060708090A0B0C0D0E0F\"},{\"name\":\"aa2\",\"devEui\":\"00-04-A3-00-00-00-00-01\",\"joinEui\":\"0000000000000000\",\"appKey\":\"000102030405060708090A0B0C0D0E00\"}]}")]
    [DataRow("device 1: appKey must be 16 bytes", "{\"format\":\"smartcitynodes-fleet\",\"version\":1,\"devices\":[{\"name\":\"aa1\",\"devEui\":\"0004A30000000001\",\"joinEui\":\"0000000000000000\",\"appKey\":\"0001\"}]}")]
    public void DamagedOrNewerFleetFilesAreRefused(string expected, string content)
    {
        using var scn = new Scn();
        var file = scn.PathOf("fleet.json");
        File.WriteAllText(file, content);
        Scn.AssertFails(2, expected, Scn.Run("fleet", "list", "-f", file));
        Scn.AssertFails(2, expected, Scn.Run("fleet", "add", "-f", file, "--random-deveui", "--joineui", JoinEui));
        Assert.AreEqual(content, File.ReadAllText(file));
    }

    [TestMethod]
    public void MissingFleetFileAndMissingFolderGiveTheirCodes()
    {
        using var scn = new Scn();
        Scn.AssertFails(2, "does not exist (create one with 'scn fleet create')", Scn.Run("fleet", "list", "-f", scn.PathOf("none.json")));
        Scn.AssertFails(3, "does not exist", Scn.Run("fleet", "create", "-f", scn.PathOf("no-such-folder/fleet.json"), "-n", "1", "--joineui", JoinEui, "--random-deveui"));
    }

    [TestMethod]
    public void AddWaitsForNoOneElse()
    {
        using var scn = new Scn();
        var file = scn.PathOf("fleet.json");
        Assert.AreEqual(0, Scn.Run("fleet", "create", "-f", file, "-n", "1", "--joineui", JoinEui, "--random-deveui").Exit);
        var before = File.ReadAllBytes(file);
        File.WriteAllText(file + ".lock", string.Empty);
        Scn.AssertFails(3, "is being changed by another scn", Scn.Run("fleet", "add", "-f", file, "--random-deveui"));
        CollectionAssert.AreEqual(before, File.ReadAllBytes(file));

        File.Delete(file + ".lock");
        Assert.AreEqual(0, Scn.Run("fleet", "add", "-f", file, "--random-deveui").Exit);
        Assert.IsFalse(File.Exists(file + ".lock"), "the lock goes away with the command");
    }

    private static List<JsonElement> Devices(string file)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(file));
        return document.RootElement.GetProperty("devices").EnumerateArray().Select(e => e.Clone()).ToList();
    }
}
