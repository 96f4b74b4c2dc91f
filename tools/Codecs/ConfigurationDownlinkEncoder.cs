// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace SmartCityNodes.Codecs;

/// <summary>
/// Builds the remote-configuration downlink (FPort 20, docs/payloads/remote-config.md) from the JSON the
/// JavaScript encodeDownlink takes: <c>{"transactionId": 7, "commands": [{"command": "setInterval", ...}]}</c>.
/// Same bytes and the same error texts as the JavaScript codec.
/// </summary>
public static class ConfigurationDownlinkEncoder
{
    /// <summary>Encodes one downlink for <paramref name="nodeType"/>.</summary>
    /// <param name="nodeType">Target node; intervals and thresholds of other node types are refused.</param>
    /// <param name="data">The request.</param>
    /// <returns>Bytes and FPort, or errors.</returns>
    public static DownlinkEncodeResult Encode(NodeType nodeType, JsonNode? data)
    {
        string device = WireFormat.NameOf(nodeType);
        if (data is not JsonObject request)
        {
            return DownlinkEncodeResult.Failure("data must be an object");
        }

        if (!TryInteger(request["transactionId"], out double transactionId) || transactionId < 0 || transactionId > 255)
        {
            return DownlinkEncodeResult.Failure("transactionId must be an integer 0..255");
        }

        if (request["commands"] is not JsonArray commands || commands.Count < 1 || commands.Count > WireFormat.MaximumCommands)
        {
            return DownlinkEncodeResult.Failure($"commands must be a list of 1..{WireFormat.MaximumCommands} commands");
        }

        var bytes = new List<byte> { (byte)((WireFormat.Version << 4) | WireFormat.CommandType), (byte)transactionId };
        for (int i = 0; i < commands.Count; i++)
        {
            string? problem = EncodeCommand(commands[i] as JsonObject, device, bytes);
            if (problem != null)
            {
                return DownlinkEncodeResult.Failure($"command {i}: {problem}");
            }
        }

        return DownlinkEncodeResult.Success(bytes.ToArray(), WireFormat.ConfigurationPort);
    }

    private static string? EncodeCommand(JsonObject? command, string device, List<byte> bytes)
    {
        if (command == null || !TryString(command["command"], out string name))
        {
            return "every command needs a command name";
        }

        switch (name)
        {
            case "setInterval":
                var interval = ConfigurationParameters.Intervals.FirstOrDefault(p => TryString(command["interval"], out string n) && n == p.Name);
                if (interval == null)
                {
                    return $"unknown interval {Describe(command["interval"])}";
                }

                if (!interval.Devices.Contains(device))
                {
                    return $"interval {interval.Name} is not available on {device}";
                }

                if (!TryInteger(command["seconds"], out double seconds) || !ConfigurationParameters.InRange(interval, (long)seconds))
                {
                    return $"interval {interval.Name} must be {(interval.ZeroMeansOff ? "0 or " : string.Empty)}{interval.MinimumSeconds}..{interval.MaximumSeconds} seconds";
                }

                uint value = (uint)seconds;
                bytes.AddRange(new[] { (byte)0x01, (byte)interval.Id, (byte)(value >> 24), (byte)(value >> 16), (byte)(value >> 8), (byte)value });
                return null;
            case "setThreshold":
                var threshold = ConfigurationParameters.Thresholds.FirstOrDefault(p => TryString(command["threshold"], out string n) && n == p.Name);
                if (threshold == null)
                {
                    return $"unknown threshold {Describe(command["threshold"])}";
                }

                if (threshold.Device != device)
                {
                    return $"threshold {threshold.Name} is not available on {device}";
                }

                // Round half up as JavaScript's Math.round does, then insist the value was on the grid.
                double scaled = TryNumber(command["value"], out double number) ? Math.Floor((number * threshold.Scale) + 0.5) : double.NaN;
                if (!(Math.Abs(scaled - (number * threshold.Scale)) < 1e-6) || scaled < threshold.MinimumRaw || scaled > threshold.MaximumRaw)
                {
                    return $"threshold {threshold.Name} must be {Format((double)threshold.MinimumRaw / threshold.Scale)}..{Format((double)threshold.MaximumRaw / threshold.Scale)} in steps of {Format(1.0 / threshold.Scale)}";
                }

                short raw = (short)scaled;
                bytes.AddRange(new[] { (byte)0x02, (byte)threshold.Id, (byte)(raw >> 8), (byte)raw });
                return null;
            case "setConfirmedUplinks":
            case "setAdr":
                if (command["enabled"] is not JsonValue enabled || enabled.GetValueKind() is not (JsonValueKind.True or JsonValueKind.False))
                {
                    return $"{name} needs enabled: true or false";
                }

                bytes.Add(name == "setConfirmedUplinks" ? (byte)0x03 : (byte)0x04);
                bytes.Add(enabled.GetValueKind() == JsonValueKind.True ? (byte)1 : (byte)0);
                return null;
            case "reboot":
                bytes.Add(0x05);
                return null;
            case "requestStatus":
                bytes.Add(0x06);
                return null;
            default:
                return $"unknown command {name}";
        }
    }

    private static bool TryString(JsonNode? node, out string text)
    {
        text = string.Empty;
        if (node is JsonValue value && value.GetValueKind() == JsonValueKind.String)
        {
            text = value.GetValue<string>();
            return true;
        }

        return false;
    }

    private static bool TryNumber(JsonNode? node, out double number)
    {
        number = double.NaN;
        if (node is JsonValue value && value.GetValueKind() == JsonValueKind.Number)
        {
            number = double.Parse(value.ToJsonString(), CultureInfo.InvariantCulture);
            return true;
        }

        return false;
    }

    private static bool TryInteger(JsonNode? node, out double number) => TryNumber(node, out number) && Math.Floor(number) == number && !double.IsInfinity(number);

    // How JavaScript would print a field in an error text: a missing one is "undefined".
    private static string Describe(JsonNode? node) => node switch
    {
        null => "undefined",
        JsonValue value when value.GetValueKind() == JsonValueKind.String => value.GetValue<string>(),
        _ => node.ToJsonString(),
    };

    private static string Format(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
