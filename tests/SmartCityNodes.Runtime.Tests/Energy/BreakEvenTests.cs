// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using Microsoft.VisualStudio.TestTools.UnitTesting;
using SmartCityNodes.Runtime.Energy;

namespace SmartCityNodes.Runtime.Tests.Energy;

[TestClass]
public sealed class BreakEvenTests
{
    private static BoardEnergyProfile Profile(string name) => name switch
    {
        "ttgo" => BoardEnergyProfiles.TtgoLoRa32V21(),
        "heltec" => BoardEnergyProfiles.HeltecWiFiLoRa32V3(),
        _ => BoardEnergyProfiles.LowPowerEsp32Sx1262(),
    };

    // Break-even t* = boot charge / (light floor − deep floor), by hand:
    // low-power: always-on = 25 nA (TPS7A02) + 1200 nA (SX1262 sleep) = 1225 nA;
    //   deep floor 10 µA + 1225 nA = 11 225 nA, light floor 800 µA + 1225 nA = 801 225 nA, difference 790 000 nA;
    //   boot (45 mA + 1225 nA) × 0.5 s = 45 001 225 nA × 500 000 µs = 22 500 612 500 000 nA·µs;
    //   / 790 000 nA = 28 481 787 µs → 28 482 ms rounded up.
    // TTGO: always-on = 55 µA (AP2112K) + 100 µA (USB bridge) + 200 nA (SX1276 sleep) = 155 200 nA; difference
    //   again 800 − 10 µA = 790 000 nA; 45 155 200 × 500 000 / 790 000 = 28 579 240 µs → 28 580 ms.
    // Heltec V3: always-on = 10 µA + 1200 nA = 11 200 nA; difference 240 − 8 µA = 232 000 nA;
    //   45 011 200 × 500 000 / 232 000 = 97 006 896 µs → 97 007 ms.
    [TestMethod]
    [DataRow("low-power", 11225L, 801225L, 28482L)]
    [DataRow("ttgo", 165200L, 955200L, 28580L)]
    [DataRow("heltec", 19200L, 251200L, 97007L)]
    public void BreakEvenMatchesHandComputation(string board, long deepFloorNanoamps, long lightFloorNanoamps, long breakEvenMilliseconds)
    {
        var profile = Profile(board);
        Assert.AreEqual(deepFloorNanoamps, profile.DeepSleepFloorNanoamps);
        Assert.AreEqual(lightFloorNanoamps, profile.LightSleepFloorNanoamps);
        Assert.AreEqual(breakEvenMilliseconds, profile.BreakEvenMilliseconds);
    }

    [TestMethod]
    public void AtTheBreakEvenBothSleepsCostTheSameWithinOneNanoampHour()
    {
        var profile = BoardEnergyProfiles.LowPowerEsp32Sx1262();
        long t = profile.BreakEvenMilliseconds * 1000;
        long deep = profile.BootChargeNanoampHours + EnergyUnits.ChargeNanoampHours(profile.DeepSleepFloorNanoamps, t);
        long light = EnergyUnits.ChargeNanoampHours(profile.LightSleepFloorNanoamps, t);

        // 801 225 nA × 28.482 s / 3600 = 6339.0 nAh; 6250.2 + 88.8 = 6339.0 nAh.
        Assert.IsTrue(System.Math.Abs(deep - light) <= 1, $"deep {deep} light {light}");
    }

    [TestMethod]
    public void TransmitCurrentRoundsUpToTheNextDatasheetStep()
    {
        var sx1276 = BoardEnergyProfiles.TtgoLoRa32V21();
        Assert.AreEqual(87000, sx1276.TransmitMicroamps(14)); // no PA_BOOST figure below +17 dBm: counted at +17
        Assert.AreEqual(87000, sx1276.TransmitMicroamps(17));
        Assert.AreEqual(120000, sx1276.TransmitMicroamps(18));
        Assert.AreEqual(120000, sx1276.TransmitMicroamps(20));
        var sx1262 = BoardEnergyProfiles.LowPowerEsp32Sx1262();
        Assert.AreEqual(45000, sx1262.TransmitMicroamps(14));
        Assert.AreEqual(118000, sx1262.TransmitMicroamps(15));
        Assert.AreEqual(118000, sx1262.TransmitMicroamps(30)); // above the table: the last step
    }

    [TestMethod]
    public void ProfileWithoutTransmitTableIsRejected()
    {
        var profile = BoardEnergyProfiles.LowPowerEsp32Sx1262();
        profile.RadioTransmitMicroamps = new int[] { 45000 };
        Assert.ThrowsExactly<System.ArgumentException>(() => new EnergyLedger(profile));
        profile = BoardEnergyProfiles.LowPowerEsp32Sx1262();
        profile.BootMicroseconds = 0;
        Assert.ThrowsExactly<System.ArgumentOutOfRangeException>(() => new EnergyLedger(profile));
    }
}
