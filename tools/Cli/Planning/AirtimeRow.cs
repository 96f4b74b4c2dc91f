// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

namespace SmartCityNodes.Cli.Planning;

/// <summary>Time on air and duty-cycle budget of one uplink at one data rate.</summary>
/// <param name="DataRate">Data-rate index.</param>
/// <param name="SpreadingFactor">LoRa spreading factor.</param>
/// <param name="BandwidthHz">LoRa bandwidth.</param>
/// <param name="PhyPayloadBytes">PHYPayload length (MHDR + FHDR + FOpts + FPort + FRMPayload + MIC).</param>
/// <param name="MaxFrmPayloadBytes">Largest FRMPayload the data rate carries with these FOpts (RP002-1.0.4 N).</param>
/// <param name="TimeOnAirMicroseconds">Time on air (LoRaAirtime, exact).</param>
/// <param name="DutyCycleDivisor">1/duty cycle of the default channels' sub-band (100 for 1 %), 0 when the region has none.</param>
/// <param name="DwellLimitMicroseconds">Uplink dwell limit in force by default (400 ms in US915/AS923/AU915), 0 when none.</param>
public sealed record AirtimeRow(
    int DataRate,
    int SpreadingFactor,
    int BandwidthHz,
    int PhyPayloadBytes,
    int MaxFrmPayloadBytes,
    long TimeOnAirMicroseconds,
    int DutyCycleDivisor,
    long DwellLimitMicroseconds)
{
    /// <summary>Microseconds in an hour.</summary>
    public const long HourMicroseconds = 3_600_000_000;

    /// <summary>True when the payload does not fit the data rate.</summary>
    public bool TooLong => PhyPayloadBytes - AirtimePlanner.PhyOverheadBytes > MaxFrmPayloadBytes + FOptsInPayload;

    /// <summary>FOpts bytes counted in <see cref="PhyPayloadBytes"/> (set by the planner).</summary>
    public int FOptsInPayload { get; init; }

    /// <summary>True when one frame is longer than the dwell limit.</summary>
    public bool ExceedsDwell => DwellLimitMicroseconds > 0 && TimeOnAirMicroseconds > DwellLimitMicroseconds;

    /// <summary>
    /// Uplinks per hour the duty cycle allows on one sub-band: the hourly budget 3600 s / divisor (36 s at 1 %)
    /// divided by the time on air, rounded down; −1 when the region has no duty-cycle limit.
    /// </summary>
    public long MaxUplinksPerHour => DutyCycleDivisor == 0 ? -1 : HourMicroseconds / DutyCycleDivisor / TimeOnAirMicroseconds;

    /// <summary>Shortest wait between two uplinks on one sub-band: time on air × divisor (LoRaWAN off-time rule); 0 without duty cycle.</summary>
    public long MinIntervalMicroseconds => TimeOnAirMicroseconds * DutyCycleDivisor;
}
