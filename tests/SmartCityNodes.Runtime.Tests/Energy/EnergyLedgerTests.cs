// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using Microsoft.VisualStudio.TestTools.UnitTesting;
using SmartCityNodes.Runtime.Energy;

namespace SmartCityNodes.Runtime.Tests.Energy;

[TestClass]
public sealed class EnergyLedgerTests
{
    // One hand-worked wake on the low-power board (always-on 1225 nA, CPU active 50 mA → awake 50 001 225 nA):
    //   boot        (45 000 000 + 1225) nA × 500 000 µs / 3.6e9 = 6250.17 → 6250 nAh
    //   measurement (50 001 225 + 1 000 000) nA × 100 000 µs / 3.6e9 = 1416.70 → 1416 nAh (1 mA sensor, no warm-up)
    //   transmit    (50 001 225 + 45 000 000) nA × 50 000 µs / 3.6e9 = 1319.46 → 1319 nAh (+14 dBm)
    //   RX wait     801 225 nA × 1 000 000 µs / 3.6e9 = 222.56 → 222 nAh (light sleep)
    //   receive     (50 001 225 + 4 600 000) nA × 20 000 µs / 3.6e9 = 303.34 → 303 nAh
    //   flash       (50 000 000 + 1225) nA × 30 000 µs / 3.6e9 = 416.68 → 416 nAh
    //   deep sleep  11 225 nA × 900 s / 3600 = 2806.25 → 2806 nAh
    //   total 12 732 nAh (whole nAh per phase; the fractions stay in each phase's remainder).
    [TestMethod]
    public void HandWorkedWakeBooksEachPhase()
    {
        var ledger = new EnergyLedger(BoardEnergyProfiles.LowPowerEsp32Sx1262());
        ledger.Reset(0);
        ledger.BookBoot();
        ledger.BookSensor(0, 100, 1000, false);
        ledger.BookTransmit(14, 50_000);
        ledger.BookReceiveWait(1_000_000, true);
        ledger.BookReceive(20_000);
        ledger.BookFlashWrites(1);
        ledger.BookSleep(true, 900_000_000);

        Assert.AreEqual(6250L, ledger.PhaseNanoampHours(EnergyPhase.Boot));
        Assert.AreEqual(0L, ledger.PhaseNanoampHours(EnergyPhase.SensorWarmUp));
        Assert.AreEqual(1416L, ledger.PhaseNanoampHours(EnergyPhase.Measurement));
        Assert.AreEqual(1319L, ledger.PhaseNanoampHours(EnergyPhase.Transmit));
        Assert.AreEqual(222L, ledger.PhaseNanoampHours(EnergyPhase.ReceiveWait));
        Assert.AreEqual(303L, ledger.PhaseNanoampHours(EnergyPhase.Receive));
        Assert.AreEqual(416L, ledger.PhaseNanoampHours(EnergyPhase.FlashWrite));
        Assert.AreEqual(2806L, ledger.PhaseNanoampHours(EnergyPhase.DeepSleep));
        Assert.AreEqual(12732L, ledger.TotalNanoampHours);
    }

    [TestMethod]
    public void FractionsAreCarriedNotRoundedAway()
    {
        var ledger = new EnergyLedger(BoardEnergyProfiles.LowPowerEsp32Sx1262());

        // 1 µA for 1.8 s = 0.5 nAh each time: two make exactly 1 nAh, three still 1.
        ledger.Book(EnergyPhase.Compute, 1000, 1_800_000);
        Assert.AreEqual(0L, ledger.PhaseNanoampHours(EnergyPhase.Compute));
        ledger.Book(EnergyPhase.Compute, 1000, 1_800_000);
        Assert.AreEqual(1L, ledger.PhaseNanoampHours(EnergyPhase.Compute));
        ledger.Book(EnergyPhase.Compute, 1000, 1_800_000);
        Assert.AreEqual(1L, ledger.PhaseNanoampHours(EnergyPhase.Compute));
    }

    [TestMethod]
    public void LongSleepsStayExact()
    {
        var ledger = new EnergyLedger(BoardEnergyProfiles.LowPowerEsp32Sx1262());

        // 11 225 nA for 10 years (3652 days): 11 225 × 87 648 h = 983 848 800 nAh.
        ledger.BookSleep(true, 3652L * 24 * 3600 * 1_000_000);
        Assert.AreEqual(983_848_800L, ledger.PhaseNanoampHours(EnergyPhase.DeepSleep));
    }

    [TestMethod]
    public void RadioCountersAreBookedAsDeltasAndANewBootRebases()
    {
        var ledger = new EnergyLedger(BoardEnergyProfiles.LowPowerEsp32Sx1262());
        ledger.BeginWake(1_000, 500);
        ledger.BookRadioCounters(51_000, 20_500, 14); // +50 000 µs TX, +20 000 µs RX, as in the hand-worked wake
        Assert.AreEqual(1319L, ledger.PhaseNanoampHours(EnergyPhase.Transmit));
        Assert.AreEqual(303L, ledger.PhaseNanoampHours(EnergyPhase.Receive));
        ledger.BookRadioCounters(10, 10, 14); // counters restarted: nothing booked
        Assert.AreEqual(1319L, ledger.PhaseNanoampHours(EnergyPhase.Transmit));
        Assert.AreEqual(1622L, ledger.WakeNanoampHours);
    }

    [TestMethod]
    public void RecordRoundTripsAndRejectsDamageWithoutChange()
    {
        var ledger = new EnergyLedger(BoardEnergyProfiles.LowPowerEsp32Sx1262());
        ledger.Reset(5_000);
        ledger.BookBoot();
        ledger.Book(EnergyPhase.Compute, 1000, 1_800_000); // leaves a 0.5 nAh remainder
        ledger.BankNanoampHours = -1234;
        ledger.StretchFactor = 4;
        var buffer = new byte[EnergyLedger.RecordLength + 3];
        // Layout (docs/runtime-energy.md): 4 header + 11 phases × (8 total + 4 remainder) + installed 8 + day start 8
        // + day-start total 8 + bank 8 + stretch 1 + 3 padding + CRC-32 4 = 4 + 132 + 32 + 4 + 4 = 176 bytes.
        Assert.AreEqual(176, ledger.Write(buffer, 3));

        var restored = new EnergyLedger(BoardEnergyProfiles.LowPowerEsp32Sx1262());
        Assert.AreEqual(RuntimeRecordStatus.Ok, restored.Read(buffer, 3, 176), "status");
        Assert.AreEqual(6250L, restored.PhaseNanoampHours(EnergyPhase.Boot));
        Assert.AreEqual(5_000L, restored.InstalledAtMilliseconds);
        Assert.AreEqual(-1234L, restored.BankNanoampHours);
        Assert.AreEqual(4, restored.StretchFactor);
        restored.Book(EnergyPhase.Compute, 1000, 1_800_000); // the restored remainder completes the nAh
        Assert.AreEqual(1L, restored.PhaseNanoampHours(EnergyPhase.Compute));

        for (int i = 0; i < 176; i += 7)
        {
            var damaged = (byte[])buffer.Clone();
            damaged[3 + i] ^= 0x10;
            var target = new EnergyLedger(BoardEnergyProfiles.LowPowerEsp32Sx1262());
            Assert.AreNotEqual(RuntimeRecordStatus.Ok, target.Read(damaged, 3, 176), $"byte {i}");
            Assert.AreEqual(0L, target.TotalNanoampHours);
            Assert.AreEqual(1, target.StretchFactor);
        }

        Assert.AreEqual(RuntimeRecordStatus.TooShort, new EnergyLedger(BoardEnergyProfiles.LowPowerEsp32Sx1262()).Read(buffer, 3, 163));
    }
}
