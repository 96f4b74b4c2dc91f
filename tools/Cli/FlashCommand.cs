// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using System.CommandLine;
using SmartCityNodes.Cli.Boards;
using SmartCityNodes.Cli.Flash;

namespace SmartCityNodes.Cli;

/// <summary>
/// <c>scn flash</c>: writes the board's nanoFramework firmware and the node application with nanoff, after
/// checking that nanoff is installed, the board is known, the target fits the board and the image and port exist.
/// <c>--dry-run</c> prints the exact nanoff commands instead.
/// </summary>
public static class FlashCommand
{
    /// <summary>Builds the <c>flash</c> command.</summary>
    public static Command Build(TextWriter output, TextWriter error)
    {
        var board = new Option<string>("--board", "-b") { Description = "the board: " + string.Join(", ", BoardCatalog.Boards.Select(b => b.Id)), Required = true };
        var port = new Option<string>("--port", "-p") { Description = "serial port of the board (/dev/ttyUSB0, /dev/ttyACM0, COM5; 'scn ports' lists them)", Required = true };
        var image = new Option<string>("--image", "-i") { Description = "the application's deployment image (.bin from the nanoFramework build, bin/Release/<App>.bin)" };
        var target = new Option<string>("--target") { Description = "nanoff target name; must be the board's (checked), default: the board's" };
        var firmwareOnly = new Option<bool>("--firmware-only") { Description = "write only the nanoFramework firmware, no application" };
        var skipFirmware = new Option<bool>("--skip-firmware") { Description = "deploy the application only (the board already runs the right firmware)" };
        var massErase = new Option<bool>("--mass-erase") { Description = "erase the whole flash first: also erases the node's stored keys, frame counters and DevNonce (re-provision afterwards)" };
        var address = new Option<string>("--address") { Description = "deployment address (0x hex) overriding nanoff's default" };
        var dryRun = new Option<bool>("--dry-run") { Description = "print the nanoff commands, run nothing" };
        var nanoff = new Option<string>("--nanoff") { Description = "path to nanoff (default: on PATH or in ~/.dotnet/tools)" };
        var command = new Command("flash", "Flash a board with nanoff: the nanoFramework firmware of its target, then the node application.")
        {
            board, port, image, target, firmwareOnly, skipFirmware, massErase, address, dryRun, nanoff,
        };
        command.SetAction(parse =>
        {
            var info = BoardCatalog.Find(parse.GetValue(board)!);
            var targetName = parse.GetValue(target) ?? info.NanoffTarget;
            if (!string.Equals(targetName, info.NanoffTarget, StringComparison.Ordinal))
            {
                throw new UsageException($"--target {targetName} does not fit {info.Id} ({info.Chip}, {info.FlashMegabytes} MB flash, {(info.HasPsram ? "PSRAM" : "no PSRAM")}): use {info.NanoffTarget}, {info.Why}");
            }

            var onlyFirmware = parse.GetValue(firmwareOnly);
            var noFirmware = parse.GetValue(skipFirmware);
            if (onlyFirmware && noFirmware)
            {
                throw new UsageException("--firmware-only and --skip-firmware exclude each other");
            }

            var imagePath = parse.GetValue(image);
            if (onlyFirmware && imagePath is not null)
            {
                throw new UsageException("--firmware-only writes no application: drop --image");
            }

            if (!onlyFirmware)
            {
                CheckImage(imagePath);
            }

            var deployAddress = parse.GetValue(address) is { } a ? "0x" + HexInput.Unsigned("--address", a.StartsWith("0x", StringComparison.OrdinalIgnoreCase) ? a : "0x" + a, uint.MaxValue).ToString("X") : null;
            if (deployAddress is not null && imagePath is null)
            {
                throw new UsageException("--address goes with --image");
            }

            var portName = parse.GetValue(port)!.Trim();
            var plan = FlashPlan.Create(targetName, portName, !noFirmware, parse.GetValue(massErase), imagePath is null ? null : Path.GetFullPath(imagePath), deployAddress);
            var program = NanoffLocator.Find(parse.GetValue(nanoff), out var onPath);
            if (parse.GetValue(dryRun))
            {
                foreach (var step in plan.Steps)
                {
                    output.WriteLine(FlashPlan.CommandLine(program is null || onPath ? "nanoff" : program, step.Arguments));
                }

                if (program is null)
                {
                    error.WriteLine("note: nanoff is not installed; " + NanoffLocator.InstallHint);
                }

                return CliApp.Ok;
            }

            if (program is null)
            {
                throw new ToolMissingException(parse.GetValue(nanoff) is { } given ? $"--nanoff: '{given}' does not exist" : "nanoff is not installed; " + NanoffLocator.InstallHint);
            }

            SerialPortCheck.Require(portName);
            foreach (var step in plan.Steps)
            {
                output.WriteLine($"{info.Id}: {step.What}: {FlashPlan.CommandLine(program, step.Arguments)}");
                var exit = ProcessRunner.Run(program, step.Arguments, output);
                if (exit != 0)
                {
                    throw new DeviceIoException($"nanoff {step.What} failed with exit code {exit} (see its output above); check the port, the cable, and hold BOOT while pressing RST if the board does not answer");
                }
            }

            output.WriteLine($"{info.Id} on {portName}: flashed ({string.Join(", ", plan.Steps.Select(s => s.What))})");
            return CliApp.Ok;
        });
        return command;
    }

    private static void CheckImage(string? imagePath)
    {
        if (imagePath is null)
        {
            throw new UsageException("--image is required (the application's .bin deployment image), or use --firmware-only");
        }

        if (imagePath.EndsWith(".pe", StringComparison.OrdinalIgnoreCase))
        {
            throw new UsageException($"--image: '{imagePath}' is a single .pe assembly; nanoff deploys the whole image: give the <App>.bin the nanoFramework build writes next to it");
        }

        if (!imagePath.EndsWith(".bin", StringComparison.OrdinalIgnoreCase))
        {
            throw new UsageException($"--image: '{imagePath}' is not a .bin deployment image");
        }

        if (!File.Exists(imagePath))
        {
            throw new UsageException($"--image: '{imagePath}' does not exist");
        }
    }
}
