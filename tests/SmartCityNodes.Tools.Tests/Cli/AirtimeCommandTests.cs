// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace SmartCityNodes.Tools.Tests.Cli;

/// <summary>
/// <c>scn airtime</c>. Expected times by hand with Semtech AN1200.13 §4 (preamble 8, CR 4/5, explicit header, CRC on):
/// PHYPayload = 13 + 11 = 24 bytes.
/// SF7/125: T_sym = 1.024 ms; preamble 12.25 × 1.024 = 12.544 ms; n = 8 + ceil((192 − 28 + 28 + 16) / 28) × 5 = 48;
/// 48 × 1.024 = 49.152 → 61.696 ms; 1 % = 36 s per hour → floor(36 / 0.061696) = 583 uplinks, one per 6.17 s.
/// SF12/125 (LDRO): T_sym = 32.768 ms; preamble 401.408 ms; n = 8 + ceil((192 − 48 + 28 + 16) / 40) × 5 = 33;
/// 33 × 32.768 = 1081.344 → 1482.752 ms; floor(36 / 1.482752) = 24 uplinks, one per 148.28 s.
/// SF10/125 (US915 DR0): T_sym 8.192 ms; 100.352 + (8 + ceil(196 / 40) × 5) × 8.192 = 100.352 + 270.336 = 370.688 ms.
/// Maximum payloads: RP002-1.0.4 EU868 N = 51 (DR0-2), 115 (DR3), 242 (DR4-7).
/// </summary>
[TestClass]
public sealed class AirtimeCommandTests
{
    [TestMethod]
    [DataRow("5", "SF7/125", "61.696 ms", "242 B", "6.17 s", "583")]
    [DataRow("0", "SF12/125", "1482.752 ms", "51 B", "148.28 s", "24")]
    public void Eu868OneDataRate(string dataRate, string sfBw, string timeOnAir, string maxPayload, string interval, string perHour)
    {
        var result = Scn.Run("airtime", "--payload", "11", "--region", "eu868", "--dr", dataRate);
        Assert.AreEqual(0, result.Exit, result.Error);
        var row = result.Output.Split('\n').Single(l => l.StartsWith("| DR" + dataRate, StringComparison.Ordinal));
        var cells = row.Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        CollectionAssert.AreEqual(new[] { "DR" + dataRate, sfBw, "24 B", timeOnAir, maxPayload, interval, perHour }, cells);
        StringAssert.Contains(result.Output, "36 s of airtime per hour");
    }

    [TestMethod]
    public void AllDataRatesByDefaultAndNoDutyCycleInUs915()
    {
        var eu = Scn.Run("airtime", "--payload", "11");
        Assert.AreEqual(7, eu.Output.Split('\n').Count(l => System.Text.RegularExpressions.Regex.IsMatch(l, "^\\| DR[0-9]")), "EU868 LoRa uplink DR0..DR6");

        var us = Scn.Run("airtime", "--payload", "11", "-r", "us915", "--dr", "DR0");
        Assert.AreEqual(0, us.Exit, us.Error);
        var row = us.Output.Split('\n').Single(l => l.StartsWith("| DR0", StringComparison.Ordinal));
        StringAssert.Contains(row, "370.688 ms");
        StringAssert.Contains(row, "no duty cycle");
    }

    [TestMethod]
    public void ListingFlagsPayloadsThatDoNotFit()
    {
        var result = Scn.Run("airtime", "--payload", "52");
        Assert.AreEqual(0, result.Exit);
        StringAssert.Contains(result.Output.Split('\n').Single(l => l.StartsWith("| DR2", StringComparison.Ordinal)), "payload too long");
        Assert.IsFalse(result.Output.Split('\n').Single(l => l.StartsWith("| DR3", StringComparison.Ordinal)).Contains("too long", StringComparison.Ordinal));
    }

    [TestMethod]
    [DataRow("--payload: 52 bytes does not fit DR0 in eu868 (at most 51 bytes", "--payload", "52", "--dr", "0")]
    [DataRow("--payload: 50 bytes does not fit DR0 in eu868 (at most 49 bytes with 2 FOpts bytes)", "--payload", "50", "--dr", "0", "--fopts", "2")]
    [DataRow("--region: 'eu433' is not a region", "--payload", "10", "--region", "eu433")]
    [DataRow("--dr: DR7 is not a LoRa uplink data rate of eu868", "--payload", "10", "--dr", "7")]
    [DataRow("--payload: 'ten' is not a number from 0 to 242", "--payload", "ten")]
    [DataRow("--fopts: '16' is not a number from 0 to 15", "--payload", "1", "--fopts", "16")]
    public void BadPlanningInputExitsTwo(string expected, params string[] args)
    {
        Scn.AssertFails(2, expected, Scn.Run(new[] { "airtime" }.Concat(args).ToArray()));
    }
}
