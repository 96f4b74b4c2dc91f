// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using SmartCityNodes.Applications.Payloads;
using SmartCityNodes.Applications.Payloads.Air;

namespace SmartCityNodes.Applications.Tests.Payloads;

/// <summary>
/// AirNode message (docs/payloads/airnode.md): header, then fields packed most significant bit first.
/// Expected bytes are worked out by hand field by field and the bit strings concatenated in the comments.
/// </summary>
[TestClass]
public sealed class AirNodePayloadEncoderTests
{
    private static AirNodeReadings Typical() => new()
    {
        TemperatureCentiCelsius = 2150,          // 21.5 °C at 0.1 °C, offset -40 → 615 = 0x267 = 010 0110 0111
        RelativeHumidityCentiPercent = 4570,     // 45.70 % → 46 = 010 1110
        PressurePascals = 101325,                // 1013.25 hPa → 1013 − 300 = 713 = 10 1100 1001
        GasResistanceOhms = 123456,              // /100 = 1235 > 1023; /1000 = 123 → e=1, m=123 → 0100 0111 1011
        Pm1DeciMicrogramsPerCubicMetre = 50,     // 5 = 00 0000 0101
        Pm25DeciMicrogramsPerCubicMetre = 123,   // 12.3 → 12 = 00 0000 1100
        Pm10DeciMicrogramsPerCubicMetre = 206,   // 20.6 → 21 = 00 0001 0101
        Events = AirNodeEvents.Pm25High,         // 0001
        Faults = AirNodeFaults.None,             // 0000, then 2 reserved zero bits
    };

    [TestMethod]
    public void Measurement_typical_readings_give_the_hand_computed_bytes()
    {
        // 01001100 11101011 10101100 10010100 01111011 00000001 01000000 11000000 01010100 01000000
        var buffer = new byte[11];
        Assert.AreEqual(11, AirNodePayloadEncoder.EncodeMeasurement(buffer, 0, Typical()));
        Assert.AreEqual("104CEBAC947B0140C05440", Hex.Of(buffer, 0, 11));
    }

    [TestMethod]
    public void Event_uses_header_0x11_and_overwrites_stale_bytes()
    {
        var buffer = new byte[13];
        Array.Fill(buffer, (byte)0xEE);
        Assert.AreEqual(11, AirNodePayloadEncoder.EncodeEvent(buffer, 1, Typical()));
        Assert.AreEqual("EE114CEBAC947B0140C05440EE", Hex.Of(buffer, 0, 13));
    }

    [TestMethod]
    public void Environment_and_particulate_faults_send_all_ones_in_their_fields()
    {
        // T 2047, H 127, P 1023, gas 4095, PM 1023 ×3, events 0000, faults 0101, reserved 00:
        // 64 one bits, then 1111 1100 0001 0100 → FC 14.
        var readings = Typical();
        readings.Events = AirNodeEvents.None;
        readings.Faults = AirNodeFaults.EnvironmentSensor | AirNodeFaults.ParticulateSensor;
        var buffer = new byte[11];
        AirNodePayloadEncoder.EncodeMeasurement(buffer, 0, readings);
        Assert.AreEqual("10FFFFFFFFFFFFFFFFFC14", Hex.Of(buffer, 0, 11));
    }

    [TestMethod]
    public void Gas_fault_alone_keeps_temperature_humidity_and_pressure()
    {
        // 615, 46, 713 as in the typical vector; gas 1111 1111 1111; PM as typical; events 0001, faults 0010.
        // 01001100 11101011 10101100 10011111 11111111 00000001 01000000 11000000 01010100 01001000
        var readings = Typical();
        readings.Faults = AirNodeFaults.GasSensor;
        var buffer = new byte[11];
        AirNodePayloadEncoder.EncodeMeasurement(buffer, 0, readings);
        Assert.AreEqual("104CEBAC9FFF0140C05448", Hex.Of(buffer, 0, 11));
    }

    [TestMethod]
    [DataRow(0, 0x000, DisplayName = "0 Ω")]
    [DataRow(50, 0x001, DisplayName = "50 Ω → 0.5 → 1 × 100 Ω (half up)")]
    [DataRow(102300, 0x3FF, DisplayName = "102.3 kΩ: e=0, m=1023")]
    [DataRow(102350, 0x400 | 102, DisplayName = "102.35 kΩ: /100 = 1023.5 → 1024 too big; /1000 = 102.35 → 102, e=1")]
    [DataRow(1023000, 0x400 | 1023, DisplayName = "1.023 MΩ: e=1, m=1023")]
    [DataRow(5000000, 0x800 | 500, DisplayName = "5 MΩ: e=2, m=500")]
    [DataRow(102200000, 0xC00 | 1022, DisplayName = "102.2 MΩ: e=3, m=1022")]
    [DataRow(102300000, 0xC00 | 1022, DisplayName = "102.3 MΩ would be 0xFFF (fault): saturates at 1022")]
    [DataRow(int.MaxValue, 0xC00 | 1022, DisplayName = "2.1 GΩ saturates")]
    [DataRow(-5, 0x000, DisplayName = "negative counts as 0")]
    public void Gas_field_picks_the_smallest_exponent_that_fits(int ohms, int expected)
    {
        Assert.AreEqual(expected, AirNodePayloadEncoder.GasField(ohms));
    }

    [TestMethod]
    public void Range_ends_saturate_one_below_the_fault_value()
    {
        // T: -45 °C → 0; H: 120 % → 100 = 1100100; P: 1500 hPa → 1022; gas 0; PM 200 mg → 1022 each.
        // 00000000 00011001 00111111 11100000 00000000 11111111 10111111 11101111 11111000 00000000
        var readings = new AirNodeReadings
        {
            TemperatureCentiCelsius = -4500,
            RelativeHumidityCentiPercent = 12000,
            PressurePascals = 150000,
            GasResistanceOhms = 0,
            Pm1DeciMicrogramsPerCubicMetre = 2000000,
            Pm25DeciMicrogramsPerCubicMetre = 2000000,
            Pm10DeciMicrogramsPerCubicMetre = 2000000,
        };
        var buffer = new byte[11];
        AirNodePayloadEncoder.EncodeMeasurement(buffer, 0, readings);
        Assert.AreEqual("1000193FE000FFBFEFF800", Hex.Of(buffer, 0, 11));
    }

    [TestMethod]
    public void Missing_pm1_from_an_sds011_is_sent_as_its_fault_value_only()
    {
        // Typical vector with PM1 = 11 1111 1111 instead of 00 0000 0101:
        // 01001100 11101011 10101100 10010100 01111011 11111111 11000000 11000000 01010100 01000000
        var readings = Typical();
        readings.Pm1DeciMicrogramsPerCubicMetre = PayloadFormat.Missing;
        var buffer = new byte[11];
        AirNodePayloadEncoder.EncodeMeasurement(buffer, 0, readings);
        Assert.AreEqual("104CEBAC947BFFC0C05440", Hex.Of(buffer, 0, 11));
    }

    [TestMethod]
    public void A_buffer_too_small_returns_0_and_writes_nothing()
    {
        var buffer = new byte[12];
        Array.Fill(buffer, (byte)0xEE);
        Assert.AreEqual(PayloadFormat.BufferTooSmall, AirNodePayloadEncoder.EncodeMeasurement(buffer, 2, Typical()));
        Assert.IsTrue(buffer.All(b => b == 0xEE));
    }
}
