// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using System.CommandLine;
using System.Globalization;
using SmartCityNodes.Cli.Planning;
using SmartCityNodes.LoRaWan.Region;
using SmartCityNodes.Runtime.Energy;

namespace SmartCityNodes.Cli;

/// <summary>
/// <c>scn battery</c>: battery-life projection of a board on a fixed report schedule from the runtime's energy model
/// (board profiles, ledger and budget of firmware/Runtime/Energy; docs/runtime-energy.md).
/// </summary>
public static class BatteryCommand
{
    /// <summary>Board names of <c>--board</c> and their runtime profile.</summary>
    public static readonly IReadOnlyDictionary<string, Func<BoardEnergyProfile>> Boards = new Dictionary<string, Func<BoardEnergyProfile>>(StringComparer.OrdinalIgnoreCase)
    {
        ["low-power"] = BoardEnergyProfiles.LowPowerEsp32Sx1262,
        ["ttgo"] = BoardEnergyProfiles.TtgoLoRa32V21,
        ["heltec"] = BoardEnergyProfiles.HeltecWiFiLoRa32V3,
    };

    /// <summary>Builds the <c>battery</c> command.</summary>
    public static Command Build(TextWriter output)
    {
        var board = new Option<string>("--board", "-b") { Description = "board: low-power (ESP32 + SX1262, TPS7A02, no USB bridge), ttgo (TTGO LoRa32 V2.1), heltec (Heltec WiFi LoRa 32 V3)", Required = true };
        var interval = new Option<int>("--report-interval") { Description = "seconds between report wakes, 60..86400", DefaultValueFactory = _ => 900 };
        var batteryMah = new Option<int>("--battery-mah") { Description = "battery capacity in mAh (default 17000: Saft LS 33600 Li-SOCl2 D cell, 1 %/year self-discharge)", DefaultValueFactory = _ => 17000 };
        var years = new Option<int>("--years-target") { Description = "lifetime target in years, 1..30 (sets the daily allowance)", DefaultValueFactory = _ => 10 };
        var payload = new Option<int>("--payload") { Description = "application payload bytes per uplink (FRMPayload)", DefaultValueFactory = _ => 11 };
        var region = new Option<string>("--region", "-r") { Description = "region: " + string.Join(", ", AirtimePlanner.RegionNames.Keys), DefaultValueFactory = _ => "eu868" };
        var dataRate = new Option<int>("--dr") { Description = "uplink data rate index (EU868 DR5 = SF7/125 kHz)", DefaultValueFactory = _ => 5 };
        var power = new Option<int>("--tx-power") { Description = "conducted TX power, dBm", DefaultValueFactory = _ => 14 };
        var measure = new Option<int>("--measure-ms") { Description = "CPU-active time per wake for sensors and encoding, ms", DefaultValueFactory = _ => 100 };
        var window = new Option<int>("--rx-window-ms") { Description = "how long each receive window listens when no downlink comes, ms", DefaultValueFactory = _ => 20 };
        var command = new Command("battery", "Project battery life for a board reporting on a fixed interval, from the firmware's energy model.")
        {
            board, interval, batteryMah, years, payload, region, dataRate, power, measure, window,
        };
        command.SetAction(parse =>
        {
            var boardName = parse.GetValue(board)!;
            if (!Boards.TryGetValue(boardName, out var makeProfile))
            {
                throw new UsageException($"--board: '{boardName}' is not a board; use one of {string.Join(", ", Boards.Keys)}");
            }

            var seconds = Range("--report-interval", parse.GetValue(interval), 60, 86400);
            var capacity = Range("--battery-mah", parse.GetValue(batteryMah), 1, 1_000_000);
            var target = Range("--years-target", parse.GetValue(years), 1, 30);
            var measureMs = Range("--measure-ms", parse.GetValue(measure), 0, 60_000);
            var windowMs = Range("--rx-window-ms", parse.GetValue(window), 1, 999);
            var regionName = parse.GetValue(region)!;
            if (!AirtimePlanner.RegionNames.TryGetValue(regionName, out var regionId))
            {
                throw new UsageException($"--region: '{regionName}' is not a region; use one of {string.Join(", ", AirtimePlanner.RegionNames.Keys)}");
            }

            var dr = parse.GetValue(dataRate);
            var bytes = Range("--payload", parse.GetValue(payload), 0, 242);
            var rows = AirtimePlanner.Plan(RegionParameters.Get(regionId), bytes, 0, dr);
            if (rows.Count == 0)
            {
                throw new UsageException($"--dr: DR{dr} is not a LoRa uplink data rate of {regionName} (see 'scn airtime --payload {bytes} --region {regionName}')");
            }

            if (rows[0].TooLong)
            {
                throw new UsageException($"--payload: {bytes} bytes does not fit DR{dr} in {regionName} (at most {rows[0].MaxFrmPayloadBytes} bytes)");
            }

            var profile = makeProfile();
            var battery = BatteryProfile.SaftLs33600();
            battery.CapacityMicroampHours = capacity * 1000L;
            var targetDays = (int)(target * 36525L / 100); // 365.25 days a year, as the runtime's budget counts
            var schedule = new WakeSchedule(seconds, measureMs * 1000L, rows[0].TimeOnAirMicroseconds, parse.GetValue(power), windowMs * 1000L);
            var report = BatteryProjection.Project(profile, battery, schedule, targetDays);
            Write(output, profile, capacity, seconds, rows[0].TimeOnAirMicroseconds, dr, target, report);
            return CliApp.Ok;
        });
        return command;
    }

    private static int Range(string option, int value, int min, int max) =>
        value >= min && value <= max ? value : throw new UsageException($"{option}: {value} is outside {min}..{max}");

    private static void Write(TextWriter output, BoardEnergyProfile profile, int capacityMah, int seconds, long airtimeUs, int dr, int years, BatteryReport report)
    {
        var c = CultureInfo.InvariantCulture;
        output.WriteLine($"{profile.Name}, {capacityMah} mAh, one report every {seconds} s ({report.WakesPerDay} wakes a day, DR{dr} uplink {airtimeUs / 1000.0:0.###} ms on air, each wake {report.AwakeMicroseconds / 1000.0:0.###} ms awake)");
        var table = TableWriter.Create("Phase", "Per day");
        foreach (var (phase, nanoampHours) in report.Phases.Where(p => p.NanoampHours > 0))
        {
            TableWriter.AddRow(table, phase.ToString(), (nanoampHours / 1000.0).ToString("0.0", c) + " µAh");
        }

        TableWriter.AddRow(table, "Total", (report.PerDayNanoampHours / 1_000_000.0).ToString("0.000", c) + " mAh");
        TableWriter.Write(output, table);
        output.WriteLine($"average current:     {report.PerDayNanoampHours / 24.0 / 1000.0:0.0} µA");
        output.WriteLine($"self-discharge:      {report.SelfDischargePerDayNanoampHours / 1_000_000.0:0.000} mAh/day");
        output.WriteLine($"allowance ({years} y):    {report.AllowanceNanoampHours / 1_000_000.0:0.000} mAh/day");
        var lifeYears = report.LifeDays / 365.25;
        output.WriteLine($"projected life:      {report.LifeDays} days ({lifeYears:0.0} years): "
            + (report.PerDayNanoampHours <= report.AllowanceNanoampHours ? $"meets the {years}-year target" : $"short of the {years}-year target; lengthen --report-interval or use the low-power board"));
    }
}
