// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using System.CommandLine;
using System.Text.Json;
using SmartCityNodes.Codecs;

namespace SmartCityNodes.Cli;

/// <summary>
/// <c>scn decode</c>: a PHYPayload as a gateway or network-server console shows it (hex or base64) with keys →
/// header fields, MIC, decrypted payload (<see cref="FrameInspector"/>) and the SmartCityNodes application message
/// (tools/Codecs, formats in docs/payloads/).
/// </summary>
public static class DecodeCommand
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    /// <summary>Builds the <c>decode</c> command.</summary>
    public static Command Build(TextWriter output, TextWriter error)
    {
        var hex = new Option<string>("--hex") { Description = "the PHYPayload in hex (gateway log, ChirpStack 'phyPayload' in the frame log)" };
        var base64 = new Option<string>("--base64") { Description = "the PHYPayload in base64 (The Things Stack 'raw_payload', Semtech UDP 'data')" };
        var keyOptions = new FrameKeyOptions();
        var device = new Option<string>("--device") { Description = "node type for the readings on FPorts 1 and 2: bin, air or parking" };
        var command = new Command("decode", "Decode a PHYPayload with its keys: header fields, MIC, decrypted payload and the SmartCityNodes message in JSON.")
        {
            hex, base64, device,
        };
        keyOptions.AddTo(command);
        command.SetAction(parse =>
        {
            var frame = FrameBytes(parse.GetValue(hex), parse.GetValue(base64));
            if (parse.GetValue(device) is { } type && type is not ("bin" or "air" or "parking"))
            {
                throw new UsageException($"--device: '{type}' is not a node type; use bin, air or parking");
            }

            var report = FrameInspector.Inspect(frame, keyOptions.Keys(parse));
            report.WriteTo(output);
            var exit = report.MicValid == false ? CliApp.MicInvalid : CliApp.Ok;
            if (report.Plaintext is not { Length: > 0 } plain || report.FPort is not { } port || port == 0)
            {
                return exit;
            }

            var result = Message(report.Uplink == true, port, plain, parse.GetValue(device));
            if (result is null)
            {
                output.WriteLine("Message:    not decoded: give --device bin|air|parking for readings on FPorts 1 and 2");
                return exit;
            }

            if (!result.Succeeded)
            {
                error.WriteLine($"error: the payload is not a valid SmartCityNodes message on FPort {port}: {string.Join("; ", result.Errors)} (right --device? right --appskey?)");
                return exit == CliApp.MicInvalid ? exit : CliApp.UsageError;
            }

            output.WriteLine("Message:");
            output.WriteLine(JsonSerializer.Serialize(result.Data, Indented));
            return exit;
        });
        return command;
    }

    private static byte[] FrameBytes(string? hex, string? base64)
    {
        if ((hex is null) == (base64 is null))
        {
            throw new UsageException("give the PHYPayload with exactly one of --hex or --base64");
        }

        if (hex is not null)
        {
            return HexInput.Bytes("--hex", hex);
        }

        try
        {
            return Convert.FromBase64String(base64!.Trim());
        }
        catch (FormatException)
        {
            throw new UsageException($"--base64: '{base64}' is not base64 (A-Z a-z 0-9 + /, '=' padding); for hex use --hex");
        }
    }

    private static CodecResult? Message(bool uplink, int port, byte[] plain, string? device)
    {
        if (!uplink)
        {
            return ConfigurationDownlinkDecoder.Decode(port, plain);
        }

        if (port is 10 or 20)
        {
            // Status (docs/payloads/status.md) and configuration acknowledgement (remote-config.md): every node type.
            return UplinkDecoder.Decode(NodeType.BinNode, port, plain);
        }

        return device switch
        {
            "bin" => UplinkDecoder.Decode(NodeType.BinNode, port, plain),
            "air" => UplinkDecoder.Decode(NodeType.AirNode, port, plain),
            "parking" => UplinkDecoder.Decode(NodeType.ParkingNode, port, plain),
            null => null,
            _ => throw new UsageException($"--device: '{device}' is not a node type; use bin, air or parking"),
        };
    }
}
