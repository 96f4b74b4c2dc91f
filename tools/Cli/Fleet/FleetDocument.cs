// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using System.Text.Json.Serialization;

namespace SmartCityNodes.Cli.Fleet;

/// <summary>The whole fleet file: a format tag, a version and the device identities (docs/fleet-file.md).</summary>
public sealed class FleetDocument
{
    /// <summary>The value of <see cref="Format"/> in every fleet file.</summary>
    public const string FormatTag = "smartcitynodes-fleet";

    /// <summary>The version this scn reads and writes.</summary>
    public const int CurrentVersion = 1;

    /// <summary>Always <see cref="FormatTag"/>: tells a fleet file from any other JSON (empty when a file read lacks it).</summary>
    [JsonPropertyName("format")]
    public string Format { get; set; } = string.Empty;

    /// <summary>Layout version; a newer file is refused rather than half understood (0 when a file read lacks it).</summary>
    [JsonPropertyName("version")]
    public int Version { get; set; }

    /// <summary>A new, empty fleet of the current format and version.</summary>
    public static FleetDocument CreateEmpty() => new() { Format = FormatTag, Version = CurrentVersion };

    /// <summary>The identities, in the order they were created.</summary>
    [JsonPropertyName("devices")]
    public List<FleetDevice> Devices { get; set; } = new();
}
