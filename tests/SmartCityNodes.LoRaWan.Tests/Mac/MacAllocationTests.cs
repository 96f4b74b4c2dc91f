// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using SmartCityNodes.LoRaWan.Mac;

namespace SmartCityNodes.LoRaWan.Tests.Mac
{
    /// <summary>
    /// A steady-state class-A transaction allocates nothing: channel choice, ledger, encode, encrypt, MIC, persist,
    /// transmit, both windows, decrypt, MAC command processing and answers (docs/architecture.md, portable-code rules: hot paths allocate nothing).
    /// Counted with GC.GetAllocatedBytesForCurrentThread around warmed-up loops (deterministic, not timed).
    /// </summary>
    [TestClass]
    public sealed class MacAllocationTests
    {
        private const int Rounds = 40;

        [TestMethod]
        public void UplinkWithoutDownlinkAllocatesNothing()
        {
            var h = Steady();
            var payload = new byte[] { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10 };
            for (int i = 0; i < 5; i++) { Round(h, payload, null); }
            long before = GC.GetAllocatedBytesForCurrentThread();
            for (int i = 0; i < Rounds; i++) { Round(h, payload, null); }
            long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
            Assert.AreEqual(0L, allocated);
            Assert.AreEqual(45u, h.State.Session.FCntUp);
        }

        [TestMethod]
        public void UplinkWithMacCommandDownlinkAllocatesNothing()
        {
            var h = Steady();
            var payload = new byte[] { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10 };
            // prebuilt downlinks: DevStatusReq + RXParamSetupReq (sticky answer) + LinkADRReq in FOpts, and an app payload
            var downlinks = new byte[Rounds + 5][];
            for (int i = 0; i < downlinks.Length; i++)
            {
                downlinks[i] = h.Downlink("06" + "0523D2AD84" + "0351070001", fPort: 2, payloadHex: "AABBCC", confirmed: i % 2 == 0);
            }

            for (int i = 0; i < 5; i++) { Round(h, payload, downlinks[i]); }
            long before = GC.GetAllocatedBytesForCurrentThread();
            for (int i = 5; i < downlinks.Length; i++) { Round(h, payload, downlinks[i]); }
            long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
            Assert.AreEqual(0L, allocated);
            Assert.IsTrue(h.Result.DownlinkReceived);
            Assert.AreEqual(3, h.Result.MacCommandsProcessed);
        }

        private static MacHarness Steady()
        {
            var h = new MacHarness();
            h.Radio.Recording = false;
            h.Store.Keep = false;
            return h;
        }

        private static void Round(MacHarness h, byte[] payload, byte[]? downlink)
        {
            h.Clock.Advance(3_600_000);
            if (downlink != null) { h.Radio.ReplyWith(downlink); }
            var status = h.Engine.Send(1, payload, 0, payload.Length, false, h.Result);
            if (status != LoRaWanStatus.Ok) { throw new AssertFailedException(status.ToString()); }
        }
    }
}
