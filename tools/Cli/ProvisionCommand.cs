// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using System.CommandLine;
using SmartCityNodes.Cli.Fleet;
using SmartCityNodes.Cli.Provisioning;
using Spectre.Console;

namespace SmartCityNodes.Cli;

/// <summary>
/// <c>scn provision</c>: writes a fleet identity and its settings to a node through its serial provisioning console
/// (docs/provisioning-console.md) and checks the configuration CRC the node reports against the host's own.
/// </summary>
public static class ProvisionCommand
{
    /// <summary>Opens the console stream on a named port at a baud rate (the real serial port unless a test supplies one).</summary>
    public delegate IConsoleStream PortOpener(string portName, int baudRate);

    /// <summary>Builds the <c>provision</c> command.</summary>
    public static Command Build(TextWriter output, PortOpener openPort)
    {
        var fleet = new Option<string>("--fleet", "--file", "-f") { Description = "fleet file holding the device's DevEUI, JoinEUI and AppKey ('scn fleet create')", Required = true };
        var device = new Option<string>("--device", "-d") { Description = "the device's name in the fleet file ('scn fleet list' shows them)", Required = true };
        var port = new Option<string>("--port", "-p") { Description = "serial port of the node (/dev/ttyUSB0, /dev/ttyACM0, COM5; 'scn ports' lists them)", Required = true };
        var region = new Option<string>("--region") { Description = "channel plan: EU868, US915, AU915, AS923-1..AS923-4, KR920, IN865", DefaultValueFactory = _ => "EU868" };
        var subBand = new Option<int>("--subband") { Description = "US915/AU915 sub-band 1..8 (8 channels each); 0 = all channels", DefaultValueFactory = _ => 0 };
        var report = new Option<uint>("--report-interval") { Description = "seconds between reports, 60..2592000", DefaultValueFactory = _ => 900 };
        var heartbeat = new Option<uint>("--heartbeat-interval") { Description = "seconds between heartbeats, 60..2592000 and at least --report-interval", DefaultValueFactory = _ => 21600 };
        var sample = new Option<uint>("--sample-interval") { Description = "seconds between sensor samples (event detection), 1..86400", DefaultValueFactory = _ => 300 };
        var status = new Option<uint>("--status-interval") { Description = "seconds between periodic status uplinks, 0 (off) or 3600..2592000", DefaultValueFactory = _ => 86400 };
        var low = new Option<int>("--threshold-low") { Description = "lower alarm threshold, in the application's units", DefaultValueFactory = _ => 0 };
        var high = new Option<int>("--threshold-high") { Description = "upper alarm threshold, at least --threshold-low", DefaultValueFactory = _ => 0 };
        var confirmed = new Option<bool>("--confirmed") { Description = "confirmed uplinks (each one acknowledged by the network; costs airtime)" };
        var noAdr = new Option<bool>("--no-adr") { Description = "turn adaptive data rate off (on by default)" };
        var appParams = new Option<string>("--app-params") { Description = "application parameter block, hex: version byte then 0..48 bytes (00 = none)", DefaultValueFactory = _ => "00" };
        var join = new Option<bool>("--join") { Description = "ask the node to join the network once the configuration is verified" };
        var overwrite = new Option<bool>("--overwrite") { Description = "re-provision a node that already carries another DevEUI" };
        var showKeys = new Option<bool>("--show-keys") { Description = "print the AppKey in the steps (hidden by default)" };
        var baud = new Option<int>("--baud") { Description = "serial baud rate of the node's console", DefaultValueFactory = _ => 115200 };
        var timeout = new Option<int>("--timeout-ms") { Description = "how long to wait for each reply, 100..60000 ms", DefaultValueFactory = _ => 2000 };

        var command = new Command("provision", "Write a fleet identity and settings to a node over its serial console, then verify the node's configuration CRC.")
        {
            fleet, device, port, region, subBand, report, heartbeat, sample, status, low, high, confirmed, noAdr, appParams, join, overwrite, showKeys, baud, timeout,
        };
        command.SetAction(parse =>
        {
            var fleetPath = parse.GetValue(fleet)!;
            var name = parse.GetValue(device)!;
            var entry = FleetStore.Load(fleetPath).Devices.FirstOrDefault(d => d.Name == name)
                ?? throw new UsageException($"--device: no device '{name}' in '{fleetPath}' ('scn fleet list --file {fleetPath}' shows the names)");
            var settings = new NodeSettings
            {
                DevEui = HexInput.Number("deveui in the fleet file", entry.DevEui, 8),
                JoinEui = HexInput.Number("joineui in the fleet file", entry.JoinEui, 8),
                AppKey = HexInput.Key("appkey in the fleet file", entry.AppKey),
                Region = parse.GetValue(region)!.Trim().ToUpperInvariant(),
                SubBand = parse.GetValue(subBand),
                ReportIntervalSeconds = parse.GetValue(report),
                HeartbeatIntervalSeconds = parse.GetValue(heartbeat),
                SampleIntervalSeconds = parse.GetValue(sample),
                StatusIntervalSeconds = parse.GetValue(status),
                ThresholdLow = parse.GetValue(low),
                ThresholdHigh = parse.GetValue(high),
                Confirmed = parse.GetValue(confirmed),
                Adr = !parse.GetValue(noAdr),
                ApplicationParameters = HexInput.Bytes("--app-params", parse.GetValue(appParams)),
            };
            settings.Check();
            var timeoutMs = parse.GetValue(timeout);
            if (timeoutMs is < 100 or > 60000)
            {
                throw new UsageException($"--timeout-ms: {timeoutMs} is outside 100..60000");
            }

            var baudRate = parse.GetValue(baud);
            if (baudRate is < 1200 or > 4_000_000)
            {
                throw new UsageException($"--baud: {baudRate} is not a serial baud rate (the node's console runs at 115200)");
            }

            var portName = parse.GetValue(port)!.Trim();
            var doJoin = parse.GetValue(join);
            using var stream = openPort(portName, baudRate);
            var session = new ProvisioningSession(new ProvisioningClient(stream, portName, timeoutMs), portName, parse.GetValue(showKeys));
            var crc = WithProgress(output, $"provisioning {name}", ProvisioningSession.StepCount(settings, doJoin), step =>
                session.Run(settings, name, parse.GetValue(overwrite), doJoin, step));
            output.WriteLine($"{name} ({settings.DevEui:X16}) on {portName}: provisioned, configuration crc={crc:X8} verified{(doJoin ? ", join requested" : string.Empty)}");
            return CliApp.Ok;
        });
        return command;
    }

    private static uint WithProgress(TextWriter output, string description, int steps, Func<Action<string>, uint> run)
    {
        var interactive = ReferenceEquals(output, Console.Out) && !Console.IsOutputRedirected && AnsiConsole.Profile.Capabilities.Interactive;
        if (!interactive)
        {
            return run(line => output.WriteLine("  " + line));
        }

        uint result = 0;
        AnsiConsole.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn())
            .Start(context =>
            {
                var task = context.AddTask(Markup.Escape(description), maxValue: steps);
                result = run(line =>
                {
                    task.Description = Markup.Escape(line);
                    task.Increment(1);
                });
                task.Value = steps;
            });
        return result;
    }
}
