// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

namespace SmartCityNodes.Cli.Flash;

/// <summary>
/// The nanoff invocations that flash a node, built from nanoff's own options (nanoframework/nanoFirmwareFlasher
/// nanoFirmwareFlasher.Tool/Options.cs and README "Update the firmware of an ESP32 target" / "Deploy a managed
/// application to an ESP32 target"): first <c>--target T --serialport P --update [--masserase]</c> writes the
/// nanoCLR firmware of the board's target, then <c>--target T --serialport P --deploy --image app.bin [--address A]</c>
/// writes the application's deployment image (all its .pe assemblies concatenated, as the nanoFramework build
/// produces in bin/Release).
/// </summary>
public sealed class FlashPlan
{
    /// <summary>One nanoff run: what it does and its arguments.</summary>
    public sealed record Step(string What, IReadOnlyList<string> Arguments);

    /// <summary>The runs, in order.</summary>
    public List<Step> Steps { get; } = new();

    /// <summary>Builds the plan.</summary>
    /// <param name="target">nanoff target name.</param>
    /// <param name="serialPort">Serial port of the board.</param>
    /// <param name="updateFirmware">Write the firmware first.</param>
    /// <param name="massErase">Erase the whole flash before the firmware (loses the node's stored keys and counters).</param>
    /// <param name="image">Deployment image (.bin) to write, or null.</param>
    /// <param name="address">Deployment address (hex) overriding nanoff's default, or null.</param>
    public static FlashPlan Create(string target, string serialPort, bool updateFirmware, bool massErase, string? image, string? address)
    {
        var plan = new FlashPlan();
        if (updateFirmware)
        {
            var arguments = new List<string> { "--target", target, "--serialport", serialPort, "--update" };
            if (massErase)
            {
                arguments.Add("--masserase");
            }

            plan.Steps.Add(new Step("firmware update", arguments));
        }

        if (image is not null)
        {
            var arguments = new List<string> { "--target", target, "--serialport", serialPort, "--deploy", "--image", image };
            if (address is not null)
            {
                arguments.Add("--address");
                arguments.Add(address);
            }

            plan.Steps.Add(new Step("application deploy", arguments));
        }

        return plan;
    }

    /// <summary>A command line a POSIX shell or PowerShell runs as is (arguments with spaces or quotes get single quotes).</summary>
    public static string CommandLine(string program, IReadOnlyList<string> arguments)
        => string.Join(' ', new[] { program }.Concat(arguments).Select(Quote));

    private static string Quote(string argument)
        => argument.Length > 0 && argument.All(c => char.IsLetterOrDigit(c) || "-_./:=+,@%\\".Contains(c))
            ? argument
            : "'" + argument.Replace("'", "'\\''") + "'";
}
