// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using Microsoft.VisualStudio.TestTools.UnitTesting;
using SmartCityNodes.Hal.Power;
using SmartCityNodes.LoRaWan.Mac;
using SmartCityNodes.LoRaWan.Region;
using SmartCityNodes.Runtime.Energy;

namespace SmartCityNodes.Runtime.Tests.Energy;

[TestClass]
public sealed class ClassAWaitIntegrationTests
{
    /// <summary>Light sleep on the MAC tests' virtual clock: sleeping advances the same time line the radio sees.</summary>
    private sealed class VirtualClockSleep : ISleepController
    {
        private readonly VirtualClock _clock;

        public VirtualClockSleep(VirtualClock clock) => _clock = clock;

        public int LightSleeps { get; private set; }

        public WakeCause WakeCause => WakeCause.Timer;

        public int WakePin => SleepLimits.NoPin;

        public long RtcMilliseconds => _clock.UptimeMilliseconds;

        public SleepStatus DeepSleep(long durationMicroseconds, int wakePin, bool wakeLevelHigh) => SleepStatus.Refused;

        public SleepStatus LightSleep(long durationMicroseconds, int wakePin, bool wakeLevelHigh)
        {
            LightSleeps++;
            _clock.DelayMicroseconds((int)durationMicroseconds);
            return SleepStatus.Ok;
        }
    }

    private sealed class NullStore : IMacStateStore
    {
        public bool Save(byte[] record, int offset, int count) => true;

        public int Load(byte[] buffer, int offset, int capacity) => 0;
    }

    /// <summary>
    /// MacEngine.Send through ReceiveWaitClock (EU868, ABP at DR0 = SF12/125 kHz, no downlink), with the windows as the MAC
    /// places them (LoRaMac-node's formula, MacEngine.OpenWindow): Ts = 2^12 / 125 kHz = 32 768 µs; the window must hear a
    /// preamble starting from −10 000 µs to +11 000 µs (±10 ms error, +1 ms TxEnd resolution); symbols =
    /// max(ceil((21 000 + (2·6 − 8)·32 768) / 32 768), 6) = max(ceil(4.64), 6) = 6; listen offset =
    /// (−10 000 + 11 000 − (6 − 8)·32 768) / 2 = 33 268 µs after the nominal time. So RX1 listens at TxEnd + 1 033.268 ms and
    /// RX2 (also DR0 in EU868) at TxEnd + 2 033.268 ms, exactly as with an awake clock, while the waits are light-slept.
    /// By hand: wait to RX1 1 033 268 µs = 1 032 ms light (1 033 ms less the 1 ms light-sleep exit) + 1 ms awake + 268 µs
    /// awake; RX1 open 20 ms (scripted time-out); wait to RX2 980 ms = 979 ms light + 1 ms awake.
    /// Charge: 801 225 nA × 2 011 000 µs + 30 001 225 nA × 2 268 µs = 1 679 306 253 300 nA·µs → 466 nAh,
    /// against 30 001 225 × 2 013 268 / 3.6e9 = 16 778 nAh awake (and 50 ms SF7-like TX at +14 dBm = 1319 nAh).
    /// </summary>
    [TestMethod]
    public void ReceiveWindowsOpenOnTimeWhileTheWaitsAreLightSlept()
    {
        var clock = new VirtualClock(1_000_000);
        var radio = new ScriptedRadio(clock);
        var sleep = new VirtualClockSleep(clock);
        var ledger = new EnergyLedger(BoardEnergyProfiles.LowPowerEsp32Sx1262());
        var waitClock = new ReceiveWaitClock(clock, sleep, ledger);
        var engine = new MacEngine(new MacState(RegionParameters.Get(RegionId.Eu868)), radio, waitClock, new NullStore()) { RxWindowErrorMilliseconds = 10 };
        engine.ActivateByPersonalization(0x26011BDA, new byte[16], new byte[16], 0, 0);
        radio.ReplyNothing();
        radio.ReplyNothing();
        var result = new MacTransactionResult();

        engine.Send(1, new byte[] { 1, 2, 3, 4 }, 0, 4, false, result);

        long txEnd = radio.Transmissions[0].EndMilliseconds;
        Assert.AreEqual(2, radio.Windows.Count);
        Assert.AreEqual(txEnd + 1033, radio.Windows[0].OpenMilliseconds);
        Assert.AreEqual(txEnd + 2033, radio.Windows[1].OpenMilliseconds);
        Assert.AreEqual(2, sleep.LightSleeps);
        Assert.AreEqual(2_011_000L, waitClock.LightSleptMicroseconds);
        Assert.AreEqual(2_268L, waitClock.AwakeWaitedMicroseconds);
        Assert.AreEqual(466L, ledger.PhaseNanoampHours(EnergyPhase.ReceiveWait));

        ledger.BookRadioCounters(radio.TransmitTimeMicroseconds, radio.ReceiveTimeMicroseconds, 14);
        Assert.AreEqual(1319L, ledger.PhaseNanoampHours(EnergyPhase.Transmit)); // 50 ms scripted airtime, as in the hand-worked wake
    }
}
