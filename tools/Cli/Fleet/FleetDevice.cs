// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using System.Text.Json.Serialization;

namespace SmartCityNodes.Cli.Fleet;

/// <summary>One device identity in a fleet file (docs/fleet-file.md, version 1).</summary>
public sealed class FleetDevice
{
    /// <summary>Device name: up to 36 of a-z, 0-9 and single dashes, at least 3 letters or digits (The Things Stack device-ID rule, so exports need no renaming).</summary>
    [JsonPropertyName("name")]
    public string Name { get; set; } = string.Empty;

    /// <summary>DevEUI, 16 upper-case hex digits, first octet first.</summary>
    [JsonPropertyName("devEui")]
    public string DevEui { get; set; } = string.Empty;

    /// <summary>JoinEUI (AppEUI in LoRaWAN 1.0.2), 16 upper-case hex digits.</summary>
    [JsonPropertyName("joinEui")]
    public string JoinEui { get; set; } = string.Empty;

    /// <summary>AppKey, 32 upper-case hex digits (the LoRaWAN 1.0.x root key).</summary>
    [JsonPropertyName("appKey")]
    public string AppKey { get; set; } = string.Empty;

    /// <summary>Where the DevEUI came from: <c>prefix</c> (the user's IEEE block), <c>random-local</c> or <c>given</c>.</summary>
    [JsonPropertyName("devEuiSource")]
    public string DevEuiSource { get; set; } = string.Empty;

    /// <summary>When the identity was added, UTC, ISO 8601.</summary>
    [JsonPropertyName("createdUtc")]
    public DateTimeOffset CreatedUtc { get; set; }
}
