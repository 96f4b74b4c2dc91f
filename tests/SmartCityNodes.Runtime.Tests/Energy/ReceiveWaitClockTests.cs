// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using Microsoft.VisualStudio.TestTools.UnitTesting;
using SmartCityNodes.Hal.Power;
using SmartCityNodes.Runtime.Energy;

namespace SmartCityNodes.Runtime.Tests.Energy;

[TestClass]
public sealed class ReceiveWaitClockTests
{
    // Low-power board: light floor 801 225 nA, awake idle 30 000 000 + 1225 = 30 001 225 nA, light-sleep exit 1 ms.
    // A 1 s class-A wait: 999 ms light sleep + 1 ms awake:
    //   801 225 × 999 000 + 30 001 225 × 1000 = 800 423 775 000 + 30 001 225 000 = 830 425 000 000 nA·µs → 230 nAh.
    // Awake for the whole second instead: 30 001 225 × 1 000 000 / 3.6e9 = 8333 nAh (36 times more).
    [TestMethod]
    public void OneSecondWaitIsSpentInLightSleepAndEndsOnTime()
    {
        var sleep = new SimulatedSleepController(1);
        var ledger = new EnergyLedger(BoardEnergyProfiles.LowPowerEsp32Sx1262());
        var clock = new ReceiveWaitClock(sleep, sleep, ledger);
        long start = clock.UptimeMicroseconds;
        clock.DelayMilliseconds(1000);
        Assert.AreEqual(start + 1_000_000, clock.UptimeMicroseconds); // the window opens exactly on time
        Assert.AreEqual(999_000L, clock.LightSleptMicroseconds);
        Assert.AreEqual(1_000L, clock.AwakeWaitedMicroseconds);
        Assert.AreEqual(1, sleep.LightSleepCount);
        Assert.AreEqual(230L, ledger.PhaseNanoampHours(EnergyPhase.ReceiveWait));
    }

    [TestMethod]
    public void BoardWithoutLightSleepInWakeWaitsAwake()
    {
        var profile = BoardEnergyProfiles.LowPowerEsp32Sx1262();
        profile.LightSleepInWakeAllowed = false;
        var sleep = new SimulatedSleepController(1);
        var ledger = new EnergyLedger(profile);
        var clock = new ReceiveWaitClock(sleep, sleep, ledger);
        clock.DelayMilliseconds(1000);
        Assert.AreEqual(0, sleep.LightSleepCount);
        Assert.AreEqual(8333L, ledger.PhaseNanoampHours(EnergyPhase.ReceiveWait));
    }

    [TestMethod]
    public void ShortWaitsStayAwakeAndMicrosecondWaitsAreBookedAwake()
    {
        var sleep = new SimulatedSleepController(1);
        var ledger = new EnergyLedger(BoardEnergyProfiles.LowPowerEsp32Sx1262());
        var clock = new ReceiveWaitClock(sleep, sleep, ledger);
        clock.DelayMilliseconds(1); // below exit latency + 1 ms minimum sleep
        clock.DelayMicroseconds(500);
        clock.DelayMilliseconds(0);
        Assert.AreEqual(0, sleep.LightSleepCount);
        Assert.AreEqual(1_500L, clock.UptimeMicroseconds);
        // The MAC places receive windows to the microsecond (whole ms first, then the rest): the 500 µs remainder is
        // awake receive-wait time too: 1 000 + 500.
        Assert.AreEqual(1_500L, clock.AwakeWaitedMicroseconds);
    }
}
