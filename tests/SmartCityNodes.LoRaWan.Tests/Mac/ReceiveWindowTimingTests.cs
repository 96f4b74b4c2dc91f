// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using SmartCityNodes.LoRaWan.Mac;
using SmartCityNodes.LoRaWan.Region;

namespace SmartCityNodes.LoRaWan.Tests.Mac
{
    /// <summary>
    /// Window length and placement against LoRaMac-node's RegionCommonComputeRxWindowParameters (minRxSymbols 6, the
    /// detection minimum; 8-symbol downlink preamble), worked out by hand:
    /// W = max(⌈((2·6 − 8)·Ts + 2·e) / Ts⌉, 6), offset = 4·Ts − W·Ts / 2 (before the wake-up time is subtracted).
    /// </summary>
    [TestClass]
    public sealed class ReceiveWindowTimingTests
    {
        [TestMethod]
        // Symmetric ±10 ms (LoRaMac-node's case):
        [DataRow(32768L, 6, 32768L)]   // SF12/125: ⌈(131072 + 20000) / 32768⌉ = 5 → 6; 4·32768 − 6·32768/2 = 32768
        [DataRow(4096L, 9, -2048L)]    // SF9/125: ⌈(16384 + 20000) / 4096⌉ = ⌈8.88⌉ = 9; 16384 − 18432 = −2048
        [DataRow(1024L, 24, -8192L)]   // SF7/125: ⌈(4096 + 20000) / 1024⌉ = ⌈23.5⌉ = 24; 4096 − 12288 = −8192
        [DataRow(256L, 83, -9600L)]    // SF7/500: ⌈(1024 + 20000) / 256⌉ = ⌈82.1⌉ = 83; 1024 − 10624 = −9600
        public void MatchesLoRaMacNodeForASymmetricBand(long symbolMicroseconds, int symbols, long offsetMicroseconds)
        {
            Assert.AreEqual(symbols, ReceiveWindowTiming.SymbolTimeout(symbolMicroseconds, -10000, 10000));
            Assert.AreEqual(offsetMicroseconds, ReceiveWindowTiming.ListenOffsetMicroseconds(symbolMicroseconds, symbols, -10000, 10000));
        }

        [TestMethod]
        // The engine's band: −10 ms .. +11 ms (the extra 1 ms: TxEnd reported in whole ms, truncated).
        [DataRow(32768L, 6, 33268L)]   // ⌈(131072 + 21000) / 32768⌉ = 5 → 6; (1000 + 2·32768) / 2 = 33268
        [DataRow(1024L, 25, -8204L)]   // ⌈(4096 + 21000) / 1024⌉ = ⌈24.5⌉ = 25; (1000 − 17·1024) / 2 = −8204
        [DataRow(256L, 87, -9612L)]    // ⌈(1024 + 21000) / 256⌉ = ⌈86.03⌉ = 87; (1000 − 79·256) / 2 = −9612
        public void CoversTheTxEndResolutionToo(long symbolMicroseconds, int symbols, long offsetMicroseconds)
        {
            Assert.AreEqual(symbols, ReceiveWindowTiming.SymbolTimeout(symbolMicroseconds, -10000, 11000));
            long listen = ReceiveWindowTiming.ListenOffsetMicroseconds(symbolMicroseconds, symbols, -10000, 11000);
            Assert.AreEqual(offsetMicroseconds, listen);
            Assert.IsTrue(listen + ReceiveWindowTiming.EarliestHeardMicroseconds(symbolMicroseconds) <= -10000);
            Assert.IsTrue(listen + ReceiveWindowTiming.LatestHeardMicroseconds(symbolMicroseconds, symbols) >= 11000);
        }

        [TestMethod]
        public void LongWindowsAreClampedTo1023Symbols()
        {
            // ±200 ms at SF7/500: ⌈(1024 + 401000) / 256⌉ = 1571 > 1023 (SX127x 10-bit SymbTimeout).
            Assert.AreEqual(1023, ReceiveWindowTiming.SymbolTimeout(256, -200000, 201000));

            // ±100 ms still fits: ⌈(1024 + 201000) / 256⌉ = ⌈789.2⌉ = 790 (US915 DR13 row of docs/receive-windows.md).
            Assert.AreEqual(790, ReceiveWindowTiming.SymbolTimeout(256, -100000, 101000));
        }

        [TestMethod]
        public void TheEngineCallsTheRadioItsStartUpTimeEarly()
        {
            // A TCXO board's radio (Heltec V3: 3 ms set-up + 5 ms TCXO) on the scripted radio.
            var h = new MacHarness();
            h.Radio.ReceiveStartupMicroseconds = 8000;

            h.Send();

            var tx = h.Radio.Transmissions[^1];
            var rx1 = h.Radio.Windows[0];
            var rx2 = h.Radio.Windows[1];
            MacHarness.AssertWindowCovers(rx1, tx.EndMilliseconds + 1000);
            MacHarness.AssertWindowCovers(rx2, tx.EndMilliseconds + 2000);

            // EU868 DR0 (SF12): listening +33.268 ms after the nominal time, the call 8 ms before that.
            Assert.AreEqual((tx.EndMilliseconds * 1000) + 1000000 + 33268, rx1.ListenMicroseconds);
            Assert.AreEqual(((tx.EndMilliseconds * 1000) + 1000000 + 33268 - 8000) / 1000, rx1.OpenMilliseconds);
        }
    }
}
