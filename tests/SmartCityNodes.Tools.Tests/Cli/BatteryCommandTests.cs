// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using SmartCityNodes.Cli.Planning;
using SmartCityNodes.Runtime.Energy;

namespace SmartCityNodes.Tools.Tests.Cli;

/// <summary><c>scn battery</c>: the projection worked by hand from the board figures (firmware/Runtime/Energy/BoardEnergyProfiles.cs sources).</summary>
[TestClass]
public sealed class BatteryCommandTests
{
    /*
     Low-power board (ESP32 + SX1262 DC-DC + TPS7A02), report every 900 s, 11-byte payload at EU868 DR5, +14 dBm,
     100 ms measurement, 20 ms receive windows, 19 Ah cell at 1 %/year, 10-year target.
       always-on = TPS7A02 25 nA + SX1262 sleep 1200 nA                       = 1 225 nA
       boot      = (1 225 + 45 000 000 nA) × 500 000 µs                         = 22 500 612 500 000 nA·µs
       measure   = (1 225 + ESP32 active 50 000 000) × 100 000 µs              =  5 000 122 500 000
       transmit  = (50 001 225 + SX1262 +14 dBm 45 000 000) × 61 696 µs        =  5 861 195 577 600
                   (13 + 11 = 24 bytes at SF7/125 kHz = 61.696 ms, AN1200.13; the scn airtime README example)
       RX waits  = light sleep (1 225 + 800 000) × (2 000 000 − 20 000) µs     =  1 586 425 500 000
       receive   = (50 001 225 + 4 600 000) × 2 × 20 000 µs                    =  2 184 049 000 000
       flash     = (1 225 + 50 000 000) × 30 000 µs                             =  1 500 036 750 000
       awake per wake = 500 + 100 + 61.696 + 1 980 + 40 + 30 ms = 2 711.696 ms; 86 400 / 900 = 96 wakes
       deep sleep = (1 225 + 10 000) nA × (86 400 s − 96 × 2.711696 s = 86 139.677184 s) = 966 917 876 390 400 nA·µs
       day = 96 × 38 632 441 827 600 + 966 917 876 390 400 = 4 675 632 291 840 000 nA·µs / 3.6e9 = 1 298 786.7 nAh
             (the ledger floors each phase: between 1 298 780 and 1 298 786)
       boot per day = 96 × 22 500 612 500 000 / 3.6e9 = 600 016.3 → 600 016 nAh
       self-discharge = 19 000 000 000 nAh × 1 % / 365.25 = 520 191.6 → 520 191 nAh/day
       life = 19 000 000 000 / (1 298 78x + 520 191) = 10 445.5 → 10 445 days (28.6 years)
       allowance for 10 years (3652 days) of a 19 Ah cell: 4 682 437 nAh/day (docs/runtime-energy.md "Budget")
    */
    [TestMethod]
    public void TheLowPowerBoardMatchesTheHandCalculation()
    {
        var battery = BatteryProfile.SaftLs33600();
        battery.CapacityMicroampHours = 19_000_000;
        var report = BatteryProjection.Project(BoardEnergyProfiles.LowPowerEsp32Sx1262(), battery, new WakeSchedule(900, 100_000, 61_696, 14, 20_000), 3652);
        Assert.AreEqual(96, report.WakesPerDay);
        Assert.AreEqual(2_711_696, report.AwakeMicroseconds);
        Assert.AreEqual(600_016, report.Phases.Single(p => p.Phase == EnergyPhase.Boot).NanoampHours);
        Assert.IsTrue(report.PerDayNanoampHours is >= 1_298_780 and <= 1_298_786, report.PerDayNanoampHours.ToString());
        Assert.AreEqual(520_191, report.SelfDischargePerDayNanoampHours);
        Assert.AreEqual(4_682_437, report.AllowanceNanoampHours);
        Assert.AreEqual(10_445, report.LifeDays);
    }

    [TestMethod]
    public void TheCommandPrintsTheProjection()
    {
        var result = Scn.Run("battery", "--board", "low-power", "--report-interval", "900", "--battery-mah", "19000", "--years-target", "10");
        Assert.AreEqual(0, result.Exit, result.Error);
        StringAssert.Contains(result.Output, "96 wakes a day, DR5 uplink 61.696 ms on air");
        StringAssert.Contains(result.Output, "1.299 mAh");
        StringAssert.Contains(result.Output, "54.1 µA"); // 1 298 786 nAh / 24 h
        StringAssert.Contains(result.Output, "10445 days (28.6 years): meets the 10-year target");
    }

    [TestMethod]
    public void TheTtgoBoardFallsShortOfTenYears()
    {
        // Always-on floor: AP2112K 55 µA + USB bridge 100 µA + ESP32 deep sleep 10 µA ≈ 165 µA = 3.96 mAh/day on its own,
        // near the 4.68 mAh/day allowance before any wake (docs/runtime-energy.md, "One simulated year").
        var result = Scn.Run("battery", "--board", "ttgo", "--battery-mah", "19000");
        Assert.AreEqual(0, result.Exit, result.Error);
        StringAssert.Contains(result.Output, "short of the 10-year target");
    }

    [TestMethod]
    [DataRow(new[] { "battery" }, "Option '--board' is required", DisplayName = "no board")]
    [DataRow(new[] { "battery", "--board", "esp8266" }, "--board: 'esp8266' is not a board; use one of low-power, ttgo, heltec")]
    [DataRow(new[] { "battery", "--board", "ttgo", "--report-interval", "30" }, "--report-interval: 30 is outside 60..86400")]
    [DataRow(new[] { "battery", "--board", "ttgo", "--years-target", "0" }, "--years-target: 0 is outside 1..30")]
    [DataRow(new[] { "battery", "--board", "ttgo", "--dr", "9" }, "--dr: DR9 is not a LoRa uplink data rate of eu868")]
    [DataRow(new[] { "battery", "--board", "ttgo", "--dr", "0", "--payload", "60" }, "--payload: 60 bytes does not fit DR0 in eu868 (at most 51 bytes)")]
    [DataRow(new[] { "battery", "--board", "ttgo", "--report-interval", "often" }, "often", DisplayName = "not a number")]
    public void BadInputIsExitCodeTwo(string[] args, string expected) => Scn.AssertFails(2, expected, Scn.Run(args));
}
