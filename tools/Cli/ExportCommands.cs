// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using System.CommandLine;
using SmartCityNodes.Cli.Export;
using SmartCityNodes.Cli.Fleet;

namespace SmartCityNodes.Cli;

/// <summary>
/// <c>scn export tts | chirpstack | labels</c>: turn a fleet file into what a network server imports and what a
/// technician sticks on the enclosure. Output files are never overwritten; the import files hold AppKeys and are
/// written owner read/write only.
/// </summary>
public static class ExportCommands
{
    /// <summary>Builds the <c>export</c> command.</summary>
    public static Command Build(TextWriter output)
    {
        var export = new Command("export", "Write network-server import files and TR005 QR labels from a fleet file.");
        export.Subcommands.Add(BuildTheThingsStack(output));
        export.Subcommands.Add(BuildChirpStack(output));
        export.Subcommands.Add(BuildLabels(output));
        return export;
    }

    private static Option<string> FileOption() => FleetCommands.FileOption("the fleet file");

    private static Option<string> OutOption(string description) => new("--out", "-o") { Description = description, Required = true };

    private static Command BuildTheThingsStack(TextWriter output)
    {
        var file = FileOption();
        var outFile = OutOption("the import file to write (JSON stream); refused if it exists");
        var plan = new Option<string>("--frequency-plan")
        {
            Description = "The Things Stack frequency plan ID, e.g. EU_863_870_TTN, US_902_928_FSB_2, AU_915_928_FSB_2",
            Required = true,
        };
        var phy = new Option<string>("--phy-version")
        {
            Description = "regional-parameters version: " + string.Join(", ", TheThingsStackExport.PhyVersions),
            DefaultValueFactory = _ => TheThingsStackExport.DefaultPhyVersion,
        };
        var command = new Command("tts", "The Things Stack import file (Console 'Import end devices' or 'ttn-lw-cli end-devices create --application-id APP < file').")
        {
            file, outFile, plan, phy,
        };
        command.SetAction(parse =>
        {
            var document = FleetStore.Load(parse.GetValue(file)!);
            var phyVersion = parse.GetValue(phy)!;
            if (!TheThingsStackExport.PhyVersions.Contains(phyVersion))
            {
                throw new UsageException($"--phy-version: '{phyVersion}' is not one of {string.Join(", ", TheThingsStackExport.PhyVersions)}");
            }

            var frequencyPlan = parse.GetValue(plan)!;
            if (!System.Text.RegularExpressions.Regex.IsMatch(frequencyPlan, "^[A-Z0-9_]+$"))
            {
                throw new UsageException($"--frequency-plan: '{frequencyPlan}' is not a frequency plan ID (upper-case letters, digits and '_', e.g. EU_863_870_TTN)");
            }

            return WriteImportFile(output, parse.GetValue(outFile)!, document, TheThingsStackExport.Write(document, frequencyPlan, phyVersion), $"The Things Stack ({TheThingsStackExport.MacVersion}, {phyVersion}, {frequencyPlan})");
        });
        return command;
    }

    private static Command BuildChirpStack(TextWriter output)
    {
        var file = FileOption();
        var outFile = OutOption("the JSON file to write; refused if it exists");
        var application = new Option<string>("--application-id") { Description = "ChirpStack application ID (UUID, from the application's page)", Required = true };
        var profile = new Option<string>("--device-profile-id") { Description = "ChirpStack device-profile ID (UUID; LoRaWAN 1.0.4, OTAA)", Required = true };
        var command = new Command("chirpstack", "ChirpStack v4 API request bodies per device: create the device, then its keys (AppKey in nwk_key for LoRaWAN 1.0.x).")
        {
            file, outFile, application, profile,
        };
        command.SetAction(parse =>
        {
            var document = FleetStore.Load(parse.GetValue(file)!);
            var applicationId = Uuid("--application-id", parse.GetValue(application)!);
            var profileId = Uuid("--device-profile-id", parse.GetValue(profile)!);
            return WriteImportFile(output, parse.GetValue(outFile)!, document, ChirpStackExport.Write(document, applicationId, profileId), "ChirpStack v4 (POST /api/devices, then POST /api/devices/{dev_eui}/keys)");
        });
        return command;
    }

    private static Command BuildLabels(TextWriter output)
    {
        var file = FileOption();
        var outDir = new Option<string>("--out-dir", "-o") { Description = "folder for <DevEUI>.png, <DevEUI>.svg and sheet.svg (created if missing; existing files are never overwritten)", Required = true };
        var profile = new Option<string>("--profile-id")
        {
            Description = "TR005 ProfileID, 8 hex digits: LoRa Alliance VendorID (4) + VendorProfileID (4); 00000000 when you have none",
            DefaultValueFactory = _ => "00000000",
        };
        var ownerToken = new Option<string>("--owner-token") { Description = "TR005 owner token (claim authentication code) for every label; A-Z, 0-9, $*+-./" };
        var serial = new Option<bool>("--serial") { Description = "add the device name as the TR005 serial-number field (S...)" };
        var command = new Command("labels", "TR005 QR codes (LW:D0:JoinEUI:DevEUI:ProfileID) as PNG and SVG labels with the DevEUI printed under each, plus a printable sheet.svg.")
        {
            file, outDir, profile, ownerToken, serial,
        };
        command.SetAction(parse =>
        {
            var document = FleetStore.Load(parse.GetValue(file)!);
            var profileId = Tr005Payload.ParseProfileId("--profile-id", parse.GetValue(profile)!);
            var token = parse.GetValue(ownerToken) is { } t ? Tr005Payload.ParseExtension("--owner-token", t) : null;
            var folder = parse.GetValue(outDir)!;
            if (File.Exists(folder))
            {
                throw new UsageException($"--out-dir: '{folder}' is a file, not a folder");
            }

            var sheetPath = Path.Combine(folder, "sheet.svg");
            var targets = document.Devices.SelectMany(d => new[] { Path.Combine(folder, d.DevEui + ".png"), Path.Combine(folder, d.DevEui + ".svg") }).Append(sheetPath);
            foreach (var target in targets)
            {
                SecureFile.RefuseExisting("--out-dir", target);
            }

            try
            {
                Directory.CreateDirectory(folder);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw new DeviceIoException($"cannot create '{folder}': {e.Message}");
            }

            var labels = new List<(string Caption, string Payload)>();
            ProgressRunner.ForEach(output, "QR labels", document.Devices, device =>
            {
                var payload = Tr005Payload.For(device, profileId, token, parse.GetValue(serial));
                SecureFile.CreateNew(Path.Combine(folder, device.DevEui + ".png"), LabelWriter.Png(payload));
                SecureFile.CreateNew(Path.Combine(folder, device.DevEui + ".svg"), LabelWriter.SvgLabel(payload, device.DevEui));
                labels.Add((device.DevEui, payload));
            });

            SecureFile.CreateNew(sheetPath, LabelWriter.Sheet(labels));
            output.WriteLine($"wrote {labels.Count} labels (PNG + SVG) and {sheetPath} to {folder}; the codes carry JoinEUI, DevEUI and ProfileID, never the AppKey");
            return CliApp.Ok;
        });
        return command;
    }

    private static int WriteImportFile(TextWriter output, string path, FleetDocument document, string content, string forWhat)
    {
        SecureFile.RefuseExisting("--out", path);
        SecureFile.CreateNew(path, content);
        output.WriteLine($"wrote {path}: {document.Devices.Count} devices for {forWhat}; it holds AppKeys: delete it after the import");
        return CliApp.Ok;
    }

    private static string Uuid(string option, string text)
    {
        if (!Guid.TryParseExact(text.Trim(), "D", out var id))
        {
            throw new UsageException($"{option}: '{text}' is not a UUID (8-4-4-4-12 hex digits, as ChirpStack shows it)");
        }

        return id.ToString("D");
    }
}
