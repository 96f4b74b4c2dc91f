// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using System.Text.Json.Nodes;

namespace SmartCityNodes.Codecs;

/// <summary>
/// Reads a remote-configuration downlink (FPort 20, docs/payloads/remote-config.md) back into the JSON of
/// <see cref="ConfigurationDownlinkEncoder"/>, as the JavaScript decodeDownlink does. For technicians checking what
/// was queued; the node's own parser is firmware/Runtime/RemoteConfiguration (RemoteConfigParser).
/// </summary>
public static class ConfigurationDownlinkDecoder
{
    private static readonly int[] CommandLengths = { 0, 6, 4, 2, 2, 1, 1 };

    /// <summary>Decodes one downlink.</summary>
    /// <param name="fPort">FPort it is sent on.</param>
    /// <param name="bytes">FRMPayload.</param>
    /// <returns>Fields or errors.</returns>
    public static CodecResult Decode(int fPort, byte[] bytes)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        string shape = $"a configuration downlink needs a header, a transaction id and 1..{WireFormat.MaximumCommands} commands";
        if (fPort != WireFormat.ConfigurationPort)
        {
            return CodecResult.Failure($"unknown FPort {fPort}");
        }

        if (bytes.Length == 0)
        {
            return CodecResult.Failure(shape);
        }

        if (bytes[0] >> 4 != WireFormat.Version)
        {
            return CodecResult.Failure($"unsupported format version {bytes[0] >> 4}");
        }

        if ((bytes[0] & 0x0F) != WireFormat.CommandType)
        {
            return CodecResult.Failure($"message type {bytes[0] & 0x0F} does not belong on FPort {WireFormat.ConfigurationPort}");
        }

        if (bytes.Length < 3)
        {
            return CodecResult.Failure(shape);
        }

        var commands = new JsonArray();
        int position = 2;
        while (position < bytes.Length)
        {
            int index = commands.Count;
            if (index == WireFormat.MaximumCommands)
            {
                return CodecResult.Failure($"more than {WireFormat.MaximumCommands} commands");
            }

            int opcode = bytes[position];
            int length = opcode < CommandLengths.Length ? CommandLengths[opcode] : 0;
            if (length == 0)
            {
                return CodecResult.Failure($"command {index}: unknown opcode {opcode}");
            }

            if (position + length > bytes.Length)
            {
                return CodecResult.Failure($"command {index}: truncated");
            }

            string? problem = DecodeCommand(bytes, position, opcode, out JsonObject? command);
            if (problem != null)
            {
                return CodecResult.Failure($"command {index}: {problem}");
            }

            commands.Add(command);
            position += length;
        }

        return CodecResult.Success(new JsonObject { ["transactionId"] = (int)bytes[1], ["commands"] = commands });
    }

    private static string? DecodeCommand(byte[] bytes, int position, int opcode, out JsonObject? command)
    {
        command = null;
        switch (opcode)
        {
            case 0x01:
                var interval = ConfigurationParameters.Intervals.FirstOrDefault(p => p.Id == bytes[position + 1]);
                if (interval == null)
                {
                    return $"unknown interval id {bytes[position + 1]}";
                }

                long seconds = ((long)bytes[position + 2] << 24) | ((long)bytes[position + 3] << 16) | ((long)bytes[position + 4] << 8) | bytes[position + 5];
                if (!ConfigurationParameters.InRange(interval, seconds))
                {
                    return $"interval {interval.Name} of {seconds} seconds is out of range";
                }

                command = new JsonObject { ["command"] = "setInterval", ["interval"] = interval.Name, ["seconds"] = seconds };
                return null;
            case 0x02:
                var threshold = ConfigurationParameters.Thresholds.FirstOrDefault(p => p.Id == bytes[position + 1]);
                if (threshold == null)
                {
                    return $"unknown threshold id {bytes[position + 1]}";
                }

                int raw = (short)((bytes[position + 2] << 8) | bytes[position + 3]);
                if (raw < threshold.MinimumRaw || raw > threshold.MaximumRaw)
                {
                    return $"threshold {threshold.Name} raw value {raw} is out of range";
                }

                command = new JsonObject { ["command"] = "setThreshold", ["threshold"] = threshold.Name, ["value"] = (double)raw / threshold.Scale };
                return null;
            case 0x03:
            case 0x04:
                if (bytes[position + 1] > 1)
                {
                    return $"on/off value {bytes[position + 1]} is out of range";
                }

                command = new JsonObject { ["command"] = opcode == 0x03 ? "setConfirmedUplinks" : "setAdr", ["enabled"] = bytes[position + 1] == 1 };
                return null;
            default:
                command = new JsonObject { ["command"] = opcode == 0x05 ? "reboot" : "requestStatus" };
                return null;
        }
    }
}
