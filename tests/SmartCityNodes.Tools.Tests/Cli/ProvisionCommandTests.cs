// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using SmartCityNodes.Cli;
using SmartCityNodes.Cli.Provisioning;
using SmartCityNodes.Runtime.Configuration;

namespace SmartCityNodes.Tools.Tests.Cli;

/// <summary>
/// <c>scn provision</c> end to end through <see cref="CliApp.RunWithConsole"/>
/// against the real node console (<see cref="SimulatedNode"/>), every error path with the node's stored
/// configuration read back afterwards.
/// </summary>
[TestClass]
public sealed class ProvisionCommandTests
{
    // The identity and settings of the worked session in docs/provisioning-console.md, whose configuration CRC the
    // document gives as 16D851F3 (computed there with Python zlib.crc32, independently of both console and scn).
    internal const string AppKeyHex = "2B7E151628AED2A6ABF7158809CF4F3C";
    internal const string DevEuiHex = "70B3D57ED0001234";
    internal const uint DocumentedCrc = 0x16D851F3;

    internal static readonly string[] DocumentedSettings =
    [
        "--region", "US915", "--subband", "2", "--report-interval", "300", "--heartbeat-interval", "3600",
        "--threshold-low", "-5", "--threshold-high", "100", "--confirmed", "--app-params", "03ABCD",
    ];

    private Scn scn = null!;
    private string fleet = null!;

    [TestInitialize]
    public void Start()
    {
        scn = new Scn();
        fleet = MakeFleet(scn);
    }

    [TestCleanup]
    public void End() => scn.Dispose();

    /// <summary>A fleet file with bin-1 (the documented identity) and one other device.</summary>
    internal static string MakeFleet(Scn scn)
    {
        var path = scn.PathOf("fleet.json");
        Assert.AreEqual(0, Scn.Run("fleet", "create", "--file", path, "--count", "1", "--joineui", "0000000000000001", "--random-deveui", "--name-prefix", "other").Exit);
        Assert.AreEqual(0, Scn.Run("fleet", "add", "--file", path, "--deveui", DevEuiHex, "--name", "bin-1", "--appkey", AppKeyHex).Exit);
        return path;
    }

    private (int Exit, string Output, string Error) Provision(SimulatedNode node, params string[] extra)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        string[] args = ["provision", "--fleet", fleet, "--device", "bin-1", "--port", "sim0", "--timeout-ms", "300", .. extra];
        var exit = CliApp.RunWithConsole(args, output, error, node.Open);
        return (exit, output.ToString(), error.ToString());
    }

    private static void AssertKeeps(SimulatedNode node, uint crcBefore)
    {
        var stored = node.Reboot();
        Assert.AreEqual(crcBefore, stored.Crc, "the node's stored configuration changed");
    }

    [TestMethod]
    public void TheDocumentedSessionGivesTheDocumentedCrcOnTheNode()
    {
        var node = new SimulatedNode();
        var result = Provision(node, DocumentedSettings);
        Assert.AreEqual(0, result.Exit, result.Error);
        StringAssert.Contains(result.Output, "crc=16D851F3 verified");

        var stored = node.Reboot();
        Assert.AreEqual(DocumentedCrc, stored.Crc);
        Assert.AreEqual(0x70B3D57ED0001234ul, stored.Active.DevEui);
        Assert.AreEqual(1ul, stored.Active.JoinEui);
        CollectionAssert.AreEqual(Convert.FromHexString(AppKeyHex), stored.Active.AppKey);
        Assert.AreEqual(300u, stored.Active.ReportIntervalSeconds);
        Assert.IsTrue(stored.Active.IsProvisioned);
        Assert.AreEqual(0, node.JoinRequests);
    }

    [TestMethod]
    public void KeysAreNeverEchoedUnlessAsked()
    {
        var hidden = Provision(new SimulatedNode());
        Assert.AreEqual(0, hidden.Exit, hidden.Error);
        Assert.DoesNotContain(AppKeyHex, hidden.Output + hidden.Error);
        StringAssert.Contains(hidden.Output, "set appkey (hidden)");

        var shown = Provision(new SimulatedNode(), "--show-keys");
        Assert.AreEqual(0, shown.Exit, shown.Error);
        StringAssert.Contains(shown.Output, "set appkey " + AppKeyHex);
    }

    [TestMethod]
    public void JoinIsRequestedAfterTheCheck()
    {
        var node = new SimulatedNode();
        var result = Provision(node, "--join");
        Assert.AreEqual(0, result.Exit, result.Error);
        Assert.AreEqual(1, node.JoinRequests);
        Assert.AreEqual("JOIN*02", node.Requests[^1]); // checksum worked by hand in the document
    }

    [TestMethod]
    public void DefaultsMatchTheNodesOwnDefaultsForEverythingButTheIdentity()
    {
        var node = new SimulatedNode();
        Assert.AreEqual(0, Provision(node).Exit);
        var stored = node.Reboot().Active;
        // docs/provisioning-console.md: EU868, 900 s, 21,600 s, unconfirmed, ADR on.
        Assert.AreEqual(SmartCityNodes.LoRaWan.Region.RegionId.Eu868, stored.Region);
        Assert.AreEqual(900u, stored.ReportIntervalSeconds);
        Assert.AreEqual(21600u, stored.HeartbeatIntervalSeconds);
        Assert.IsFalse(stored.ConfirmedUplinks);
        Assert.IsTrue(stored.AdrEnabled);
    }

    [TestMethod]
    public void AWrongDeviceIsRefusedAndLeftAsItWas()
    {
        var node = new SimulatedNode();
        node.Preprovision(c =>
        {
            c.DevEui = 0x0004A30B001C0530;
            Convert.FromHexString("00112233445566778899AABBCCDDEEFF").CopyTo(c.AppKey, 0);
            c.AppKeySet = true;
        });
        var before = node.Store.Crc;
        Scn.AssertFails(3, "wrong device: the node on 'sim0' is 0004A30B001C0530, not bin-1 (70B3D57ED0001234)", Provision(node));
        Assert.HasCount(1, node.Requests, "nothing after ID");
        AssertKeeps(node, before);

        // Told to, scn re-provisions it.
        Assert.AreEqual(0, Provision(node, "--overwrite").Exit);
        Assert.AreEqual(0x70B3D57ED0001234ul, node.Reboot().Active.DevEui);
    }

    [TestMethod]
    public void ASilentNodeTimesOut()
    {
        var node = new SimulatedNode { SilentAfterRequests = 0 };
        Scn.AssertFails(3, "no reply to ID from 'sim0' within 300 ms", Provision(node));
    }

    [TestMethod]
    public void ANodeThatFallsSilentMidwayKeepsItsPreviousConfiguration()
    {
        var node = new SimulatedNode();
        Assert.AreEqual(0, Provision(node).Exit);
        var before = node.Reboot().Crc;

        // ID, 3 GETs, then 4 SETs answered; the 5th SET (region) meets silence: the cable is pulled.
        node.Requests.Clear();
        node.SilentAfterRequests = 8;
        Scn.AssertFails(3, "no reply to SET region US915", Provision(node, DocumentedSettings));
        AssertKeeps(node, before);
        Assert.AreEqual(900u, node.Store.Active.ReportIntervalSeconds);
    }

    [TestMethod]
    public void AReplyWithABadChecksumStopsTheSession()
    {
        var node = new SimulatedNode();
        Assert.AreEqual(0, Provision(node).Exit);
        var before = node.Reboot().Crc;
        node.Requests.Clear();
        node.CorruptReplyOfRequest = 6; // the reply to the 2nd SET
        Scn.AssertFails(3, "checksum error in the node's reply to SET deveui", Provision(node, "--report-interval", "1200"));
        // DISCARD: 44^49 = 0D, ^53 = 5E, ^43 = 1D, ^41 = 5C, ^52 = 0E, ^44 = 4A.
        Assert.AreEqual("DISCARD*4A", node.Requests[^1], "the staged SETs are thrown away");
        AssertKeeps(node, before);
    }

    [TestMethod]
    public void ARequestCorruptedOnTheWayIsReportedAsAChecksumError()
    {
        var node = new SimulatedNode { CorruptRequest = 5 }; // the 1st SET arrives as "sET ...*XX" with XX of "SET ..."
        Scn.AssertFails(3, "the node reported a checksum error in SET activation otaa", Provision(node));
        AssertKeeps(node, new SimulatedNode().Store.Crc);
    }

    [TestMethod]
    public void AnErrReplyNamesTheFieldAndTheOption()
    {
        var node = new SimulatedNode(new RejectingValidator());
        var result = Provision(node, "--app-params", "07AA");
        Scn.AssertFails(2, "the node refused COMMIT: ERR 10 app_params rejected (field app_params, set by --app-params; nothing was committed", result);
        Assert.AreEqual("DISCARD*4A", node.Requests[^1]);
        AssertKeeps(node, new SimulatedNode().Store.Crc);
        Assert.IsFalse(node.Store.Active.IsProvisioned);
    }

    [TestMethod]
    public void APowerCutDuringCommitLeavesThePreviousConfiguration()
    {
        var node = new SimulatedNode();
        Assert.AreEqual(0, Provision(node).Exit);
        var before = node.Reboot().Crc;

        node.PowerCutAtCommitByte = 40;
        Scn.AssertFails(3, "the node refused COMMIT: ERR 11 - flash write failed, previous configuration kept", Provision(node, DocumentedSettings));
        AssertKeeps(node, before);
        Assert.AreEqual(900u, node.Store.Active.ReportIntervalSeconds);
    }

    [TestMethod]
    public void NoSuchPortIsExitCodeThree()
    {
        Scn.AssertFails(3, "serial port '/dev/scn-no-such-port' not found", Scn.Run("provision", "--fleet", fleet, "--device", "bin-1", "--port", "/dev/scn-no-such-port"));
    }

    [TestMethod]
    // Ranges of docs/provisioning-console.md "Fields": report 60..2592000 s, sample 1..86400 s, status 0 or 3600..2592000 s.
    [DataRow("--report-interval", "59", "--report-interval: 59 s is outside 60..2592000 s")]
    [DataRow("--sample-interval", "0", "--sample-interval: 0 s is outside 1..86400 s")]
    [DataRow("--status-interval", "3599", "--status-interval: 3599 s is neither 0 (off) nor within 3600..2592000 s")]
    [DataRow("--heartbeat-interval", "600", "--heartbeat-interval: 600 s is shorter than --report-interval 900 s")]
    [DataRow("--region", "EU433", "--region: 'EU433' is not a region the node knows")]
    [DataRow("--subband", "2", "--subband: 2 is not valid for EU868")]
    [DataRow("--threshold-low", "10", "--threshold-high 0 is below --threshold-low 10")]
    [DataRow("--app-params", "0", "--app-params")]
    [DataRow("--timeout-ms", "5", "--timeout-ms: 5 is outside 100..60000")]
    public void BadInputIsRefusedBeforeThePortIsOpened(string option, string value, string expected)
    {
        var opened = false;
        var output = new StringWriter();
        var error = new StringWriter();
        string[] args = ["provision", "--fleet", fleet, "--device", "bin-1", "--port", "sim0", option, value];
        var exit = CliApp.RunWithConsole(args, output, error, (_, _) =>
        {
            opened = true;
            throw new AssertFailedException("the port must not be opened");
        });
        Scn.AssertFails(2, expected, (exit, output.ToString(), error.ToString()));
        Assert.IsFalse(opened);
    }

    [TestMethod]
    public void AnUnknownDeviceNameSaysWhereToLook()
    {
        Scn.AssertFails(2, $"--device: no device 'bin-9' in '{fleet}' ('scn fleet list --file {fleet}' shows the names)", Scn.Run("provision", "--fleet", fleet, "--device", "bin-9", "--port", "sim0"));
    }

    [TestMethod]
    public void HostCrcMatchesTheDocumentedValueAndTheCheckValue()
    {
        // CRC-32 check value (IEEE 802.3 / zlib): "123456789" -> 0xCBF43926.
        Assert.AreEqual(0xCBF43926u, ConfigurationImage.Crc32("123456789"u8.ToArray()));
        var settings = new NodeSettings
        {
            DevEui = 0x70B3D57ED0001234, JoinEui = 1, AppKey = Convert.FromHexString(AppKeyHex), Region = "US915", SubBand = 2,
            ReportIntervalSeconds = 300, HeartbeatIntervalSeconds = 3600, ThresholdLow = -5, ThresholdHigh = 100, Confirmed = true,
            Adr = true, ApplicationParameters = [0x03, 0xAB, 0xCD],
        };
        Assert.HasCount(101, ConfigurationImage.Bytes(settings, 0)); // 99 fixed (version 2) + 2 parameter bytes
        Assert.AreEqual(DocumentedCrc, ConfigurationImage.Crc(settings, 0));
    }

    [TestMethod]
    [DataRow("ID", "ID*0D\n", DisplayName = "ID (worked in the document)")]
    [DataRow("JOIN", "JOIN*02\n")]
    [DataRow("SET report_s 300", "SET report_s 300*53\n")]
    public void RequestLinesCarryTheDocumentedChecksums(string body, string line) => Assert.AreEqual(line, ConsoleLine.Request(body));

    private sealed class RejectingValidator : IApplicationParameterValidator
    {
        public ConfigStatus Validate(byte version, byte[] buffer, int offset, int length) => version == 7 ? ConfigStatus.ApplicationRejected : ConfigStatus.Ok;

        public ConfigStatus ApplyThreshold(byte thresholdId, int value, NodeConfiguration candidate) => ConfigStatus.UnknownField;
    }
}
