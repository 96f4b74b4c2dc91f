// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using System.Text.Json.Nodes;
using SmartCityNodes.Applications.Payloads;
using SmartCityNodes.Applications.Payloads.Air;
using SmartCityNodes.Applications.Payloads.Bin;
using SmartCityNodes.Applications.Payloads.Parking;
using SmartCityNodes.Runtime.RemoteConfiguration;
using SmartCityNodes.Applications.Payloads.Status;

namespace SmartCityNodes.Codecs.Tests;

/// <summary>
/// Firmware encoders → JavaScript decoder (Jint) and C# decoder over the full value ranges, sweeping each field
/// from below its range to above it plus random readings. The decoded value must lie within half a step of the
/// reading (after saturation to the documented range), fault flags and Missing must give null, and the JavaScript
/// and C# decoders must agree exactly.
/// </summary>
[TestClass]
public sealed class UplinkRoundTripTests
{
    private const int RandomReadings = 1500;

    [TestMethod]
    public void BinNode_readings_survive_the_round_trip()
    {
        var codec = new JintCodec("binnode");
        var random = new Random(10);
        var buffer = new byte[8];
        for (int i = 0; i < 261 + RandomReadings; i++)
        {
            bool sweep = i < 261;
            var readings = new BinNodeReadings
            {
                FillLevelPercent = sweep ? (i / 2) - 10 : random.Next(-20, 130),
                DistanceMillimetres = sweep ? i * 260 : random.Next(-10, 70000),
                TemperatureCentiCelsius = sweep ? -4600 + (i * 100) : random.Next(-6000, 25000),
                BatteryMillivolts = sweep ? 1900 + (i * 10) : random.Next(1500, 5000),
                Events = (BinNodeEvents)(i & 0x0F),
                Faults = sweep ? BinNodeFaults.None : (BinNodeFaults)random.Next(0, 16),
            };
            if (!sweep && random.Next(10) == 0)
            {
                readings.TemperatureCentiCelsius = PayloadFormat.Missing;
            }

            bool isEvent = (i & 1) == 1;
            int length = isEvent ? BinNodePayloadEncoder.EncodeEvent(buffer, 0, readings) : BinNodePayloadEncoder.EncodeMeasurement(buffer, 0, readings);
            Assert.AreEqual(8, length);
            JsonObject data = DecodeBoth(codec, NodeType.BinNode, isEvent ? 2 : 1, buffer);

            bool distanceFault = (readings.Faults & BinNodeFaults.DistanceSensor) != 0;
            bool temperatureFault = (readings.Faults & BinNodeFaults.TemperatureSensor) != 0 || readings.TemperatureCentiCelsius == PayloadFormat.Missing;
            Assert.AreEqual(isEvent ? "event" : "measurement", (string)data["messageType"]!);
            Within(data["fillLevelPercent"], distanceFault, Math.Clamp(readings.FillLevelPercent, 0, 100), 0, "fill");
            Within(data["distanceMm"], distanceFault, Math.Clamp(readings.DistanceMillimetres, 0, 65534), 0, "distance");
            Within(data["temperatureC"], temperatureFault, Math.Clamp(readings.TemperatureCentiCelsius / 100.0, -40, 214), 0.5, "temperature");
            Within(data["batteryV"], (readings.Faults & BinNodeFaults.BatteryMonitor) != 0, Math.Clamp(readings.BatteryMillivolts / 1000.0, 2.0, 4.54), 0.005, "battery");
            Flags(data["events"]!, (int)readings.Events, "full", "fire", "tilt", "pickup");
            Flags(data["faults"]!, (int)readings.Faults, "distanceSensor", "temperatureSensor", "tiltSensor", "batteryMonitor");
        }
    }

    [TestMethod]
    public void AirNode_readings_survive_the_round_trip()
    {
        var codec = new JintCodec("airnode");
        var random = new Random(11);
        var buffer = new byte[11];
        for (int i = 0; i < 301 + RandomReadings; i++)
        {
            bool sweep = i < 301;
            var readings = new AirNodeReadings
            {
                TemperatureCentiCelsius = sweep ? -4200 + (i * 70) : random.Next(-5000, 17000),
                RelativeHumidityCentiPercent = sweep ? -500 + (i * 40) : random.Next(-100, 11000),
                PressurePascals = sweep ? 29000 + (i * 350) : random.Next(25000, 140000),
                GasResistanceOhms = sweep ? (int)Math.Min(int.MaxValue, Math.Pow(10, i / 30.0) * 3) : random.Next(0, 150000000),
                Pm1DeciMicrogramsPerCubicMetre = sweep ? i * 35 : random.Next(0, 12000),
                Pm25DeciMicrogramsPerCubicMetre = sweep ? i * 7 : random.Next(0, 12000),
                Pm10DeciMicrogramsPerCubicMetre = sweep ? 10300 - i : random.Next(0, 12000),
                Events = (AirNodeEvents)(i & 0x0F),
                Faults = sweep ? AirNodeFaults.None : (AirNodeFaults)random.Next(0, 8),
            };
            if (!sweep && random.Next(8) == 0)
            {
                readings.Pm1DeciMicrogramsPerCubicMetre = PayloadFormat.Missing;
            }

            bool isEvent = (i & 1) == 1;
            Assert.AreEqual(11, isEvent ? AirNodePayloadEncoder.EncodeEvent(buffer, 0, readings) : AirNodePayloadEncoder.EncodeMeasurement(buffer, 0, readings));
            JsonObject data = DecodeBoth(codec, NodeType.AirNode, isEvent ? 2 : 1, buffer);

            bool environment = (readings.Faults & AirNodeFaults.EnvironmentSensor) != 0;
            bool gas = environment || (readings.Faults & AirNodeFaults.GasSensor) != 0;
            bool particulate = (readings.Faults & AirNodeFaults.ParticulateSensor) != 0;
            Within(data["temperatureC"], environment, Math.Clamp(readings.TemperatureCentiCelsius / 100.0, -40, 164.6), 0.05, "temperature");
            Within(data["relativeHumidityPercent"], environment, Math.Clamp(readings.RelativeHumidityCentiPercent / 100.0, 0, 100), 0.5, "humidity");
            Within(data["pressureHpa"], environment, Math.Clamp(readings.PressurePascals / 100.0, 300, 1322), 0.5, "pressure");
            double ohms = Math.Clamp(readings.GasResistanceOhms, 0, 102200000);
            Within(data["gasResistanceOhms"], gas, ohms, Math.Max(50, ohms * 0.0049), "gas");
            Within(data["pm1Ugm3"], particulate || readings.Pm1DeciMicrogramsPerCubicMetre == PayloadFormat.Missing, Math.Clamp(readings.Pm1DeciMicrogramsPerCubicMetre / 10.0, 0, 1022), 0.5, "pm1");
            Within(data["pm25Ugm3"], particulate, Math.Clamp(readings.Pm25DeciMicrogramsPerCubicMetre / 10.0, 0, 1022), 0.5, "pm2.5");
            Within(data["pm10Ugm3"], particulate, Math.Clamp(readings.Pm10DeciMicrogramsPerCubicMetre / 10.0, 0, 1022), 0.5, "pm10");
            Flags(data["events"]!, (int)readings.Events, "pm25High", "pm10High", "temperatureHigh", "gasResistanceLow");
            Flags(data["faults"]!, (int)readings.Faults, "environmentSensor", "gasSensor", "particulateSensor");
        }
    }

    [TestMethod]
    public void ParkingNode_readings_survive_the_round_trip()
    {
        var codec = new JintCodec("parkingnode");
        var random = new Random(12);
        var buffer = new byte[8];
        for (int i = 0; i < 300 + RandomReadings; i++)
        {
            bool sweep = i < 300;
            var readings = new ParkingNodeReadings
            {
                Occupied = (i & 2) != 0,
                MinutesSinceChange = sweep ? (i * 230) - 10 : random.Next(-5, 100000),
                ChangeCount = sweep ? i * 240 : random.Next(0, 200000),
                MagneticDeviationMilligauss = sweep ? i * 9 : random.Next(0, 4000),
                BatteryMillivolts = sweep ? 1950 + (i * 9) : random.Next(1500, 5000),
                Faults = sweep ? ParkingNodeFaults.None : (ParkingNodeFaults)random.Next(0, 8),
            };
            if (!sweep && random.Next(10) == 0)
            {
                readings.MinutesSinceChange = PayloadFormat.Missing;
            }

            bool isEvent = (i & 1) == 1;
            Assert.AreEqual(8, isEvent ? ParkingNodePayloadEncoder.EncodeOccupancyChange(buffer, 0, readings) : ParkingNodePayloadEncoder.EncodeHeartbeat(buffer, 0, readings));
            JsonObject data = DecodeBoth(codec, NodeType.ParkingNode, isEvent ? 2 : 1, buffer);

            Assert.AreEqual(isEvent ? "occupancyChange" : "heartbeat", (string)data["messageType"]!);
            Assert.AreEqual(readings.Occupied, (bool)data["occupied"]!);
            Within(data["minutesSinceChange"], readings.MinutesSinceChange == PayloadFormat.Missing, Math.Clamp(readings.MinutesSinceChange, 0, 65534), 0, "minutes");
            Within(data["changeCount"], false, readings.ChangeCount % 65536, 0, "count");
            Within(data["magneticDeviationUt"], (readings.Faults & ParkingNodeFaults.Magnetometer) != 0, Math.Clamp(readings.MagneticDeviationMilligauss / 10.0, 0, 254), 0.5, "deviation");
            Within(data["batteryV"], (readings.Faults & ParkingNodeFaults.BatteryMonitor) != 0, Math.Clamp(readings.BatteryMillivolts / 1000.0, 2.0, 4.54), 0.005, "battery");
            Flags(data["faults"]!, (int)readings.Faults, "magnetometer", "baselineNotCalibrated", "batteryMonitor");
        }
    }

    [TestMethod]
    public void Status_and_acknowledgements_survive_the_round_trip()
    {
        var random = new Random(13);
        var buffer = new byte[11];
        foreach (string device in Repository.Devices)
        {
            var codec = new JintCodec(device);
            NodeType nodeType = CodecInputs.NodeTypeOf(device);
            for (int i = 0; i < 200; i++)
            {
                var status = new StatusReadings
                {
                    Device = (DeviceKind)(1 + (i % 3)),
                    FirmwareMajor = random.Next(256),
                    FirmwareMinor = random.Next(256),
                    FirmwarePatch = random.Next(256),
                    ResetCause = (ResetCause)(i % 9),
                    ConfigurationCrc = (uint)random.NextInt64(0, 1L << 32),
                    BatteryMillivolts = i % 7 == 0 ? PayloadFormat.Missing : random.Next(1800, 4800),
                };
                bool reply = (i & 1) == 1;
                Assert.AreEqual(11, reply ? StatusPayloadEncoder.EncodeStatusReply(buffer, 0, status) : StatusPayloadEncoder.EncodeStartup(buffer, 0, status));
                JsonObject data = DecodeBoth(codec, nodeType, 10, buffer);
                Assert.AreEqual(reply ? "status" : "startup", (string)data["messageType"]!);
                Assert.AreEqual(Repository.Devices[i % 3], (string)data["device"]!);
                Assert.AreEqual($"{status.FirmwareMajor}.{status.FirmwareMinor}.{status.FirmwarePatch}", (string)data["firmwareVersion"]!);
                Assert.AreEqual(status.ConfigurationCrc.ToString("X8"), (string)data["configurationCrc"]!);
                Within(data["batteryV"], status.BatteryMillivolts == PayloadFormat.Missing, Math.Clamp(status.BatteryMillivolts / 1000.0, 2.0, 4.54), 0.005, "battery");

                var result = (RemoteConfigResult)(i % 9);
                int failing = result == RemoteConfigResult.Ok ? RemoteConfigCommandList.NoFailingCommand : i % 8;
                Assert.AreEqual(8, RemoteConfigAcknowledgementEncoder.Encode(buffer, 0, i, result, failing, status.ConfigurationCrc));
                data = DecodeBoth(codec, nodeType, 20, buffer[..8]);
                Assert.AreEqual(i, (int)data["transactionId"]!);
                Assert.AreEqual(WireFormat.Results[(int)result], (string)data["result"]!);
                Assert.AreEqual(failing == 0xFF ? null : failing, (int?)data["failedCommandIndex"]);
            }
        }
    }

    // Decodes with the JavaScript codec and the C# decoder, demands the same answer and returns its data.
    private static JsonObject DecodeBoth(JintCodec codec, NodeType nodeType, int fPort, byte[] bytes)
    {
        JsonNode? javaScript = codec.Call("decodeUplink", CodecInputs.DecodeInput(fPort, bytes));
        JsonObject cSharp = UplinkDecoder.Decode(nodeType, fPort, bytes).ToJson();
        string hex = Convert.ToHexString(bytes);
        Assert.IsNull(JsonCompare.Difference(cSharp, javaScript), $"{hex}: C# and JavaScript disagree: {JsonCompare.Difference(cSharp, javaScript)}");
        Assert.IsNotNull(cSharp["data"], $"{hex} on FPort {fPort} was refused: {cSharp.ToJsonString()}");
        return cSharp["data"]!.AsObject();
    }

    private static void Within(JsonNode? decoded, bool expectNull, double expected, double tolerance, string field)
    {
        if (expectNull)
        {
            Assert.IsNull(decoded, $"{field}: expected null (fault), got {decoded?.ToJsonString()}");
            return;
        }

        Assert.IsNotNull(decoded, $"{field}: expected {expected}, got null");
        double value = double.Parse(decoded.ToJsonString(), System.Globalization.CultureInfo.InvariantCulture);
        Assert.IsTrue(Math.Abs(value - expected) <= tolerance + 1e-9, $"{field}: decoded {value}, reading {expected}, allowed ±{tolerance}");
    }

    private static void Flags(JsonNode flags, int bits, params string[] names)
    {
        for (int i = 0; i < names.Length; i++)
        {
            Assert.AreEqual((bits & (1 << i)) != 0, (bool)flags[names[i]]!, names[i]);
        }
    }
}
