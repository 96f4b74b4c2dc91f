// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using BenchmarkDotNet.Attributes;
using SmartCityNodes.Applications.Payloads.Air;
using SmartCityNodes.Applications.Payloads.Bin;
using SmartCityNodes.Applications.Payloads.Parking;
using SmartCityNodes.Runtime.RemoteConfiguration;
using SmartCityNodes.Applications.Payloads.Status;

namespace SmartCityNodes.Benchmarks.Payloads;

/// <summary>
/// One payload encode per message type (firmware/Applications/Payloads) and one configuration-downlink parse, into
/// buffers and reading objects created once. Target: 0 bytes allocated per call (DESIGN.md: the uplink path
/// allocates nothing after start-up).
/// </summary>
[MemoryDiagnoser]
[ShortRunJob]
public class PayloadEncodeBenchmarks
{
    private readonly byte[] _buffer = new byte[16];
    private readonly BinNodeReadings _bin = new() { FillLevelPercent = 62, DistanceMillimetres = 1234, TemperatureCentiCelsius = 2340, BatteryMillivolts = 3710, Events = BinNodeEvents.Full };
    private readonly AirNodeReadings _air = new()
    {
        TemperatureCentiCelsius = 2150, RelativeHumidityCentiPercent = 4570, PressurePascals = 101325, GasResistanceOhms = 123456,
        Pm1DeciMicrogramsPerCubicMetre = 50, Pm25DeciMicrogramsPerCubicMetre = 123, Pm10DeciMicrogramsPerCubicMetre = 206,
    };
    private readonly ParkingNodeReadings _parking = new() { Occupied = true, MinutesSinceChange = 95, ChangeCount = 1234, MagneticDeviationMilligauss = 423, BatteryMillivolts = 3600 };
    private readonly StatusReadings _status = new() { Device = DeviceKind.AirNode, FirmwareMajor = 1, ResetCause = ResetCause.PowerOn, ConfigurationCrc = 0xCBF43926, BatteryMillivolts = 3300 };
    private readonly RemoteConfigCommandList _commands = new();

    // Report 900 s, full at 80 %, confirmed on, ADR off, reboot, status request.
    private readonly byte[] _downlink = { 0x1C, 0x07, 0x01, 0x00, 0x00, 0x00, 0x03, 0x84, 0x02, 0x01, 0x00, 0x50, 0x03, 0x01, 0x04, 0x00, 0x05, 0x06 };

    [Benchmark]
    public int EncodeBinNodeMeasurement() => BinNodePayloadEncoder.EncodeMeasurement(_buffer, 0, _bin);

    [Benchmark]
    public int EncodeAirNodeMeasurement() => AirNodePayloadEncoder.EncodeMeasurement(_buffer, 0, _air);

    [Benchmark]
    public int EncodeParkingNodeOccupancyChange() => ParkingNodePayloadEncoder.EncodeOccupancyChange(_buffer, 0, _parking);

    [Benchmark]
    public int EncodeStartupStatus() => StatusPayloadEncoder.EncodeStartup(_buffer, 0, _status);

    [Benchmark]
    public int EncodeConfigurationAcknowledgement() => RemoteConfigAcknowledgementEncoder.Encode(_buffer, 0, 7, RemoteConfigResult.Ok, 0xFF, 0xCBF43926);

    [Benchmark]
    public RemoteConfigResult ParseConfigurationDownlink() => RemoteConfigParser.Parse(20, _downlink, 0, _downlink.Length, _commands);
}
