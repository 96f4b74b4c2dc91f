// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using SmartCityNodes.Applications.Payloads;
using SmartCityNodes.Applications.Payloads.Bin;

namespace SmartCityNodes.Applications.Tests.Payloads;

/// <summary>
/// BinNode message (docs/payloads/binnode.md). Expected bytes are worked out by hand from the format table:
/// header 0x10 / 0x11; fill % as is; distance mm u16 big-endian; temperature round(°C + 40); battery
/// round((mV − 2000) / 10); events; faults.
/// </summary>
[TestClass]
public sealed class BinNodePayloadEncoderTests
{
    private static BinNodeReadings Typical() => new()
    {
        FillLevelPercent = 62,            // 0x3E
        DistanceMillimetres = 1234,       // 0x04D2
        TemperatureCentiCelsius = 2340,   // 23.40 + 40 = 63.4 → 63 = 0x3F
        BatteryMillivolts = 3710,         // (3710 − 2000) / 10 = 171 = 0xAB
        Events = BinNodeEvents.Full | BinNodeEvents.Pickup, // bits 0 and 3 = 0x09
        Faults = BinNodeFaults.None,
    };

    [TestMethod]
    public void Measurement_typical_readings_give_the_hand_computed_bytes()
    {
        var buffer = new byte[8];
        int length = BinNodePayloadEncoder.EncodeMeasurement(buffer, 0, Typical());
        Assert.AreEqual(8, length);
        Assert.AreEqual("103E04D23FAB0900", Hex.Of(buffer, 0, 8));
    }

    [TestMethod]
    public void Event_uses_header_0x11_and_writes_at_the_offset_only()
    {
        var buffer = new byte[12];
        Array.Fill(buffer, (byte)0xEE);
        var readings = Typical();
        readings.Events = BinNodeEvents.Fire;      // 0x02
        readings.TemperatureCentiCelsius = 7500;   // 75 + 40 = 115 = 0x73
        int length = BinNodePayloadEncoder.EncodeEvent(buffer, 3, readings);
        Assert.AreEqual(8, length);
        Assert.AreEqual("EEEEEE113E04D273AB0200EE", Hex.Of(buffer, 0, 12));
    }

    [TestMethod]
    [DataRow(BinNodeFaults.DistanceSensor, "10FFFFFF3FAB0901", DisplayName = "distance fault: fill 0xFF, distance 0xFFFF")]
    [DataRow(BinNodeFaults.TemperatureSensor, "103E04D2FFAB0902", DisplayName = "temperature fault: 0xFF")]
    [DataRow(BinNodeFaults.TiltSensor, "103E04D23FAB0904", DisplayName = "tilt fault: flag only")]
    [DataRow(BinNodeFaults.BatteryMonitor, "103E04D23FFF0908", DisplayName = "battery fault: 0xFF")]
    [DataRow((BinNodeFaults)0xFF, "10FFFFFFFFFF090F", DisplayName = "reserved fault bits are not sent")]
    public void Each_fault_flag_sends_its_fields_fault_value(BinNodeFaults faults, string expected)
    {
        var buffer = new byte[8];
        var readings = Typical();
        readings.Faults = faults;
        BinNodePayloadEncoder.EncodeMeasurement(buffer, 0, readings);
        Assert.AreEqual(expected, Hex.Of(buffer, 0, 8));
    }

    [TestMethod]
    [DataRow(120, 70000, -5000, 1900, "1064FFFE0000", DisplayName = "above/below range saturate: 100 %, 65534 mm, -40 °C, 2.00 V")]
    [DataRow(-3, 0, 30000, 5000, "10000000FEFE", DisplayName = "0 %, 0 mm, 300 °C → 254 (+214 °C), 5.00 V → 254")]
    [DataRow(0, 65534, -4000, 2000, "1000FFFE0000", DisplayName = "range ends: -40.00 °C → 0, 2.000 V → 0")]
    [DataRow(100, 1, 21400, 4540, "10640001FEFE", DisplayName = "range ends: +214 °C → 254, 4.540 V → 254")]
    [DataRow(50, 500, 2349, 3704, "103201F43FAA", DisplayName = "round down: 23.49 + 40 = 63.49 → 63; 3704 mV → 170.4 → 170")]
    [DataRow(50, 500, 2350, 3705, "103201F440AB", DisplayName = "round half up: 23.50 + 40 = 63.5 → 64; 3705 mV → 170.5 → 171")]
    public void Values_are_rounded_and_saturated(int fill, int distance, int centiCelsius, int millivolts, string expectedFirstSix)
    {
        var buffer = new byte[8];
        var readings = new BinNodeReadings
        {
            FillLevelPercent = fill,
            DistanceMillimetres = distance,
            TemperatureCentiCelsius = centiCelsius,
            BatteryMillivolts = millivolts,
        };
        BinNodePayloadEncoder.EncodeMeasurement(buffer, 0, readings);
        Assert.AreEqual(expectedFirstSix, Hex.Of(buffer, 0, 6));
    }

    [TestMethod]
    public void Missing_readings_send_fault_values_without_fault_flags()
    {
        var buffer = new byte[8];
        var readings = new BinNodeReadings
        {
            FillLevelPercent = PayloadFormat.Missing,
            DistanceMillimetres = PayloadFormat.Missing,
            TemperatureCentiCelsius = PayloadFormat.Missing,
            BatteryMillivolts = PayloadFormat.Missing,
        };
        BinNodePayloadEncoder.EncodeMeasurement(buffer, 0, readings);
        Assert.AreEqual("10FFFFFFFFFF0000", Hex.Of(buffer, 0, 8));
    }

    [TestMethod]
    [DataRow(7, 0)]
    [DataRow(8, 1)]
    [DataRow(20, 13)]
    [DataRow(20, -1)]
    public void A_buffer_too_small_returns_0_and_writes_nothing(int size, int offset)
    {
        var buffer = new byte[size];
        Array.Fill(buffer, (byte)0xEE);
        Assert.AreEqual(PayloadFormat.BufferTooSmall, BinNodePayloadEncoder.EncodeMeasurement(buffer, offset, Typical()));
        Assert.IsTrue(buffer.All(b => b == 0xEE));
    }

    [TestMethod]
    public void Null_arguments_are_misuse()
    {
        Assert.ThrowsExactly<ArgumentNullException>(() => BinNodePayloadEncoder.EncodeMeasurement(null!, 0, Typical()));
        Assert.ThrowsExactly<ArgumentNullException>(() => BinNodePayloadEncoder.EncodeEvent(new byte[8], 0, null!));
    }
}
