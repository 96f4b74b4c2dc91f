// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using SmartCityNodes.Hal.Radio;

namespace SmartCityNodes.Radio.Tests
{
    /// <summary>Every SX1262 fault returns its status, leaves the chip asleep (or reset) and ends within a computed bound.</summary>
    [TestClass]
    public sealed class Sx1262FaultTests : ChipModelTest
    {
        [TestMethod]
        public void Initialize_BusyStuckHigh_ReturnsBusyTimeoutWithinBound()
        {
            var rig = new Sx1262Rig();
            rig.Chip.BusyStuck = true;

            Assert.AreEqual(RadioStatus.BusyTimeout, rig.Radio.Initialize());

            // Two resets (initial + recovery), each followed by one 20 ms BUSY wait (400 polls of 50 µs): ~40.2 ms.
            Assert.IsTrue(rig.Clock.UptimeMicroseconds <= 41000, rig.Clock.UptimeMicroseconds.ToString());
            Assert.AreEqual(2, rig.Chip.ResetPulses);
            Assert.AreEqual(0, rig.Chip.Log.Count, "nothing is clocked into a chip that never leaves BUSY");
            Assert.AreEqual(0, rig.Chip.Violations.Count);
        }

        [TestMethod]
        public void Transmit_BusyStuckHigh_ReturnsBusyTimeoutResetsAndRecoversOnNextCall()
        {
            var rig = new Sx1262Rig().Initialized();
            rig.Chip.BusyStuck = true;
            long before = rig.Clock.UptimeMicroseconds;

            Assert.AreEqual(RadioStatus.BusyTimeout, rig.Radio.Transmit(Settings.Uplink(), Settings.FourBytes, 0, 4, out _));

            Assert.IsTrue(rig.Clock.UptimeMicroseconds - before <= 41000, (rig.Clock.UptimeMicroseconds - before).ToString());
            Assert.AreEqual(2, rig.Chip.ResetPulses, "the recovery pulsed NRESET");
            Assert.AreEqual(0, rig.Chip.Violations.Count, "no command was sent while BUSY was high");

            // The line comes back: the next call re-configures the reset chip (TCXO, sync word, ...) and transmits.
            rig.Chip.BusyStuck = false;
            rig.Chip.Log.Clear();
            Assert.AreEqual(RadioStatus.Ok, rig.Radio.Transmit(Settings.Uplink(), Settings.FourBytes, 0, 4, out _));
            Assert.IsTrue(rig.Chip.Log.Contains("97 02 00 01 40"));
            Assert.IsTrue(rig.Chip.Log.Contains("0D 07 40 34 44"));
            Assert.AreEqual(Sx1262Simulator.ChipState.Sleep, rig.Chip.State);
            Assert.AreEqual(0, rig.Chip.Violations.Count, string.Join("; ", rig.Chip.Violations));
        }

        [TestMethod]
        public void Receive_BusyStuckHigh_ReturnsBusyTimeout()
        {
            var rig = new Sx1262Rig().Initialized();
            rig.Chip.BusyStuck = true;

            RadioPacket packet = new RadioPacket();
            Assert.AreEqual(RadioStatus.BusyTimeout, rig.Radio.Receive(Settings.Downlink(), new byte[64], 0, packet));
            Assert.AreEqual(0, packet.Length);
        }

        [TestMethod]
        public void Initialize_NoChip_ReturnsWrongChip()
        {
            var rig = new Sx1262Rig();
            rig.Chip.NoChip = true;

            Assert.AreEqual(RadioStatus.WrongChip, rig.Radio.Initialize());

            // Identity read, then SetSleep (best effort) and nothing else.
            CollectionAssert.AreEqual(new[] { "1D 07 40 00 00 00", "84 04" }, rig.Chip.Log);
            Assert.AreEqual(RadioStatus.NotInitialized, rig.Radio.Transmit(Settings.Uplink(), Settings.FourBytes, 0, 4, out _));
        }

        [TestMethod]
        public void Transmit_TxDoneNeverArrives_ReturnsTxTimeoutSleepsAndIsBounded()
        {
            var rig = new Sx1262Rig().Initialized();
            rig.Chip.TxNeverCompletes = true;
            long before = rig.Clock.UptimeMilliseconds;

            Assert.AreEqual(RadioStatus.TxTimeout, rig.Radio.Transmit(Settings.Uplink(), Settings.FourBytes, 0, 4, out long txEnd));

            // Commands before SetTx take a few hundred µs of BUSY polling; then 31 ms airtime + 23 ms margin.
            long waited = rig.Clock.UptimeMilliseconds - before;
            Assert.IsTrue(waited >= 54 && waited <= 58, waited.ToString());
            Assert.AreEqual(0, txEnd);
            Assert.AreEqual(Sx1262Simulator.ChipState.Sleep, rig.Chip.State);
            CollectionAssert.AreEqual(new[] { "80 00", "84 04" }, rig.Chip.Log.TakeLast(2).ToArray());
        }

        [TestMethod]
        public void Transmit_ChipTimerFiresInsteadOfTxDone_ReturnsTxTimeout()
        {
            var rig = new Sx1262Rig().Initialized();
            rig.Chip.TxDoneMissing = true;
            long before = rig.Clock.UptimeMilliseconds;

            Assert.AreEqual(RadioStatus.TxTimeout, rig.Radio.Transmit(Settings.Uplink(), Settings.FourBytes, 0, 4, out _));

            // The TCXO starts first (5 ms, §13.3.6), then the chip's own 42 ms SetTx timer raises Timeout before the
            // driver's 54 ms deadline.
            long waited = rig.Clock.UptimeMilliseconds - before;
            Assert.IsTrue(waited >= 47 && waited <= 50, waited.ToString());
            Assert.AreEqual(Sx1262Simulator.ChipState.Sleep, rig.Chip.State);
        }

        [TestMethod]
        public void Receive_CrcError_ReturnsCrcErrorAndSleeps()
        {
            var rig = new Sx1262Rig().Initialized();
            rig.Chip.Downlink = Settings.TwelveBytes;
            rig.Chip.DownlinkCrcError = true;
            var buffer = new byte[64];

            RadioPacket packet = new RadioPacket();
            Assert.AreEqual(RadioStatus.CrcError, rig.Radio.Receive(Settings.Downlink(), buffer, 0, packet));

            Assert.AreEqual(0, packet.Length);
            Assert.IsTrue(buffer.All(b => b == 0));
            Assert.IsFalse(rig.Chip.Log.Any(line => line.StartsWith("1E ")), "buffer not read");
            Assert.AreEqual(Sx1262Simulator.ChipState.Sleep, rig.Chip.State);
        }

        [TestMethod]
        public void Receive_HeaderError_ReturnsCrcErrorStopsReceiverAndSleeps()
        {
            var rig = new Sx1262Rig().Initialized();
            rig.Chip.Downlink = Settings.TwelveBytes;
            rig.Chip.DownlinkHeaderError = true;

            Assert.AreEqual(RadioStatus.CrcError, rig.Radio.Receive(Settings.Downlink(), new byte[64], 0, new RadioPacket()));
            Assert.AreEqual(Sx1262Simulator.ChipState.Sleep, rig.Chip.State);
            Assert.AreEqual(0, rig.Chip.Violations.Count, string.Join("; ", rig.Chip.Violations));
        }

        [TestMethod]
        public void Receive_Dio1Dead_ReturnsHardwareFaultWithinBound()
        {
            var clock = new VirtualClock();
            var chip = new Sx1262Simulator(clock);
            var radio = new SmartCityNodes.Drivers.Radio.Sx126x.Sx1262(chip, chip.Reset, chip.Busy, new StuckPin(false), clock, SmartCityNodes.Boards.HeltecWiFiLoRa32V3.CreateRadioProfile());
            Assert.AreEqual(RadioStatus.Ok, radio.Initialize());
            long before = clock.UptimeMilliseconds;

            Assert.AreEqual(RadioStatus.HardwareFault, radio.Receive(Settings.Downlink(868100000, sf: 7, maxLength: 64), new byte[64], 0, new RadioPacket()));

            // Same bound as the SX1276 case: 127 ms expected + 32 ms margin = 159 ms after SetRx, plus command time.
            long waited = clock.UptimeMilliseconds - before;
            Assert.IsTrue(waited >= 159 && waited <= 163, waited.ToString());
            Assert.AreEqual(Sx1262Simulator.ChipState.Sleep, chip.State);
        }

        [TestMethod]
        public void Receive_PacketLongerThanMaxLength_ReturnsInvalidLengthAndSleeps()
        {
            var rig = new Sx1262Rig().Initialized();
            rig.Chip.Downlink = Settings.TwelveBytes;

            RadioPacket packet = new RadioPacket();
            Assert.AreEqual(RadioStatus.InvalidLength, rig.Radio.Receive(Settings.Downlink(maxLength: 11), new byte[64], 0, packet));
            Assert.AreEqual(0, packet.Length);
            Assert.AreEqual(Sx1262Simulator.ChipState.Sleep, rig.Chip.State);
        }

        [TestMethod]
        [DataRow(100000000u, 7, 14, RadioStatus.InvalidFrequency)]
        [DataRow(1000000000u, 7, 14, RadioStatus.InvalidFrequency)]
        [DataRow(868100000u, 5, 14, RadioStatus.InvalidModulation)]
        [DataRow(868100000u, 7, 23, RadioStatus.InvalidPower)]
        [DataRow(868100000u, 7, -10, RadioStatus.InvalidPower)]
        public void Transmit_BadArguments_ReturnStatusWithoutTouchingTheChip(uint frequencyHz, int sf, int powerDbm, RadioStatus expected)
        {
            var rig = new Sx1262Rig().Initialized();

            Assert.AreEqual(expected, rig.Radio.Transmit(Settings.Uplink(frequencyHz, sf, 125000, powerDbm), Settings.FourBytes, 0, 4, out _));
            Assert.AreEqual(0, rig.Chip.Log.Count);
        }
    }
}
