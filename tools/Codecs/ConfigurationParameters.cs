// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

namespace SmartCityNodes.Codecs;

/// <summary>One interval of the SetInterval command (docs/payloads/remote-config.md, "Intervals").</summary>
/// <param name="Name">JSON name.</param>
/// <param name="Id">Wire id.</param>
/// <param name="MinimumSeconds">Smallest value.</param>
/// <param name="MaximumSeconds">Largest value.</param>
/// <param name="ZeroMeansOff">True when 0 is allowed and switches the message off.</param>
/// <param name="Devices">Device names that have it.</param>
public sealed record IntervalParameter(string Name, int Id, long MinimumSeconds, long MaximumSeconds, bool ZeroMeansOff, string[] Devices);

/// <summary>One threshold of the SetThreshold command (docs/payloads/remote-config.md, "Thresholds").</summary>
/// <param name="Name">JSON name.</param>
/// <param name="Id">Wire id.</param>
/// <param name="Scale">JSON value × scale = wire value.</param>
/// <param name="MinimumRaw">Smallest wire value.</param>
/// <param name="MaximumRaw">Largest wire value.</param>
/// <param name="Device">Device name that has it.</param>
public sealed record ThresholdParameter(string Name, int Id, int Scale, int MinimumRaw, int MaximumRaw, string Device);

/// <summary>The interval and threshold tables of docs/payloads/remote-config.md.</summary>
public static class ConfigurationParameters
{
    /// <summary>Every interval.</summary>
    public static readonly IReadOnlyList<IntervalParameter> Intervals = new[]
    {
        new IntervalParameter("report", 0x00, 60, 2592000, false, new[] { "binnode", "airnode" }),
        new IntervalParameter("sample", 0x01, 1, 86400, false, new[] { "binnode", "airnode", "parkingnode" }),
        new IntervalParameter("heartbeat", 0x02, 60, 2592000, false, new[] { "parkingnode" }),
        new IntervalParameter("status", 0x03, 3600, 2592000, true, new[] { "binnode", "airnode", "parkingnode" }),
    };

    /// <summary>Every threshold.</summary>
    public static readonly IReadOnlyList<ThresholdParameter> Thresholds = new[]
    {
        new ThresholdParameter("binFullPercent", 0x01, 1, 1, 100, "binnode"),
        new ThresholdParameter("binFireTemperatureC", 0x02, 1, 30, 200, "binnode"),
        new ThresholdParameter("binTiltDegrees", 0x03, 1, 5, 180, "binnode"),
        new ThresholdParameter("binPickupDropPercent", 0x04, 1, 5, 100, "binnode"),
        new ThresholdParameter("airPm25Ugm3", 0x10, 1, 1, 1000, "airnode"),
        new ThresholdParameter("airPm10Ugm3", 0x11, 1, 1, 1000, "airnode"),
        new ThresholdParameter("airTemperatureHighC", 0x12, 10, -400, 1250, "airnode"),
        new ThresholdParameter("airGasLowKohm", 0x13, 1, 1, 30000, "airnode"),
        new ThresholdParameter("parkingOccupiedDeviationUt", 0x20, 1, 1, 500, "parkingnode"),
        new ThresholdParameter("parkingVacantDeviationUt", 0x21, 1, 0, 500, "parkingnode"),
    };

    /// <summary>True when <paramref name="seconds"/> is allowed for <paramref name="interval"/>.</summary>
    /// <param name="interval">Interval.</param>
    /// <param name="seconds">Value.</param>
    /// <returns>Whether it is in range.</returns>
    public static bool InRange(IntervalParameter interval, long seconds) =>
        (seconds == 0 && interval.ZeroMeansOff) || (seconds >= interval.MinimumSeconds && seconds <= interval.MaximumSeconds);
}
