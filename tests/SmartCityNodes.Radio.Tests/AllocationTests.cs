// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using SmartCityNodes.Hal.Radio;

namespace SmartCityNodes.Radio.Tests
{
    /// <summary>
    /// After start-up a transmit + receive cycle allocates nothing (models with logging off allocate nothing either).
    /// Deterministic: counts bytes with GC.GetAllocatedBytesForCurrentThread, no timing.
    /// </summary>
    [TestClass]
    public sealed class AllocationTests : ChipModelTest
    {
        private const int Cycles = 50;

        [TestMethod]
        public void Sx1276_TransmitReceive_AllocatesNothing()
        {
            var rig = new Sx1276Rig().Initialized();
            rig.Chip.Logging = false;
            rig.Chip.Downlink = Settings.TwelveBytes;
            byte[] rx = new byte[64];
            RadioTxSettings tx = Settings.Uplink();
            RadioRxSettings rxSettings = Settings.Downlink();
            RadioPacket packet = new RadioPacket();
            Cycle(rig.Radio, tx, rxSettings, rx, packet);

            long before = GC.GetAllocatedBytesForCurrentThread();
            for (int i = 0; i < Cycles; i++)
            {
                Cycle(rig.Radio, tx, rxSettings, rx, packet);
            }

            Assert.AreEqual(0L, GC.GetAllocatedBytesForCurrentThread() - before);
        }

        [TestMethod]
        public void Sx1262_TransmitReceive_AllocatesNothing()
        {
            var rig = new Sx1262Rig().Initialized();
            rig.Chip.Logging = false;
            rig.Chip.Downlink = Settings.TwelveBytes;
            byte[] rx = new byte[64];
            RadioTxSettings tx = Settings.Uplink();
            RadioRxSettings rxSettings = Settings.Downlink();
            RadioPacket packet = new RadioPacket();
            Cycle(rig.Radio, tx, rxSettings, rx, packet);

            long before = GC.GetAllocatedBytesForCurrentThread();
            for (int i = 0; i < Cycles; i++)
            {
                Cycle(rig.Radio, tx, rxSettings, rx, packet);
            }

            Assert.AreEqual(0L, GC.GetAllocatedBytesForCurrentThread() - before);
        }

        private static void Cycle(IRadio radio, RadioTxSettings tx, RadioRxSettings rxSettings, byte[] rx, RadioPacket packet)
        {
            if (radio.Transmit(tx, Settings.FourBytes, 0, 4, out _) != RadioStatus.Ok
                || radio.Receive(rxSettings, rx, 0, packet) != RadioStatus.Ok)
            {
                throw new InvalidOperationException("cycle failed");
            }
        }
    }
}
