// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using SmartCityNodes.Applications.Payloads;
using SmartCityNodes.Applications.Payloads.Status;

namespace SmartCityNodes.Applications.Tests.Payloads;

/// <summary>Status message (docs/payloads/status.md); expected bytes by hand from the format table.</summary>
[TestClass]
public sealed class StatusPayloadEncoderTests
{
    private static StatusReadings Typical() => new()
    {
        Device = DeviceKind.BinNode,      // 0x01
        FirmwareMajor = 1,
        FirmwareMinor = 2,
        FirmwarePatch = 3,
        ResetCause = ResetCause.PowerOn,  // 0x01
        ConfigurationCrc = 0xCBF43926,    // big-endian CB F4 39 26
        BatteryMillivolts = 3300,         // 130 = 0x82
    };

    [TestMethod]
    public void Startup_gives_the_hand_computed_bytes()
    {
        var buffer = new byte[11];
        Assert.AreEqual(11, StatusPayloadEncoder.EncodeStartup(buffer, 0, Typical()));
        Assert.AreEqual("1801010203" + "01" + "CBF43926" + "82", Hex.Of(buffer, 0, 11));
    }

    [TestMethod]
    [DataRow(DeviceKind.AirNode, ResetCause.Watchdog, PayloadFormat.Missing, "1902010203" + "05" + "CBF43926" + "FF")]
    [DataRow(DeviceKind.ParkingNode, ResetCause.RemoteReboot, 4600, "1903010203" + "07" + "CBF43926" + "FE")]
    public void Status_reply_carries_device_cause_and_battery(DeviceKind device, ResetCause cause, int millivolts, string expected)
    {
        var status = Typical();
        status.Device = device;
        status.ResetCause = cause;
        status.BatteryMillivolts = millivolts;
        var buffer = new byte[11];
        StatusPayloadEncoder.EncodeStatusReply(buffer, 0, status);
        Assert.AreEqual(expected, Hex.Of(buffer, 0, 11));
    }

    [TestMethod]
    public void A_buffer_too_small_returns_0()
    {
        Assert.AreEqual(PayloadFormat.BufferTooSmall, StatusPayloadEncoder.EncodeStartup(new byte[10], 0, Typical()));
    }
}
