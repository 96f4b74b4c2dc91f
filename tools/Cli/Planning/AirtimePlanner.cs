// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using SmartCityNodes.LoRaWan.Region;

namespace SmartCityNodes.Cli.Planning;

/// <summary>
/// Plans uplinks with the stack's own regional tables (lorawan/Region, RP002-1.0.4) and time-on-air formula
/// (lorawan/Airtime): for each LoRa uplink data rate, the PHYPayload size, the time on air, whether it fits and
/// what the sub-band duty cycle allows per hour.
/// </summary>
public static class AirtimePlanner
{
    /// <summary>PHYPayload bytes around the FRMPayload with empty FOpts: MHDR 1 + FHDR 7 + FPort 1 + MIC 4 (LoRaWAN L2 1.0.4 §4).</summary>
    public const int PhyOverheadBytes = 13;

    /// <summary>The uplink dwell limit where a region enforces one (RP002-1.0.4: 400 ms).</summary>
    public const long DwellLimitMicroseconds = 400_000;

    /// <summary>Region names as typed on the command line.</summary>
    public static readonly IReadOnlyDictionary<string, RegionId> RegionNames = new Dictionary<string, RegionId>(StringComparer.OrdinalIgnoreCase)
    {
        ["eu868"] = RegionId.Eu868,
        ["us915"] = RegionId.Us915,
        ["au915"] = RegionId.Au915,
        ["as923-1"] = RegionId.As923Group1,
        ["as923-2"] = RegionId.As923Group2,
        ["as923-3"] = RegionId.As923Group3,
        ["as923-4"] = RegionId.As923Group4,
        ["kr920"] = RegionId.Kr920,
        ["in865"] = RegionId.In865,
    };

    /// <summary>One row per LoRa uplink data rate of <paramref name="region"/> (or only <paramref name="onlyDataRate"/>).</summary>
    public static List<AirtimeRow> Plan(RegionParameters region, int frmPayloadBytes, int fOptsBytes, int? onlyDataRate)
    {
        var dwell = region.DefaultUplinkDwellTime;
        var divisor = region.DutyCycleBandCount == 0 ? 0 : region.GetDutyCycleBand(region.FindDutyCycleBand(region.DefaultChannelFrequencyHz(0))).DutyCycleDivisor;
        var rows = new List<AirtimeRow>();
        for (var dataRate = 0; dataRate < RegionParameters.DataRateCount; dataRate++)
        {
            if ((onlyDataRate is { } only && only != dataRate) || !region.IsUplinkDataRateSupported(dataRate, dwell))
            {
                continue;
            }

            var rate = region.GetDataRate(dataRate);
            var phy = PhyOverheadBytes + fOptsBytes + frmPayloadBytes;
            rows.Add(new AirtimeRow(
                dataRate,
                rate.SpreadingFactor,
                rate.BandwidthHz,
                phy,
                region.MaxFrmPayloadLength(dataRate, dwell) - fOptsBytes,
                region.UplinkTimeOnAirMicroseconds(dataRate, Math.Min(phy, 255)),
                divisor,
                dwell ? DwellLimitMicroseconds : 0) { FOptsInPayload = fOptsBytes });
        }

        return rows;
    }
}
