// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using System.CommandLine;
using System.Globalization;
using SmartCityNodes.Cli.Planning;
using SmartCityNodes.LoRaWan.Region;

namespace SmartCityNodes.Cli;

/// <summary><c>scn airtime</c>: time on air and the duty-cycle budget of an uplink, per data rate, for planning a node's reporting interval.</summary>
public static class AirtimeCommand
{
    /// <summary>Builds the <c>airtime</c> command.</summary>
    public static Command Build(TextWriter output)
    {
        var payload = new Option<string>("--payload") { Description = "application payload (FRMPayload) size in bytes", Required = true };
        var region = new Option<string>("--region", "-r") { Description = "region: " + string.Join(", ", AirtimePlanner.RegionNames.Keys), DefaultValueFactory = _ => "eu868" };
        var dataRate = new Option<string>("--dr") { Description = "one data rate (DR0..DR15 index); default: every LoRa uplink data rate of the region" };
        var fOpts = new Option<string>("--fopts") { Description = "MAC-command bytes piggy-backed in FOpts (0..15)", DefaultValueFactory = _ => "0" };
        var command = new Command("airtime", "Time on air of an uplink and how many per hour the duty cycle allows (EU868: 1 % on the default channels, 36 s per hour).")
        {
            payload, region, dataRate, fOpts,
        };
        command.SetAction(parse =>
        {
            var regionName = parse.GetValue(region)!;
            if (!AirtimePlanner.RegionNames.TryGetValue(regionName, out var regionId))
            {
                throw new UsageException($"--region: '{regionName}' is not a region; use one of {string.Join(", ", AirtimePlanner.RegionNames.Keys)}");
            }

            var parameters = RegionParameters.Get(regionId);
            var frm = (int)HexInput.Unsigned("--payload", parse.GetValue(payload), 242);
            var opts = (int)HexInput.Unsigned("--fopts", parse.GetValue(fOpts), 15);
            int? only = parse.GetValue(dataRate) is { } text ? (int)HexInput.Unsigned("--dr", text.TrimStart('D', 'R', 'd', 'r'), 15) : null;
            var rows = AirtimePlanner.Plan(parameters, frm, opts, only);
            if (rows.Count == 0)
            {
                throw new UsageException($"--dr: DR{only} is not a LoRa uplink data rate of {regionName}");
            }

            if (only is not null && rows[0].TooLong)
            {
                throw new UsageException($"--payload: {frm} bytes does not fit DR{only} in {regionName} (at most {rows[0].MaxFrmPayloadBytes} bytes with {opts} FOpts bytes): shorten it or use a faster data rate");
            }

            var table = TableWriter.Create("DR", "SF/BW", "PHYPayload", "Time on air", "Max payload", "Min interval", "Max uplinks/h", "Note");
            foreach (var row in rows)
            {
                TableWriter.AddRow(
                    table,
                    "DR" + row.DataRate.ToString(CultureInfo.InvariantCulture),
                    $"SF{row.SpreadingFactor}/{row.BandwidthHz / 1000}",
                    row.PhyPayloadBytes + " B",
                    Milliseconds(row.TimeOnAirMicroseconds),
                    row.MaxFrmPayloadBytes + " B",
                    row.DutyCycleDivisor == 0 ? "-" : Seconds(row.MinIntervalMicroseconds),
                    row.DutyCycleDivisor == 0 ? "no duty cycle" : row.MaxUplinksPerHour.ToString(CultureInfo.InvariantCulture),
                    row.TooLong ? "payload too long" : row.ExceedsDwell ? "exceeds 400 ms dwell" : string.Empty);
            }

            output.WriteLine($"{regionName}: {frm}-byte payload, {opts} FOpts bytes, PHYPayload {AirtimePlanner.PhyOverheadBytes + opts + frm} bytes (MHDR+FHDR+FPort+MIC = 13)");
            TableWriter.Write(output, table);
            if (rows[0].DutyCycleDivisor != 0)
            {
                var percent = 100.0 / rows[0].DutyCycleDivisor;
                output.WriteLine($"duty cycle {percent.ToString("0.#", CultureInfo.InvariantCulture)} % on the default channels' sub-band: {(3600.0 / rows[0].DutyCycleDivisor).ToString("0.#", CultureInfo.InvariantCulture)} s of airtime per hour, shared with every other uplink and join on that sub-band");
            }

            return CliApp.Ok;
        });
        return command;
    }

    private static string Milliseconds(long microseconds) => (microseconds / 1000.0).ToString("0.000", CultureInfo.InvariantCulture) + " ms";

    private static string Seconds(long microseconds) => (microseconds / 1_000_000.0).ToString("0.00", CultureInfo.InvariantCulture) + " s";
}
