// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using System.Text.Json.Nodes;

namespace SmartCityNodes.Codecs;

/// <summary>ParkingNode heartbeat (FPort 1) and occupancy change (FPort 2), 8 bytes (docs/payloads/parkingnode.md).</summary>
public static class ParkingNodeDecoder
{
    /// <summary>Decodes one ParkingNode reading.</summary>
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

        byte state = bytes[1];
        int minutes = MessageCheck.UInt16(bytes, 2);
        return CodecResult.Success(new JsonObject
        {
            ["messageType"] = type == WireFormat.PeriodicType ? "heartbeat" : "occupancyChange",
            ["formatVersion"] = bytes[0] >> 4,
            ["occupied"] = (state & 0x80) != 0,
            ["minutesSinceChange"] = minutes == 0xFFFF ? null : minutes,
            ["changeCount"] = MessageCheck.UInt16(bytes, 4),
            ["magneticDeviationUt"] = bytes[6] == 0xFF ? null : (int)bytes[6],
            ["batteryV"] = WireFormat.BatteryVolts(bytes[7]),
            ["faults"] = new JsonObject
            {
                ["magnetometer"] = (state & 0x01) != 0,
                ["baselineNotCalibrated"] = (state & 0x02) != 0,
                ["batteryMonitor"] = (state & 0x04) != 0,
            },
        });
    }
}
