// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using SmartCityNodes.Applications.AirNode;
using SmartCityNodes.Applications.BinNode;
using SmartCityNodes.Applications.Common;
using SmartCityNodes.Applications.ParkingNode;
using SmartCityNodes.Applications.Payloads;
using SmartCityNodes.Applications.Payloads.Air;
using SmartCityNodes.Applications.Payloads.Bin;
using SmartCityNodes.Applications.Payloads.Parking;

namespace SmartCityNodes.Applications.Tests.Payloads;

/// <summary>
/// The application logic's reports mapped into the payload readings and encoded; expected bytes worked out by hand
/// from docs/payloads (the same vectors as the encoder tests where the readings are the same).
/// </summary>
[TestClass]
public sealed class ReportPayloadTests
{
    [TestMethod]
    public void Bin_report_alarm_states_and_pickup_become_the_event_bits()
    {
        var report = new BinReport();
        report.Clear();
        report.FillPercent = ReportValues.Unknown;              // beyond the bottom: fill unknown → 0xFF
        report.DistanceMillimetres = 1234;                      // 0x04D2
        report.TemperatureDeciCelsius = 234;                    // 23.4 °C → 63 = 0x3F
        report.Alarms = BinAlarms.Full;                         // bit 0
        report.Events = BinEvents.Pickup | BinEvents.FullRaised; // pickup → bit 3; FullRaised is already in the alarm state
        report.Faults = BinFaults.DistanceBeyondBottom;         // not a ranger fault: no fault bit
        var readings = new BinNodeReadings();
        BinReportPayload.Fill(report, 3710, false, readings);   // 3.71 V → 0xAB
        var buffer = new byte[8];
        BinNodePayloadEncoder.EncodeMeasurement(buffer, 0, readings);
        Assert.AreEqual("10FF04D23FAB0900", Hex.Of(buffer, 0, 8));
    }

    [TestMethod]
    public void Bin_report_faults_and_unknowns_become_fault_values()
    {
        var report = new BinReport();
        report.Clear();                                          // every value unknown
        report.Alarms = BinAlarms.Fire | BinAlarms.Tilt;         // 0x02 | 0x04
        report.Faults = BinFaults.DistanceSensor | BinFaults.TemperatureSensor;
        var readings = new BinNodeReadings();
        BinReportPayload.Fill(report, PayloadFormat.Missing, true, readings); // battery fault → bit 3
        var buffer = new byte[8];
        BinNodePayloadEncoder.EncodeEvent(buffer, 0, readings);
        Assert.AreEqual("11FFFFFFFFFF060B", Hex.Of(buffer, 0, 8));
    }

    [TestMethod]
    public void Air_report_units_are_scaled_and_unknown_pm1_is_its_fault_value()
    {
        var report = new AirReport();
        report.Clear();
        report.TemperatureDeciCelsius = 215;        // 21.5 °C → 615
        report.RelativeHumidityDeciPercent = 457;   // 45.7 % → 46
        report.PressurePascals = 101325;            // → 713
        report.GasResistanceOhms = 123456;          // → e=1, m=123
        report.Pm25MicrogramsPerCubicMetre = 12;    // PM1 stays unknown (SDS011) → 1023
        report.Pm10MicrogramsPerCubicMetre = 21;
        report.Alarms = AirAlarms.Pm25High;         // events 0001
        report.Faults = AirFaults.ParticulatePartial; // averaged over the valid samples: not a sensor fault
        var readings = new AirNodeReadings();
        AirReportPayload.Fill(report, readings);
        var buffer = new byte[11];
        AirNodePayloadEncoder.EncodeMeasurement(buffer, 0, readings);
        Assert.AreEqual("104CEBAC947BFFC0C05440", Hex.Of(buffer, 0, 11));
    }

    [TestMethod]
    public void Air_report_sensor_faults_send_all_fault_values()
    {
        var report = new AirReport();
        report.Clear();
        report.Faults = AirFaults.EnvironmentSensor | AirFaults.ParticulateSensor; // faults 0101
        var readings = new AirNodeReadings();
        AirReportPayload.Fill(report, readings);
        var buffer = new byte[11];
        AirNodePayloadEncoder.EncodeMeasurement(buffer, 0, readings);
        Assert.AreEqual("10FFFFFFFFFFFFFFFFFC14", Hex.Of(buffer, 0, 11));
    }

    [TestMethod]
    [DataRow(5759, true, ParkingFaults.None, 423, "1180005F04D22AA0", DisplayName = "5759 s = 95 min 59 s → 95 min")]
    [DataRow(ReportValues.Unknown, true, ParkingFaults.Magnetometer | ParkingFaults.Uncalibrated, ReportValues.Unknown, "1183FFFF04D2FFA0", DisplayName = "unknown duration and deviation, two faults")]
    [DataRow(59, false, ParkingFaults.None, 0, "1100000004D200A0", DisplayName = "59 s → 0 min")]
    public void Parking_report_seconds_become_whole_minutes(int seconds, bool occupied, ParkingFaults faults, int milligauss, string expected)
    {
        var report = new ParkingReport();
        report.Clear();
        report.Occupied = occupied;
        report.SecondsSinceLastChange = seconds;
        report.EventCounter = 1234;
        report.FieldDeviationMilligauss = milligauss;
        report.Faults = faults;
        var readings = new ParkingNodeReadings();
        ParkingReportPayload.Fill(report, 3600, false, readings);
        var buffer = new byte[8];
        ParkingNodePayloadEncoder.EncodeOccupancyChange(buffer, 0, readings);
        Assert.AreEqual(expected, Hex.Of(buffer, 0, 8));
    }
}
