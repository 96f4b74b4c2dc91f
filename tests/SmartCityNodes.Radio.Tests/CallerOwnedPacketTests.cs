// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using SmartCityNodes.Hal.Radio;

namespace SmartCityNodes.Radio.Tests
{
    /// <summary>
    /// The MAC owns one <see cref="RadioPacket"/> and one settings instance of each kind and hands them to every window
    /// (issue 15: no struct on nanoCLR). A window must therefore never report what an earlier window left in the packet,
    /// and the drivers read the settings without changing them.
    /// </summary>
    [TestClass]
    public sealed class CallerOwnedPacketTests : ChipModelTest
    {
        [TestMethod]
        public void Sx1276_TimeoutAfterAPacket_ReportsZeroLengthInTheReusedPacket()
        {
            var rig = new Sx1276Rig().Initialized();
            AssertTimeoutClearsThePacket(rig.Radio, frame => rig.Chip.Downlink = frame);
        }

        [TestMethod]
        public void Sx1262_TimeoutAfterAPacket_ReportsZeroLengthInTheReusedPacket()
        {
            var rig = new Sx1262Rig().Initialized();
            AssertTimeoutClearsThePacket(rig.Radio, frame => rig.Chip.Downlink = frame);
        }

        [TestMethod]
        public void Sx1276_RejectedWindow_ClearsTheReusedPacket()
        {
            var rig = new Sx1276Rig().Initialized();
            rig.Chip.Downlink = Settings.TwelveBytes;
            var packet = new RadioPacket();
            Assert.AreEqual(RadioStatus.Ok, rig.Radio.Receive(Settings.Downlink(), new byte[64], 0, packet));

            // A symbol timeout of 0 is outside 1..1023 (SX1276 rev 7 §6.4, 10-bit SymbTimeout): refused before the chip is touched.
            Assert.AreEqual(RadioStatus.InvalidModulation, rig.Radio.Receive(Settings.Downlink(symbolTimeout: 0), new byte[64], 0, packet));
            Assert.AreEqual(0, packet.Length);
            Assert.AreEqual(0L, packet.EndMilliseconds);
        }

        [TestMethod]
        public void Sx1276_NullSettingsOrPacket_Throw()
        {
            var rig = new Sx1276Rig().Initialized();
            AssertRejectsNull(rig.Radio);
        }

        [TestMethod]
        public void Sx1262_NullSettingsOrPacket_Throw()
        {
            var rig = new Sx1262Rig().Initialized();
            AssertRejectsNull(rig.Radio);
        }

        [TestMethod]
        public void Transmit_LeavesTheCallersSettingsAsTheyWere()
        {
            var rig = new Sx1276Rig().Initialized();
            RadioTxSettings settings = Settings.Uplink(868300000, sf: 9, powerDbm: 11);

            Assert.AreEqual(RadioStatus.Ok, rig.Radio.Transmit(settings, Settings.FourBytes, 0, 4, out _));

            Assert.AreEqual(868300000u, settings.FrequencyHz);
            Assert.AreEqual(9, settings.SpreadingFactor);
            Assert.AreEqual(125000, settings.BandwidthHz);
            Assert.AreEqual(11, settings.PowerDbm);
        }
    
        private static void AssertTimeoutClearsThePacket(IRadio radio, Action<byte[]?> setDownlink)
        {
            setDownlink(Settings.TwelveBytes);
            var packet = new RadioPacket();
            Assert.AreEqual(RadioStatus.Ok, radio.Receive(Settings.Downlink(), new byte[64], 0, packet));
            Assert.AreEqual(12, packet.Length);

            setDownlink(null);
            Assert.AreEqual(RadioStatus.RxTimeout, radio.Receive(Settings.Downlink(), new byte[64], 0, packet));

            // IRadio.Receive: zero length on timeout; RSSI and SNR of the earlier packet are not carried over either.
            Assert.AreEqual(0, packet.Length);
            Assert.AreEqual(0, packet.RssiDbm);
            Assert.AreEqual(0, packet.SnrDb);
        }

        private static void AssertRejectsNull(IRadio radio)
        {
            Assert.ThrowsExactly<ArgumentNullException>(() => radio.Transmit(null!, Settings.FourBytes, 0, 4, out _));
            Assert.ThrowsExactly<ArgumentNullException>(() => radio.Receive(null!, new byte[64], 0, new RadioPacket()));
            Assert.ThrowsExactly<ArgumentNullException>(() => radio.Receive(Settings.Downlink(), new byte[64], 0, null!));
            Assert.AreEqual(0L, radio.TransmitTimeMicroseconds, "nothing went on air");
        }
    }
}
