// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using System.CommandLine;
using SmartCityNodes.LoRaWan;
using SmartCityNodes.LoRaWan.Frames;

namespace SmartCityNodes.Cli;

/// <summary>
/// The <c>scn</c> command tree. Exit codes (tools/Cli/README.md): 0 done, 1 a checked MIC was invalid, 2 bad input,
/// 3 a file, port or external tool failed, 4 an external tool is not installed; every failure is one line on stderr
/// saying what to fix.
/// </summary>
public static class CliApp
{
    /// <summary>Exit code for success.</summary>
    public const int Ok = 0;

    /// <summary>Exit code when a frame was decoded but its MIC did not verify.</summary>
    public const int MicInvalid = 1;

    /// <summary>Exit code for bad arguments or input (including a file that exists and would be overwritten, or a duplicate identity).</summary>
    public const int UsageError = 2;

    /// <summary>Exit code when a file, serial port or external tool failed (cannot write, port absent, nanoff reported an error).</summary>
    public const int DeviceError = 3;

    /// <summary>Exit code when an external tool scn drives (nanoff) is not installed.</summary>
    public const int ToolMissing = 4;

    // Largest MACPayload in any region (RP002-1.0.4): PHYPayload 255 - MHDR 1 - MIC 4.
    private const int MaxMacPayload = FrameLayout.PhyPayloadMaxLength - FrameLayout.MhdrLength - FrameLayout.MicLength;

    /// <summary>Runs <paramref name="args"/> writing to the given streams (the tests pass string writers).</summary>
    public static int Run(string[] args, TextWriter output, TextWriter error) =>
        RunWithConsole(args, output, error, Provisioning.SerialConsoleStream.Open);

    /// <summary>Runs <paramref name="args"/> with <paramref name="openPort"/> opening the node console for <c>scn provision</c> (tests plug an in-process node in here).</summary>
    public static int RunWithConsole(string[] args, TextWriter output, TextWriter error, ProvisionCommand.PortOpener openPort)
    {
        var root = BuildRoot(output, error, openPort);
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            var messages = string.Join("; ", parse.Errors.Select(e => e.Message.TrimEnd('.')));
            error.WriteLine($"error: {messages}{TypoHint.For(parse)} (see '{CommandPath(parse, root)} --help')");
            return UsageError;
        }

        try
        {
            return parse.Invoke(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false });
        }
        catch (UsageException e)
        {
            error.WriteLine("error: " + e.Message);
            return UsageError;
        }
        catch (DeviceIoException e)
        {
            error.WriteLine("error: " + e.Message);
            return DeviceError;
        }
        catch (ToolMissingException e)
        {
            error.WriteLine("error: " + e.Message);
            return ToolMissing;
        }
    }

    /// <summary>The whole command tree (the tests walk it to check that every command and option explains itself).</summary>
    public static RootCommand BuildRoot(TextWriter output, TextWriter error, ProvisionCommand.PortOpener openPort)
    {
        var root = new RootCommand("SmartCityNodes technician CLI: device keys, network-server imports, QR labels, flashing, provisioning, airtime and battery planning, LoRaWAN frames and payloads.");
        root.Subcommands.Add(FleetCommands.Build(output));
        root.Subcommands.Add(ExportCommands.Build(output));
        root.Subcommands.Add(FlashCommand.Build(output, error));
        root.Subcommands.Add(PortsCommand.Build(output));
        root.Subcommands.Add(AirtimeCommand.Build(output));
        root.Subcommands.Add(ProvisionCommand.Build(output, openPort));
        root.Subcommands.Add(DecodeCommand.Build(output, error));
        root.Subcommands.Add(BatteryCommand.Build(output));
        root.Subcommands.Add(BuildFrameCommand(output));
        root.Subcommands.Add(BuildJoinCommand(output));
        return root;
    }

    private static string CommandPath(ParseResult parse, RootCommand root)
    {
        var names = new List<string>();
        for (System.CommandLine.Parsing.SymbolResult? result = parse.CommandResult; result is System.CommandLine.Parsing.CommandResult command; result = result.Parent)
        {
            names.Insert(0, ReferenceEquals(command.Command, root) ? "scn" : command.Command.Name);
        }

        return string.Join(' ', names);
    }

    private static Command BuildFrameCommand(TextWriter output)
    {
        var frame = new Command("frame", "Build or inspect LoRaWAN 1.0.x data frames.");
        frame.Subcommands.Add(BuildFrameEncode(output));
        frame.Subcommands.Add(BuildFrameDecode(output));
        return frame;
    }

    private static Command BuildFrameEncode(TextWriter output)
    {
        var devAddr = new Option<string>("--devaddr") { Description = "DevAddr, 8 hex digits as shown in the console (MSB first)", Required = true };
        var nwkSKey = new Option<string>("--nwkskey") { Description = "NwkSKey, 32 hex digits", Required = true };
        var appSKey = new Option<string>("--appskey") { Description = "AppSKey, 32 hex digits (needed for a payload on FPort 1..223)" };
        var fCnt = new Option<string>("--fcnt") { Description = "32-bit uplink frame counter (decimal or 0x hex)", Required = true };
        var fPort = new Option<string>("--fport") { Description = "FPort 0..223; omit for a frame without FPort" };
        var fOpts = new Option<string>("--fopts") { Description = "FOpts MAC commands, hex (up to 15 bytes)", DefaultValueFactory = _ => string.Empty };
        var payload = new Option<string>("--payload") { Description = "FRMPayload plaintext, hex", DefaultValueFactory = _ => string.Empty };
        var confirmed = new Option<bool>("--confirmed") { Description = "ConfirmedDataUp instead of UnconfirmedDataUp" };
        var adr = new Option<bool>("--adr") { Description = "set FCtrl.ADR" };
        var adrAckReq = new Option<bool>("--adr-ack-req") { Description = "set FCtrl.ADRACKReq" };
        var ack = new Option<bool>("--ack") { Description = "set FCtrl.ACK" };
        var classB = new Option<bool>("--class-b") { Description = "set FCtrl.ClassB" };
        var maxMacPayload = new Option<int>("--max-mac-payload")
        {
            Description = "the data rate's maximum MACPayload M in bytes (RP002-1.0.4; EU868 DR0-2: 59, DR3: 123, DR4-7: 250)",
            DefaultValueFactory = _ => 250,
        };

        var command = new Command("encode", "Build an uplink PHYPayload (encrypted, with MIC) and print it as hex.")
        {
            devAddr, nwkSKey, appSKey, fCnt, fPort, fOpts, payload, confirmed, adr, adrAckReq, ack, classB, maxMacPayload,
        };
        command.SetAction(parse =>
        {
            var session = new Session();
            var port = parse.GetValue(fPort) is { } portText ? (int)HexInput.Unsigned("--fport", portText, FrameLayout.FPortMaxApplication) : -1;
            var payloadBytes = HexInput.Bytes("--payload", parse.GetValue(payload));
            var appKeyText = parse.GetValue(appSKey);
            if (port > 0 && payloadBytes.Length > 0 && appKeyText is null)
            {
                throw new UsageException("--appskey is required to encrypt a payload on FPort 1..223");
            }

            session.ActivateByPersonalization(
                (uint)HexInput.Number("--devaddr", parse.GetValue(devAddr), 4),
                HexInput.Key("--nwkskey", parse.GetValue(nwkSKey)),
                appKeyText is null ? new byte[16] : HexInput.Key("--appskey", appKeyText),
                (uint)HexInput.Unsigned("--fcnt", parse.GetValue(fCnt), uint.MaxValue),
                0,
                false);
            var fOptsBytes = HexInput.Bytes("--fopts", parse.GetValue(fOpts));
            if (fOptsBytes.Length > FrameLayout.FOptsMaxLength)
            {
                throw new UsageException($"--fopts: {fOptsBytes.Length} bytes; FOpts holds at most 15 (put longer MAC commands on --fport 0)");
            }

            var frame = new UplinkFrame
            {
                Confirmed = parse.GetValue(confirmed), Adr = parse.GetValue(adr), AdrAckReq = parse.GetValue(adrAckReq),
                Ack = parse.GetValue(ack), ClassB = parse.GetValue(classB), FOptsLength = fOptsBytes.Length,
            };
            fOptsBytes.CopyTo(frame.FOpts, 0);
            frame.SetPayload(port, payloadBytes, 0, payloadBytes.Length);
            var maxMac = parse.GetValue(maxMacPayload);
            if (maxMac < FrameLayout.FhdrMinLength || maxMac > MaxMacPayload)
            {
                throw new UsageException($"--max-mac-payload: {maxMac} is outside {FrameLayout.FhdrMinLength}..{MaxMacPayload} (RP002-1.0.4 M values)");
            }

            var buffer = new byte[FrameLayout.PhyPayloadMaxLength];
            var status = new UplinkEncoder().Encode(session, frame, maxMac, buffer, 0, out var length);
            if (status != LoRaWanStatus.Ok)
            {
                throw new UsageException(Explain(status, frame, parse.GetValue(maxMacPayload)));
            }

            output.WriteLine(Convert.ToHexString(buffer, 0, length));
            return Ok;
        });
        return command;
    }

    private static Command BuildFrameDecode(TextWriter output)
    {
        var hex = new Option<string>("--hex") { Description = "the PHYPayload, hex (as in the gateway or network-server log)", Required = true };
        var keyOptions = new FrameKeyOptions();
        var command = new Command("decode", "Decode a PHYPayload: every header field, MIC check, decrypted payload; Join-Request and Join-Accept too.")
        {
            hex,
        };
        keyOptions.AddTo(command);
        command.SetAction(parse =>
        {
            var keys = keyOptions.Keys(parse);
            var report = FrameInspector.Inspect(HexInput.Bytes("--hex", parse.GetValue(hex)), keys);
            report.WriteTo(output);
            return report.MicValid == false ? MicInvalid : Ok;
        });
        return command;
    }

    private static Command BuildJoinCommand(TextWriter output)
    {
        var joinEui = new Option<string>("--joineui") { Description = "JoinEUI (AppEUI), 16 hex digits MSB first", Required = true };
        var devEui = new Option<string>("--deveui") { Description = "DevEUI, 16 hex digits MSB first", Required = true };
        var devNonce = new Option<string>("--devnonce") { Description = "DevNonce 0..65535 (LoRaWAN 1.0.4: the device's join counter)", Required = true };
        var appKey = new Option<string>("--appkey") { Description = "AppKey, 32 hex digits", Required = true };
        var request = new Command("request", "Build a Join-Request and print it as hex.") { joinEui, devEui, devNonce, appKey };
        request.SetAction(parse =>
        {
            var buffer = new byte[FrameLayout.JoinRequestLength];
            var status = JoinRequest.Encode(
                HexInput.Number("--joineui", parse.GetValue(joinEui), 8),
                HexInput.Number("--deveui", parse.GetValue(devEui), 8),
                (ushort)HexInput.Unsigned("--devnonce", parse.GetValue(devNonce), ushort.MaxValue),
                HexInput.Key("--appkey", parse.GetValue(appKey)),
                new FrameCrypto(),
                buffer,
                0,
                out var length);
            if (status != LoRaWanStatus.Ok)
            {
                throw new UsageException("could not build the Join-Request: " + status);
            }

            output.WriteLine(Convert.ToHexString(buffer, 0, length));
            return Ok;
        });

        var join = new Command("join", "Build OTAA join frames.");
        join.Subcommands.Add(request);
        return join;
    }

    private static string Explain(LoRaWanStatus status, UplinkFrame frame, int maxMacPayload) => status switch
    {
        LoRaWanStatus.PayloadTooLong =>
            $"MACPayload would be {FrameLayout.FhdrMinLength + frame.FOptsLength + (frame.FPort >= 0 ? 1 + frame.PayloadLength : 0)} bytes; this data rate allows {maxMacPayload} (--max-mac-payload): shorten --payload or --fopts",
        LoRaWanStatus.PortZeroWithFOpts => "--fport 0 carries MAC commands in the payload, so --fopts must be empty",
        LoRaWanStatus.InvalidPort => "a --payload needs an --fport (1..223, or 0 for MAC commands)",
        LoRaWanStatus.FOptsTooLong => "--fopts holds at most 15 bytes",
        LoRaWanStatus.CounterExhausted => "--fcnt 4294967295 is the end of the counter: the device must rejoin",
        _ => "could not encode the frame: " + status,
    };
}
