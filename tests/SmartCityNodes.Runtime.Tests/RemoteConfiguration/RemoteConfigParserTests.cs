// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using SmartCityNodes.Runtime.RemoteConfiguration;

namespace SmartCityNodes.Runtime.Tests.RemoteConfiguration;

/// <summary>
/// Remote-configuration downlink parser and acknowledgement (docs/payloads/remote-config.md). Downlinks are written
/// byte by byte from the command table; every malformed one must give its result code and an empty list.
/// </summary>
[TestClass]
public sealed class RemoteConfigParserTests
{
    [TestMethod]
    public void Every_command_kind_is_parsed()
    {
        // 1C header v1/type C; 07 transaction; 01 00 00000384 report 900 s; 02 01 0050 full 80 %;
        // 03 01 confirmed on; 04 00 ADR off; 05 reboot; 06 status request.
        byte[] downlink = Hex.Parse("1C07 010000000384 02010050 0301 0400 05 06");
        var commands = new RemoteConfigCommandList();
        Assert.AreEqual(RemoteConfigResult.Ok, RemoteConfigParser.Parse(20, downlink, 0, downlink.Length, commands));
        Assert.AreEqual(7, commands.TransactionId);
        Assert.AreEqual(6, commands.Count);
        Assert.AreEqual(RemoteConfigCommandList.NoFailingCommand, commands.FailingCommandIndex);
        CollectionAssert.AreEqual(
            new[] { RemoteConfigOpcode.SetInterval, RemoteConfigOpcode.SetThreshold, RemoteConfigOpcode.SetConfirmedUplinks, RemoteConfigOpcode.SetAdaptiveDataRate, RemoteConfigOpcode.Reboot, RemoteConfigOpcode.RequestStatus },
            commands.Opcodes.Take(6).ToArray());
        CollectionAssert.AreEqual(new byte[] { 0x00, 0x01, 0, 0, 0, 0 }, commands.ParameterIds.Take(6).ToArray());
        CollectionAssert.AreEqual(new[] { 900, 80, 1, 0, 0, 0 }, commands.Values.Take(6).ToArray());
    }

    [TestMethod]
    [DataRow("1C01 0212FE70", 0x12, -400, DisplayName = "air temperature -40.0 °C: 0xFE70 = -400")]
    [DataRow("1C01 021204E2", 0x12, 1250, DisplayName = "air temperature +125.0 °C: 0x04E2 = 1250")]
    [DataRow("1C01 02137530", 0x13, 30000, DisplayName = "gas 30000 kΩ = 0x7530")]
    [DataRow("1C01 02210000", 0x21, 0, DisplayName = "parking vacant 0 µT")]
    [DataRow("1C01 010300000000", 0x03, 0, DisplayName = "status interval 0 = off")]
    [DataRow("1C01 010100015180", 0x01, 86400, DisplayName = "sample interval 86400 s = 0x15180")]
    public void Range_ends_are_accepted(string hex, int parameter, int value)
    {
        byte[] downlink = Hex.Parse(hex);
        var commands = new RemoteConfigCommandList();
        Assert.AreEqual(RemoteConfigResult.Ok, RemoteConfigParser.Parse(20, downlink, 0, downlink.Length, commands));
        Assert.AreEqual(1, commands.Count);
        Assert.AreEqual(parameter, commands.ParameterIds[0]);
        Assert.AreEqual(value, commands.Values[0]);
    }

    [TestMethod]
    [DataRow(20, "", RemoteConfigResult.Malformed, 0xFF, 0, DisplayName = "empty")]
    [DataRow(20, "1C", RemoteConfigResult.Malformed, 0xFF, 0, DisplayName = "header only")]
    [DataRow(20, "1C05", RemoteConfigResult.Malformed, 0xFF, 5, DisplayName = "no command")]
    [DataRow(21, "1C0506", RemoteConfigResult.Malformed, 0xFF, 0, DisplayName = "wrong FPort")]
    [DataRow(0, "1C0506", RemoteConfigResult.Malformed, 0xFF, 0, DisplayName = "FPort 0")]
    [DataRow(20, "2C0506", RemoteConfigResult.UnsupportedVersion, 0xFF, 0, DisplayName = "version 2")]
    [DataRow(20, "0C0506", RemoteConfigResult.UnsupportedVersion, 0xFF, 0, DisplayName = "version 0")]
    [DataRow(20, "1A0506", RemoteConfigResult.Malformed, 0xFF, 5, DisplayName = "acknowledgement type sent down")]
    [DataRow(20, "1C0507", RemoteConfigResult.UnknownCommand, 0, 5, DisplayName = "opcode 7")]
    [DataRow(20, "1C050600", RemoteConfigResult.UnknownCommand, 1, 5, DisplayName = "opcode 0 after a good one")]
    [DataRow(20, "1C0506010000", RemoteConfigResult.Malformed, 1, 5, DisplayName = "truncated SetInterval")]
    [DataRow(20, "1C050201", RemoteConfigResult.Malformed, 0, 5, DisplayName = "truncated SetThreshold")]
    [DataRow(20, "1C0503", RemoteConfigResult.Malformed, 0, 5, DisplayName = "truncated SetConfirmedUplinks")]
    [DataRow(20, "1C050104000000FF", RemoteConfigResult.UnknownParameter, 0, 5, DisplayName = "interval id 4")]
    [DataRow(20, "1C0502050001", RemoteConfigResult.UnknownParameter, 0, 5, DisplayName = "threshold id 5")]
    [DataRow(20, "1C050100000000" + "3B", RemoteConfigResult.ValueOutOfRange, 0, 5, DisplayName = "report 59 s")]
    [DataRow(20, "1C05010000278D01", RemoteConfigResult.ValueOutOfRange, 0, 5, DisplayName = "report 2592001 s")]
    [DataRow(20, "1C050100FFFFFFFF", RemoteConfigResult.ValueOutOfRange, 0, 5, DisplayName = "report 0xFFFFFFFF s")]
    [DataRow(20, "1C05010300000E0F", RemoteConfigResult.ValueOutOfRange, 0, 5, DisplayName = "status 3599 s")]
    [DataRow(20, "1C0502010065", RemoteConfigResult.ValueOutOfRange, 0, 5, DisplayName = "full 101 %")]
    [DataRow(20, "1C050212FE6F", RemoteConfigResult.ValueOutOfRange, 0, 5, DisplayName = "air temperature -40.1 °C")]
    [DataRow(20, "1C050302", RemoteConfigResult.ValueOutOfRange, 0, 5, DisplayName = "confirmed 2")]
    [DataRow(20, "1C0504FF", RemoteConfigResult.ValueOutOfRange, 0, 5, DisplayName = "ADR 255")]
    [DataRow(20, "1C05060606060606060606", RemoteConfigResult.TooManyCommands, 8, 5, DisplayName = "nine commands")]
    public void Malformed_downlinks_give_their_code_and_no_commands(int fPort, string hex, RemoteConfigResult expected, int failingIndex, int transactionId)
    {
        var commands = new RemoteConfigCommandList();
        byte[] good = Hex.Parse("1C090301");
        Assert.AreEqual(RemoteConfigResult.Ok, RemoteConfigParser.Parse(20, good, 0, good.Length, commands));
        byte[] downlink = Hex.Parse(hex);
        Assert.AreEqual(expected, RemoteConfigParser.Parse(fPort, downlink, 0, downlink.Length, commands));
        Assert.AreEqual(0, commands.Count);
        Assert.AreEqual(failingIndex, commands.FailingCommandIndex);
        Assert.AreEqual(transactionId, commands.TransactionId);
    }

    [TestMethod]
    public void Eight_commands_fit_and_offsets_are_honoured()
    {
        byte[] downlink = Hex.Parse("EEEE1C050606060606060606EE");
        var commands = new RemoteConfigCommandList();
        Assert.AreEqual(RemoteConfigResult.Ok, RemoteConfigParser.Parse(20, downlink, 2, 10, commands));
        Assert.AreEqual(8, commands.Count);
        Assert.AreEqual(RemoteConfigResult.Malformed, RemoteConfigParser.Parse(20, downlink, 2, 12, commands), "length past the buffer");
        Assert.AreEqual(RemoteConfigResult.Malformed, RemoteConfigParser.Parse(20, null!, 0, 0, commands));
    }

    [TestMethod]
    [DataRow(7, RemoteConfigResult.Ok, 0xFF, 0xCBF43926u, "1A0700FFCBF43926")]
    [DataRow(5, RemoteConfigResult.ValueOutOfRange, 1, 0x00000001u, "1A05050100000001")]
    [DataRow(0, RemoteConfigResult.UnsupportedVersion, 0xFF, 0xFFFFFFFFu, "1A0001FFFFFFFFFF")]
    [DataRow(255, RemoteConfigResult.StorageFailed, 7, 0x12345678u, "1AFF080712345678")]
    public void Acknowledgement_gives_the_hand_computed_bytes(int transactionId, RemoteConfigResult result, int failing, uint crc, string expected)
    {
        var buffer = new byte[8];
        Assert.AreEqual(8, RemoteConfigAcknowledgementEncoder.Encode(buffer, 0, transactionId, result, failing, crc));
        Assert.AreEqual(expected, Hex.Of(buffer, 0, 8));
        Assert.AreEqual(RemoteConfigAcknowledgementEncoder.BufferTooSmall, RemoteConfigAcknowledgementEncoder.Encode(buffer, 1, transactionId, result, failing, crc));
    }
}
