// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using SmartCityNodes.Hal.Radio;

namespace SmartCityNodes.Radio.Tests
{
    /// <summary>Every SX1276 fault returns its status, leaves the chip in Sleep and ends within a computed bound.</summary>
    [TestClass]
    public sealed class Sx1276FaultTests : ChipModelTest
    {
        [TestMethod]
        [DataRow(0x22)] // another silicon revision
        [DataRow(0x00)] // no chip: MISO low
        [DataRow(0xFF)] // no chip: MISO pulled up
        public void Initialize_WrongVersion_ReturnsWrongChipAndSleeps(int version)
        {
            var rig = new Sx1276Rig();
            rig.Chip.Version = (byte)version;

            Assert.AreEqual(RadioStatus.WrongChip, rig.Radio.Initialize());

            Assert.AreEqual(Sx1276Simulator.ModeSleep, rig.Chip.Mode);
            Assert.AreEqual(RadioStatus.NotInitialized, rig.Radio.Transmit(Settings.Uplink(), Settings.FourBytes, 0, 4, out _));
            Assert.AreEqual(RadioStatus.NotInitialized, rig.Radio.Receive(Settings.Downlink(), new byte[64], 0, new RadioPacket()));
        }

        [TestMethod]
        public void Transmit_TxDoneNeverArrives_ReturnsTxTimeoutSleepsAndIsBounded()
        {
            var rig = new Sx1276Rig().Initialized();
            rig.Chip.TxNeverCompletes = true;
            long before = rig.Clock.UptimeMilliseconds;

            Assert.AreEqual(RadioStatus.TxTimeout, rig.Radio.Transmit(Settings.Uplink(), Settings.FourBytes, 0, 4, out long txEnd));

            // The first TX in the band runs the image calibration (10 ms in the model), then the bound: airtime
            // 30.976 ms → 31 ms, + margin 31 / 10 + 20 = 23 ms → deadline 54 ms after TX start; 64 ms in all.
            long waited = rig.Clock.UptimeMilliseconds - before;
            Assert.IsTrue(waited >= 64 && waited <= 66, waited.ToString());
            Assert.AreEqual(0, txEnd);
            Assert.AreEqual(Sx1276Simulator.ModeSleep, rig.Chip.Mode);
            Assert.AreEqual("81 80", rig.Chip.Log[^1]);
            Assert.IsTrue(rig.Radio.TransmitTimeMicroseconds >= 54000, "time in TX still feeds the energy ledger");
        }

        [TestMethod]
        public void Transmit_Dio0TraceBroken_ReturnsTxTimeoutAndSleeps()
        {
            var clock = new VirtualClock();
            var chip = new Sx1276Simulator(clock);
            var radio = new SmartCityNodes.Drivers.Radio.Sx127x.Sx1276(chip, chip.Reset, new StuckPin(false), chip.Dio1, clock, SmartCityNodes.Boards.TtgoLoRa32V21.CreateRadioProfile());
            Assert.AreEqual(RadioStatus.Ok, radio.Initialize());

            Assert.AreEqual(RadioStatus.TxTimeout, radio.Transmit(Settings.Uplink(), Settings.FourBytes, 0, 4, out _));
            Assert.AreEqual(Sx1276Simulator.ModeSleep, chip.Mode);
        }

        [TestMethod]
        public void Receive_CrcError_ReturnsCrcErrorDropsPacketAndSleeps()
        {
            var rig = new Sx1276Rig().Initialized();
            rig.Chip.Downlink = Settings.TwelveBytes;
            rig.Chip.DownlinkCrcError = true;
            var buffer = new byte[64];

            RadioPacket packet = new RadioPacket();
            Assert.AreEqual(RadioStatus.CrcError, rig.Radio.Receive(Settings.Downlink(), buffer, 0, packet));

            Assert.AreEqual(0, packet.Length);
            Assert.IsTrue(buffer.All(b => b == 0), "nothing of a bad packet reaches the caller");
            Assert.IsFalse(rig.Chip.Log.Any(line => line.StartsWith("00 ")), "FIFO not read");
            Assert.AreEqual((byte)0, rig.Chip.Register(Sx1276Simulator.RegIrqFlags));
            Assert.AreEqual(Sx1276Simulator.ModeSleep, rig.Chip.Mode);
        }

        [TestMethod]
        public void Receive_NoIrqEver_ReturnsHardwareFaultWithinBound()
        {
            var rig = new Sx1276Rig().Initialized();
            rig.Chip.ReceiverSilent = true;
            long before = rig.Clock.UptimeMilliseconds;

            var settings = Settings.Downlink(868100000, sf: 7, maxLength: 64);
            Assert.AreEqual(RadioStatus.HardwareFault, rig.Radio.Receive(settings, new byte[64], 0, new RadioPacket()));

            // Bound = window + longest packet: 8 × 1.024 ms = 8.192 ms; 64 bytes with CRC at SF7:
            // 8 + ceil((512 - 28 + 28 + 16) / 28) × 5 = 8 + 19 × 5 = 103 symbols, + 12.25 → 115.25 × 1.024 = 118.016 ms;
            // total 126.208 → 127 ms, margin 127 / 10 + 20 = 32 ms → gives up 159 ms after RX start. Before it the image
            // calibration (10 ms in the model) already used up the 3 ms set-up allowance, so no padding: 169 ms in all.
            long waited = rig.Clock.UptimeMilliseconds - before;
            Assert.IsTrue(waited >= 169 && waited <= 171, waited.ToString());
            Assert.AreEqual(Sx1276Simulator.ModeSleep, rig.Chip.Mode);
        }

        [TestMethod]
        public void Receive_PacketLongerThanMaxLength_ReturnsInvalidLengthAndSleeps()
        {
            var rig = new Sx1276Rig().Initialized();
            rig.Chip.Downlink = Settings.TwelveBytes;

            RadioPacket packet = new RadioPacket();
            Assert.AreEqual(RadioStatus.InvalidLength, rig.Radio.Receive(Settings.Downlink(maxLength: 11), new byte[64], 0, packet));
            Assert.AreEqual(0, packet.Length);
            Assert.AreEqual(Sx1276Simulator.ModeSleep, rig.Chip.Mode);
        }

        [TestMethod]
        public void Receive_BufferTooSmall_ReturnsInvalidLength()
        {
            var rig = new Sx1276Rig().Initialized();
            rig.Chip.Downlink = Settings.TwelveBytes;

            Assert.AreEqual(RadioStatus.InvalidLength, rig.Radio.Receive(Settings.Downlink(), new byte[16], 8, new RadioPacket()));
            Assert.AreEqual(Sx1276Simulator.ModeSleep, rig.Chip.Mode);
        }

        [TestMethod]
        public void Calls_BeforeInitialize_ReturnNotInitialized()
        {
            var rig = new Sx1276Rig();

            Assert.AreEqual(RadioStatus.NotInitialized, rig.Radio.Sleep());
            Assert.AreEqual(RadioStatus.NotInitialized, rig.Radio.Transmit(Settings.Uplink(), Settings.FourBytes, 0, 4, out _));
            Assert.AreEqual(0u, rig.Radio.Random());
            Assert.AreEqual(0, rig.Chip.Log.Count);
        }

        [TestMethod]
        [DataRow(100000000u, 7, 125000, 14, 4, RadioStatus.InvalidFrequency)]
        [DataRow(1100000000u, 7, 125000, 14, 4, RadioStatus.InvalidFrequency)]
        [DataRow(868100000u, 6, 125000, 14, 4, RadioStatus.InvalidModulation)]
        [DataRow(868100000u, 13, 125000, 14, 4, RadioStatus.InvalidModulation)]
        [DataRow(868100000u, 7, 62500, 14, 4, RadioStatus.InvalidModulation)]
        [DataRow(868100000u, 7, 125000, 21, 4, RadioStatus.InvalidPower)]
        [DataRow(868100000u, 7, 125000, 1, 4, RadioStatus.InvalidPower)]
        [DataRow(868100000u, 7, 125000, 14, 0, RadioStatus.InvalidLength)]
        [DataRow(868100000u, 7, 125000, 14, 256, RadioStatus.InvalidLength)]
        public void Transmit_BadArguments_ReturnStatusWithoutTouchingTheChip(uint frequencyHz, int sf, int bandwidthHz, int powerDbm, int count, RadioStatus expected)
        {
            var rig = new Sx1276Rig().Initialized();

            Assert.AreEqual(expected, rig.Radio.Transmit(Settings.Uplink(frequencyHz, sf, bandwidthHz, powerDbm), new byte[300], 0, count, out _));
            Assert.AreEqual(0, rig.Chip.Log.Count);
        }

        [TestMethod]
        public void Transmit_NullBuffer_IsMisuseAndThrows()
        {
            var rig = new Sx1276Rig().Initialized();
            Assert.ThrowsExactly<ArgumentNullException>(() => rig.Radio.Transmit(Settings.Uplink(), null!, 0, 4, out _));
        }
    }
}
