// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using System.CommandLine;
using SmartCityNodes.Cli.Fleet;

namespace SmartCityNodes.Cli;

/// <summary>
/// <c>scn fleet create | add | list</c>: device identities (DevEUI, JoinEUI, AppKey) kept in a fleet file the user
/// owns (docs/fleet-file.md). Nothing is ever overwritten; keys are printed only with <c>--show-keys</c>.
/// </summary>
public static class FleetCommands
{
    /// <summary>Most devices one <c>fleet create</c> makes (a fleet file stays a file a person can read).</summary>
    public const int MaxCount = 10000;

    /// <summary>Builds the <c>fleet</c> command.</summary>
    public static Command Build(TextWriter output)
    {
        var fleet = new Command("fleet", "Device identities (DevEUI, JoinEUI, AppKey) in a fleet file you keep: create, add, list.");
        fleet.Subcommands.Add(BuildCreate(output));
        fleet.Subcommands.Add(BuildAdd(output));
        fleet.Subcommands.Add(BuildList(output));
        return fleet;
    }

    /// <summary>The required <c>--file</c> / <c>-f</c> option naming a fleet file, shared by the fleet and export commands.</summary>
    internal static Option<string> FileOption(string description) => new("--file", "-f") { Description = description, Required = true };

    private static Option<string> PrefixOption() => new("--eui-prefix")
    {
        Description = "allocate DevEUIs from your IEEE block: its hex prefix (OUI/MA-L 6 digits, MA-M 7, MA-S 9, or a longer operator block)",
    };

    private static Option<bool> RandomOption() => new("--random-deveui")
    {
        Description = "random locally administered DevEUIs (U/L bit set): fine for a private network, not registered anywhere",
    };

    private static Command BuildCreate(TextWriter output)
    {
        var file = FileOption("the new fleet file (JSON); refused if it exists");
        var count = new Option<string>("--count", "-n") { Description = $"how many device identities to make (1..{MaxCount})", Required = true };
        var joinEui = new Option<string>("--joineui") { Description = "JoinEUI (AppEUI) of your join server, 16 hex digits (0000000000000000 if it has none)", Required = true };
        var prefix = PrefixOption();
        var random = RandomOption();
        var first = new Option<string>("--first") { Description = "with --eui-prefix: the first DevEUI to try (default: the start of the block)" };
        var namePrefix = new Option<string>("--name-prefix") { Description = "names are <prefix>-0001, <prefix>-0002, ...", DefaultValueFactory = _ => "node" };
        var command = new Command("create", "Make a new fleet file with N device identities; AppKeys come from a cryptographic random generator.")
        {
            file, count, joinEui, prefix, random, first, namePrefix,
        };
        command.SetAction(parse =>
        {
            var path = parse.GetValue(file)!;
            var n = (int)HexInput.Unsigned("--count", parse.GetValue(count), MaxCount);
            if (n == 0)
            {
                throw new UsageException($"--count: 0 devices; give 1..{MaxCount}");
            }

            var join = Eui64.Format(Eui64.Parse("--joineui", parse.GetValue(joinEui)));
            var source = DevEuiSource(parse.GetValue(prefix), parse.GetValue(random), null, allowGiven: false);
            var start = StartOf(source.Block, parse.GetValue(first));
            var baseName = parse.GetValue(namePrefix)!;
            SecureFile.RefuseExisting("--file", path);

            var document = FleetDocument.CreateEmpty();
            var digits = Math.Max(4, n.ToString(System.Globalization.CultureInfo.InvariantCulture).Length);
            var now = DateTimeOffset.UtcNow;
            for (var i = 1; i <= n; i++)
            {
                var device = new FleetDevice
                {
                    Name = $"{baseName}-{i.ToString("D" + digits, System.Globalization.CultureInfo.InvariantCulture)}",
                    JoinEui = join,
                    AppKey = IdentityGenerator.NewAppKey(document),
                    CreatedUtc = now,
                };
                FleetStore.CheckName("--name-prefix", device.Name);
                AssignDevEui(document, device, source, ref start);
                document.Devices.Add(device);
            }

            FleetStore.CreateNew(path, document);
            var euis = source.Block is null ? "random locally administered DevEUIs" : $"DevEUI {document.Devices[0].DevEui} .. {document.Devices[^1].DevEui}";
            output.WriteLine($"created {path}: {n} devices, {euis}, JoinEUI {join}");
            output.WriteLine("AppKeys are in the file only (owner read/write); list them with 'scn fleet list --show-keys'.");
            return CliApp.Ok;
        });
        return command;
    }

    private static Command BuildAdd(TextWriter output)
    {
        var file = FileOption("an existing fleet file");
        var name = new Option<string>("--name") { Description = "device name (default eui-<deveui>)" };
        var devEui = new Option<string>("--deveui") { Description = "the device's own DevEUI, 16 hex digits (e.g. printed on a module)" };
        var prefix = PrefixOption();
        var random = RandomOption();
        var joinEui = new Option<string>("--joineui") { Description = "JoinEUI, 16 hex digits (default: the one all devices in the file share)" };
        var appKey = new Option<string>("--appkey") { Description = "an existing AppKey, 32 hex digits (default: a new random one)" };
        var command = new Command("add", "Add one device identity to a fleet file; refuses a DevEUI, name or AppKey already in it.")
        {
            file, name, devEui, prefix, random, joinEui, appKey,
        };
        command.SetAction(parse =>
        {
            var path = parse.GetValue(file)!;
            using var hold = File.Exists(path) ? FleetStore.Lock(path) : null;
            var document = FleetStore.Load(path);
            var source = DevEuiSource(parse.GetValue(prefix), parse.GetValue(random), parse.GetValue(devEui), allowGiven: true);
            var device = new FleetDevice
            {
                JoinEui = JoinEuiFor(document, parse.GetValue(joinEui)),
                AppKey = parse.GetValue(appKey) is { } key ? Convert.ToHexString(HexInput.Key("--appkey", key)) : IdentityGenerator.NewAppKey(document),
                CreatedUtc = DateTimeOffset.UtcNow,
            };
            var start = StartOf(source.Block, null);
            AssignDevEui(document, device, source, ref start);
            device.Name = parse.GetValue(name) ?? "eui-" + device.DevEui.ToLowerInvariant();
            FleetStore.CheckName("--name", device.Name);
            FleetStore.CheckUnique(document, device);
            document.Devices.Add(device);
            FleetStore.Replace(path, document);
            output.WriteLine($"added {device.Name}: DevEUI {device.DevEui}, JoinEUI {device.JoinEui} ({document.Devices.Count} devices in {path})");
            return CliApp.Ok;
        });
        return command;
    }

    private static Command BuildList(TextWriter output)
    {
        var file = FileOption("the fleet file");
        var showKeys = new Option<bool>("--show-keys") { Description = "print the AppKeys (they are secrets: mind who sees your screen and your shell history)" };
        var command = new Command("list", "Show the devices of a fleet file; AppKeys stay hidden unless --show-keys.") { file, showKeys };
        command.SetAction(parse =>
        {
            var document = FleetStore.Load(parse.GetValue(file)!);
            var show = parse.GetValue(showKeys);
            var table = TableWriter.Create("#", "Name", "DevEUI", "U/L", "JoinEUI", "AppKey", "DevEUI source");
            for (var i = 0; i < document.Devices.Count; i++)
            {
                var d = document.Devices[i];
                var administered = Eui64.IsLocallyAdministered(Eui64.Parse("devEui", d.DevEui)) ? "local" : "universal";
                TableWriter.AddRow(table, (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), d.Name, d.DevEui, administered, d.JoinEui, show ? d.AppKey : "(hidden)", d.DevEuiSource);
            }

            TableWriter.Write(output, table);
            output.WriteLine(show ? $"{document.Devices.Count} devices; AppKeys shown." : $"{document.Devices.Count} devices; AppKeys hidden (add --show-keys).");
            return CliApp.Ok;
        });
        return command;
    }

    private sealed record Source(EuiPrefix? Block, bool Random, ulong? Given);

    private static Source DevEuiSource(string? prefix, bool random, string? given, bool allowGiven)
    {
        var chosen = (prefix is null ? 0 : 1) + (random ? 1 : 0) + (given is null ? 0 : 1);
        if (chosen != 1)
        {
            throw new UsageException(chosen == 0
                ? "say where the DevEUI comes from: --eui-prefix <your OUI or block> or --random-deveui" + (allowGiven ? " or --deveui <16 hex digits>" : string.Empty)
                : "give only one of " + (allowGiven ? "--deveui, " : string.Empty) + "--eui-prefix and --random-deveui");
        }

        if (given is not null)
        {
            var eui = Eui64.Parse("--deveui", given);
            if (Eui64.IsGroup(eui))
            {
                throw new UsageException($"--deveui: {Eui64.Format(eui)} has the I/G bit (bit 0 of the first octet) set: a group address cannot name one device");
            }

            return new Source(null, false, eui);
        }

        return new Source(prefix is null ? null : EuiPrefix.Parse("--eui-prefix", prefix), random, null);
    }

    private static ulong StartOf(EuiPrefix? block, string? first)
    {
        if (block is null)
        {
            if (first is not null)
            {
                throw new UsageException("--first goes with --eui-prefix");
            }

            return 0;
        }

        if (first is null)
        {
            return block.First;
        }

        var start = Eui64.Parse("--first", first);
        if (!block.Contains(start))
        {
            throw new UsageException($"--first: {Eui64.Format(start)} is outside the block {Eui64.Format(block.First)}..{Eui64.Format(block.Last)}");
        }

        return start;
    }

    private static void AssignDevEui(FleetDocument document, FleetDevice device, Source source, ref ulong start)
    {
        if (source.Given is { } given)
        {
            device.DevEui = Eui64.Format(given);
            device.DevEuiSource = "given";
        }
        else if (source.Block is { } block)
        {
            var eui = IdentityGenerator.NextInBlock(document, block, start);
            device.DevEui = Eui64.Format(eui);
            device.DevEuiSource = "prefix";
            start = eui == block.Last ? eui : eui + 1;
        }
        else
        {
            device.DevEui = Eui64.Format(IdentityGenerator.NewLocalDevEui(document));
            device.DevEuiSource = "random-local";
        }
    }

    private static string JoinEuiFor(FleetDocument document, string? given)
    {
        if (given is not null)
        {
            return Eui64.Format(Eui64.Parse("--joineui", given));
        }

        var distinct = document.Devices.Select(d => d.JoinEui).Distinct().ToList();
        if (distinct.Count != 1)
        {
            throw new UsageException("--joineui is required: the fleet file has " + (distinct.Count == 0 ? "no device yet" : "devices with different JoinEUIs"));
        }

        return distinct[0];
    }
}
