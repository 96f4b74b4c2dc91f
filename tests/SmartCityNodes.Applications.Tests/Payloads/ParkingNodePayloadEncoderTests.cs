// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using SmartCityNodes.Applications.Payloads;
using SmartCityNodes.Applications.Payloads.Parking;

namespace SmartCityNodes.Applications.Tests.Payloads;

/// <summary>
/// ParkingNode message (docs/payloads/parkingnode.md), expected bytes by hand: header; bit 7 occupied | faults;
/// minutes u16 BE; change counter u16 BE; round(mG / 10) µT; battery round((mV − 2000) / 10).
/// </summary>
[TestClass]
public sealed class ParkingNodePayloadEncoderTests
{
    private static ParkingNodeReadings Typical() => new()
    {
        Occupied = true,                   // 0x80
        MinutesSinceChange = 95,           // 0x005F
        ChangeCount = 1234,                // 0x04D2
        MagneticDeviationMilligauss = 423, // 42.3 µT → 42 = 0x2A
        BatteryMillivolts = 3600,          // 160 = 0xA0
    };

    [TestMethod]
    public void Occupancy_change_and_heartbeat_give_the_hand_computed_bytes()
    {
        var buffer = new byte[8];
        Assert.AreEqual(8, ParkingNodePayloadEncoder.EncodeOccupancyChange(buffer, 0, Typical()));
        Assert.AreEqual("1180005F04D22AA0", Hex.Of(buffer, 0, 8));
        var readings = Typical();
        readings.Occupied = false;
        Assert.AreEqual(8, ParkingNodePayloadEncoder.EncodeHeartbeat(buffer, 0, readings));
        Assert.AreEqual("1000005F04D22AA0", Hex.Of(buffer, 0, 8));
    }

    [TestMethod]
    [DataRow(ParkingNodeFaults.Magnetometer, "1081005F04D2FFA0", DisplayName = "magnetometer: deviation 0xFF, last state kept")]
    [DataRow(ParkingNodeFaults.BaselineNotCalibrated, "1082005F04D22AA0", DisplayName = "no baseline: flag only")]
    [DataRow(ParkingNodeFaults.BatteryMonitor, "1084005F04D22AFF", DisplayName = "battery: 0xFF")]
    [DataRow((ParkingNodeFaults)0x7F, "1087005F04D2FFFF", DisplayName = "reserved bits 6..3 are not sent")]
    public void Faults_set_their_bits_and_fault_values(ParkingNodeFaults faults, string expected)
    {
        var readings = Typical();
        readings.Faults = faults;
        var buffer = new byte[8];
        ParkingNodePayloadEncoder.EncodeHeartbeat(buffer, 0, readings);
        Assert.AreEqual(expected, Hex.Of(buffer, 0, 8));
    }

    [TestMethod]
    [DataRow(PayloadFormat.Missing, 0, 0, "FFFF000000", DisplayName = "no change seen: minutes 0xFFFF")]
    [DataRow(100000, 70000, 5000, "FFFE1170FE", DisplayName = "saturation: 65534 min, 70000 mod 65536 = 4464 = 0x1170, 500 µT → 254")]
    [DataRow(-1, 65536, 5, "0000000001", DisplayName = "negative minutes → 0; counter wraps to 0; 5 mG = 0.5 µT → 1 (half up)")]
    [DataRow(65534, 65535, 4, "FFFEFFFF00", DisplayName = "range ends; 4 mG → 0")]
    public void Counters_and_durations_saturate_or_wrap(int minutes, int count, int milligauss, string expectedBytes2To6)
    {
        var readings = new ParkingNodeReadings { MinutesSinceChange = minutes, ChangeCount = count, MagneticDeviationMilligauss = milligauss };
        var buffer = new byte[8];
        ParkingNodePayloadEncoder.EncodeHeartbeat(buffer, 0, readings);
        Assert.AreEqual(expectedBytes2To6, Hex.Of(buffer, 2, 5));
    }

    [TestMethod]
    public void A_buffer_too_small_returns_0_and_writes_nothing()
    {
        var buffer = new byte[9];
        Array.Fill(buffer, (byte)0xEE);
        Assert.AreEqual(PayloadFormat.BufferTooSmall, ParkingNodePayloadEncoder.EncodeOccupancyChange(buffer, 2, Typical()));
        Assert.IsTrue(buffer.All(b => b == 0xEE));
    }
}
