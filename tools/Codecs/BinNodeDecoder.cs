// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using System.Text.Json.Nodes;

namespace SmartCityNodes.Codecs;

/// <summary>BinNode measurement (FPort 1) and event (FPort 2), 8 bytes (docs/payloads/binnode.md).</summary>
public static class BinNodeDecoder
{
    /// <summary>Decodes one BinNode reading.</summary>
    /// <param name="fPort">1 or 2.</param>
    /// <param name="bytes">FRMPayload.</param>
    /// <returns>Fields or errors.</returns>
    public static CodecResult Decode(int fPort, byte[] bytes)
    {
        int type = MessageCheck.ReadingType(fPort);
        string? problem = MessageCheck.Problem(bytes, fPort, 8, type);
        if (problem != null)
        {
            return CodecResult.Failure(problem);
        }

        byte fill = bytes[1];
        if (fill > 100 && fill != 0xFF)
        {
            return CodecResult.Failure($"fill level raw value {fill} is reserved");
        }

        int distance = MessageCheck.UInt16(bytes, 2);
        byte events = bytes[6];
        byte faults = bytes[7];
        return CodecResult.Success(new JsonObject
        {
            ["messageType"] = type == WireFormat.PeriodicType ? "measurement" : "event",
            ["formatVersion"] = bytes[0] >> 4,
            ["fillLevelPercent"] = fill == 0xFF ? null : (int)fill,
            ["distanceMm"] = distance == 0xFFFF ? null : distance,
            ["temperatureC"] = bytes[4] == 0xFF ? null : bytes[4] - 40,
            ["batteryV"] = WireFormat.BatteryVolts(bytes[5]),
            ["events"] = new JsonObject
            {
                ["full"] = (events & 0x01) != 0,
                ["fire"] = (events & 0x02) != 0,
                ["tilt"] = (events & 0x04) != 0,
                ["pickup"] = (events & 0x08) != 0,
            },
            ["faults"] = new JsonObject
            {
                ["distanceSensor"] = (faults & 0x01) != 0,
                ["temperatureSensor"] = (faults & 0x02) != 0,
                ["tiltSensor"] = (faults & 0x04) != 0,
                ["batteryMonitor"] = (faults & 0x08) != 0,
            },
        });
    }
}
