// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using System.Text.Json;
using System.Text.RegularExpressions;

namespace SmartCityNodes.Cli.Fleet;

/// <summary>
/// Reads and writes fleet files (docs/fleet-file.md) and keeps their rules: valid EUIs and keys, unique names,
/// DevEUIs and AppKeys. A file that breaks a rule is refused whole, with the rule it breaks.
/// </summary>
public static partial class FleetStore
{
    private static readonly JsonSerializerOptions JsonOptions = new() { WriteIndented = true };

    /// <summary>Reads and validates the fleet file at <paramref name="path"/>.</summary>
    public static FleetDocument Load(string path)
    {
        if (!File.Exists(path))
        {
            throw new UsageException($"--file: '{path}' does not exist (create one with 'scn fleet create')");
        }

        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new DeviceIoException($"cannot read '{path}': {e.Message}");
        }

        FleetDocument? document;
        try
        {
            document = JsonSerializer.Deserialize<FleetDocument>(text, JsonOptions);
        }
        catch (JsonException e)
        {
            throw new UsageException($"--file: '{path}' is not a fleet file: {e.Message}");
        }

        if (document is null || document.Format != FleetDocument.FormatTag)
        {
            throw new UsageException($"--file: '{path}' is not a fleet file (its \"format\" is not \"{FleetDocument.FormatTag}\")");
        }

        if (document.Version != FleetDocument.CurrentVersion)
        {
            throw new UsageException($"--file: '{path}' is fleet file version {document.Version}; this scn reads version {FleetDocument.CurrentVersion}");
        }

        if (document.Devices is null)
        {
            throw new UsageException($"--file: '{path}' has no \"devices\" list");
        }

        Validate(document, path);
        return document;
    }

    /// <summary>
    /// Holds <c>&lt;file&gt;.lock</c> while a command reads, changes and replaces the fleet file, so two scn runs on
    /// the same file (a shared drive) cannot both add a device and lose one of them. Dispose to release.
    /// </summary>
    public static IDisposable Lock(string path)
    {
        var lockPath = path + ".lock";
        try
        {
            return new FileStream(lockPath, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1, FileOptions.DeleteOnClose);
        }
        catch (IOException) when (File.Exists(lockPath))
        {
            throw new DeviceIoException($"'{path}' is being changed by another scn ('{lockPath}' exists); wait, or delete '{lockPath}' if no scn is running");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new DeviceIoException($"cannot lock '{path}': {e.Message}");
        }
    }

    /// <summary>Writes a new fleet file; refuses when one exists.</summary>
    public static void CreateNew(string path, FleetDocument document) => SecureFile.CreateNew(path, JsonSerializer.Serialize(document, JsonOptions) + "\n");

    /// <summary>Replaces an existing fleet file atomically.</summary>
    public static void Replace(string path, FleetDocument document) => SecureFile.Replace(path, JsonSerializer.Serialize(document, JsonOptions) + "\n");

    /// <summary>Throws a <see cref="UsageException"/> unless <paramref name="name"/> is a valid device name.</summary>
    public static void CheckName(string option, string name)
    {
        if (!NamePattern().IsMatch(name))
        {
            throw new UsageException($"{option}: '{name}' is not a device name: use up to 36 characters of a-z, 0-9 and single dashes, at least 3 letters or digits, starting and ending with one (The Things Stack device-ID rule)");
        }
    }

    /// <summary>Throws a <see cref="UsageException"/> when <paramref name="device"/> clashes with a device already in <paramref name="document"/>.</summary>
    public static void CheckUnique(FleetDocument document, FleetDevice device)
    {
        foreach (var existing in document.Devices)
        {
            if (existing.DevEui == device.DevEui)
            {
                throw new UsageException($"DevEUI {device.DevEui} is already in the fleet as '{existing.Name}'; a DevEUI names exactly one device");
            }

            if (existing.Name == device.Name)
            {
                throw new UsageException($"name '{device.Name}' is already in the fleet (DevEUI {existing.DevEui}); choose another --name");
            }

            if (existing.AppKey == device.AppKey)
            {
                throw new UsageException($"that AppKey is already used by '{existing.Name}'; every device needs its own AppKey (omit --appkey to generate one)");
            }
        }
    }

    private static void Validate(FleetDocument document, string path)
    {
        var checkedSoFar = FleetDocument.CreateEmpty();
        for (var i = 0; i < document.Devices.Count; i++)
        {
            var device = document.Devices[i];
            var where = $"--file: '{path}' device {i + 1}";
            if (device is null || device.Name is null || device.DevEui is null || device.JoinEui is null || device.AppKey is null)
            {
                throw new UsageException($"{where}: needs name, devEui, joinEui and appKey");
            }

            try
            {
                CheckName("name", device.Name);

                // Canonical forms (upper-case hex, no separators), so a hand-edited file cannot hide a duplicate.
                device.DevEui = Eui64.Format(Eui64.Parse("devEui", device.DevEui));
                device.JoinEui = Eui64.Format(Eui64.Parse("joinEui", device.JoinEui));
                device.AppKey = Convert.ToHexString(HexInput.Key("appKey", device.AppKey));
                CheckUnique(checkedSoFar, device);
            }
            catch (UsageException e)
            {
                throw new UsageException($"{where}: {e.Message}");
            }

            checkedSoFar.Devices.Add(device);
        }
    }

    // The Things Stack identifier rule (api.md "string.pattern" of every ID: ^[a-z0-9](?:[-]?[a-z0-9]){2,}$, max_len 36).
    [GeneratedRegex("^(?=.{3,36}$)[a-z0-9](?:-?[a-z0-9]){2,}$")]
    private static partial Regex NamePattern();
}
