// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using System.Text.Json.Nodes;

namespace SmartCityNodes.Codecs;

/// <summary>
/// AirNode measurement (FPort 1) and event (FPort 2), 11 bytes (docs/payloads/airnode.md): after the header, a bit
/// stream read most significant bit first — temperature 11, humidity 7, pressure 10, gas 12, PM1 10, PM2.5 10,
/// PM10 10, events 4, faults 4, reserved 2.
/// </summary>
public static class AirNodeDecoder
{
    private static readonly long[] GasStepOhms = { 100, 1000, 10000, 100000 };

    /// <summary>Decodes one AirNode reading.</summary>
    /// <param name="fPort">1 or 2.</param>
    /// <param name="bytes">FRMPayload.</param>
    /// <returns>Fields or errors.</returns>
    public static CodecResult Decode(int fPort, byte[] bytes)
    {
        int type = MessageCheck.ReadingType(fPort);
        string? problem = MessageCheck.Problem(bytes, fPort, 11, type);
        if (problem != null)
        {
            return CodecResult.Failure(problem);
        }

        // Take the 80 bits after the header as one big-endian number and cut fields off its top.
        UInt128 stream = 0;
        for (int i = 1; i < 11; i++)
        {
            stream = (stream << 8) | bytes[i];
        }

        int bitsLeft = 80;
        int Next(int width)
        {
            bitsLeft -= width;
            return (int)((stream >> bitsLeft) & (UInt128)((1 << width) - 1));
        }

        int temperature = Next(11);
        int humidity = Next(7);
        int pressure = Next(10);
        int gas = Next(12);
        int pm1 = Next(10);
        int pm25 = Next(10);
        int pm10 = Next(10);
        int events = Next(4);
        int faults = Next(4);
        if (humidity > 100 && humidity != 127)
        {
            return CodecResult.Failure($"relative humidity raw value {humidity} is reserved");
        }

        return CodecResult.Success(new JsonObject
        {
            ["messageType"] = type == WireFormat.PeriodicType ? "measurement" : "event",
            ["formatVersion"] = bytes[0] >> 4,
            ["temperatureC"] = temperature == 2047 ? null : (temperature - 400) / 10.0,
            ["relativeHumidityPercent"] = humidity == 127 ? null : humidity,
            ["pressureHpa"] = pressure == 1023 ? null : pressure + 300,
            ["gasResistanceOhms"] = gas == 4095 ? null : (gas & 0x3FF) * GasStepOhms[gas >> 10],
            ["pm1Ugm3"] = pm1 == 1023 ? null : pm1,
            ["pm25Ugm3"] = pm25 == 1023 ? null : pm25,
            ["pm10Ugm3"] = pm10 == 1023 ? null : pm10,
            ["events"] = new JsonObject
            {
                ["pm25High"] = (events & 0x1) != 0,
                ["pm10High"] = (events & 0x2) != 0,
                ["temperatureHigh"] = (events & 0x4) != 0,
                ["gasResistanceLow"] = (events & 0x8) != 0,
            },
            ["faults"] = new JsonObject
            {
                ["environmentSensor"] = (faults & 0x1) != 0,
                ["gasSensor"] = (faults & 0x2) != 0,
                ["particulateSensor"] = (faults & 0x4) != 0,
            },
        });
    }
}
