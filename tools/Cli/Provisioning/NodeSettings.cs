// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

namespace SmartCityNodes.Cli.Provisioning;

/// <summary>
/// What <c>scn provision</c> writes to an OTAA node: its identity from the fleet file and the settings from the
/// command line, checked against the console's field rules (docs/provisioning-console.md, "Fields") before the port
/// is opened.
/// </summary>
public sealed class NodeSettings
{
    /// <summary>DevEUI, MSB first as on the label.</summary>
    public ulong DevEui { get; init; }

    /// <summary>JoinEUI, MSB first.</summary>
    public ulong JoinEui { get; init; }

    /// <summary>AppKey bytes in order.</summary>
    public byte[] AppKey { get; init; } = new byte[16];

    /// <summary>Region name as the console spells it (<c>EU868</c>, <c>AS923-1</c>...).</summary>
    public string Region { get; init; } = "EU868";

    /// <summary>Sub-band, 0 = all channels.</summary>
    public int SubBand { get; init; }

    /// <summary>Report interval in seconds.</summary>
    public uint ReportIntervalSeconds { get; init; } = 900;

    /// <summary>Heartbeat interval in seconds.</summary>
    public uint HeartbeatIntervalSeconds { get; init; } = 21600;

    /// <summary>Sensor sampling interval between reports, seconds (console <c>sample_s</c>).</summary>
    public uint SampleIntervalSeconds { get; init; } = 300;

    /// <summary>Periodic status uplink interval, seconds; 0 = none (console <c>status_s</c>).</summary>
    public uint StatusIntervalSeconds { get; init; } = 86400;

    /// <summary>Lower threshold (application units).</summary>
    public int ThresholdLow { get; init; }

    /// <summary>Upper threshold.</summary>
    public int ThresholdHigh { get; init; }

    /// <summary>Confirmed uplinks.</summary>
    public bool Confirmed { get; init; }

    /// <summary>Adaptive data rate.</summary>
    public bool Adr { get; init; } = true;

    /// <summary>Application parameter block: version byte then 0..48 bytes.</summary>
    public byte[] ApplicationParameters { get; init; } = [0];

    /// <summary>The SET requests in order: field, value, whether the value is a key (never echoed unless asked).</summary>
    public IReadOnlyList<(string Field, string Value, bool Secret)> Fields() =>
    [
        ("activation", "otaa", false),
        ("deveui", DevEui.ToString("X16"), false),
        ("joineui", JoinEui.ToString("X16"), false),
        ("appkey", Convert.ToHexString(AppKey), true),
        ("region", Region, false),
        ("subband", SubBand.ToString(System.Globalization.CultureInfo.InvariantCulture), false),
        ("report_s", ReportIntervalSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture), false),
        ("heartbeat_s", HeartbeatIntervalSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture), false),
        ("threshold_low", ThresholdLow.ToString(System.Globalization.CultureInfo.InvariantCulture), false),
        ("threshold_high", ThresholdHigh.ToString(System.Globalization.CultureInfo.InvariantCulture), false),
        ("confirmed", Confirmed ? "on" : "off", false),
        ("adr", Adr ? "on" : "off", false),
        ("sample_s", SampleIntervalSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture), false),
        ("status_s", StatusIntervalSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture), false),
        ("app_params", Convert.ToHexString(ApplicationParameters), false),
    ];

    /// <summary>Throws <see cref="UsageException"/> naming the option when a value breaks a field rule of the console.</summary>
    public void Check()
    {
        if (!ConfigurationImage.RegionCodes.ContainsKey(Region))
        {
            throw new UsageException($"--region: '{Region}' is not a region the node knows; use one of {string.Join(", ", ConfigurationImage.RegionCodes.Keys)}");
        }

        // Ranges: docs/provisioning-console.md "Fields" (report and heartbeat 60..2592000 s, sample 1..86400 s,
        // status 0 or 3600..2592000 s, sub-band 0..8).
        if (ReportIntervalSeconds is < 60 or > 2592000)
        {
            throw new UsageException($"--report-interval: {ReportIntervalSeconds} s is outside 60..2592000 s");
        }

        if (HeartbeatIntervalSeconds is < 60 or > 2592000)
        {
            throw new UsageException($"--heartbeat-interval: {HeartbeatIntervalSeconds} s is outside 60..2592000 s");
        }

        if (SampleIntervalSeconds is < 1 or > 86400)
        {
            throw new UsageException($"--sample-interval: {SampleIntervalSeconds} s is outside 1..86400 s");
        }

        if (StatusIntervalSeconds != 0 && StatusIntervalSeconds is < 3600 or > 2592000)
        {
            throw new UsageException($"--status-interval: {StatusIntervalSeconds} s is neither 0 (off) nor within 3600..2592000 s");
        }

        if (HeartbeatIntervalSeconds < ReportIntervalSeconds)
        {
            throw new UsageException($"--heartbeat-interval: {HeartbeatIntervalSeconds} s is shorter than --report-interval {ReportIntervalSeconds} s; make it at least as long");
        }

        if (SubBand is < 0 or > 8 || (SubBand != 0 && Region is not ("US915" or "AU915")))
        {
            throw new UsageException($"--subband: {SubBand} is not valid for {Region}; sub-bands 1..8 exist only in US915 and AU915, 0 means all channels");
        }

        if (ThresholdHigh < ThresholdLow)
        {
            throw new UsageException($"--threshold-high {ThresholdHigh} is below --threshold-low {ThresholdLow}");
        }

        if (ApplicationParameters.Length is < 1 or > 49)
        {
            throw new UsageException($"--app-params: {ApplicationParameters.Length} bytes; give a version byte and 0..48 parameter bytes (00 = none)");
        }
    }
}
