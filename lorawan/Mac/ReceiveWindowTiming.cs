// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using SmartCityNodes.Hal;

namespace SmartCityNodes.LoRaWan.Mac
{
    /// <summary>
    /// Length and placement of a class-A receive window, as LoRaMac-node's <c>RegionCommonComputeRxWindowParameters</c>
    /// computes them: the window must hear every downlink whose preamble starts anywhere in
    /// [nominal + <c>earliest</c>, nominal + <c>latest</c>]. The receiver locks on a preamble once it has heard
    /// <see cref="MacEngine.MinRxSymbols"/> of its <see cref="MacEngine.DownlinkPreambleSymbols"/> symbols, so a window that
    /// listens from L for W symbols hears preambles starting in [L − (8 − 6)·Ts, L + (W − 6)·Ts]. Hence
    /// W = max(⌈(latest − earliest + (2·6 − 8)·Ts) / Ts⌉, 6) and L = (earliest + latest)/2 − (W − 8)·Ts/2, the window centred on
    /// the error band (with earliest = −e and latest = +e this is LoRaMac-node's formula: W = ⌈((2·6 − 8)·Ts + 2e) / Ts⌉,
    /// offset = 4·Ts − W·Ts/2). Pure arithmetic on integers, no allocation.
    /// </summary>
    [HotPath]
    public static class ReceiveWindowTiming
    {
        /// <summary>
        /// Symbols to program as the window's symbol timeout, clamped to <see cref="MacEngine.MaxRxSymbols"/> (then the
        /// window covers less than asked, equally on both sides).
        /// </summary>
        /// <param name="symbolMicroseconds">LoRa symbol time Ts.</param>
        /// <param name="earliestMicroseconds">Earliest preamble start to hear, relative to the nominal window time (≤ 0).</param>
        /// <param name="latestMicroseconds">Latest preamble start to hear, relative to the nominal window time (≥ earliest).</param>
        public static int SymbolTimeout(long symbolMicroseconds, long earliestMicroseconds, long latestMicroseconds)
        {
            long span = latestMicroseconds - earliestMicroseconds + (((2L * MacEngine.MinRxSymbols) - MacEngine.DownlinkPreambleSymbols) * symbolMicroseconds);
            long symbols = (span + symbolMicroseconds - 1) / symbolMicroseconds;
            if (symbols < MacEngine.MinRxSymbols)
            {
                symbols = MacEngine.MinRxSymbols;
            }

            return symbols > MacEngine.MaxRxSymbols ? MacEngine.MaxRxSymbols : (int)symbols;
        }

        /// <summary>
        /// When the receiver must start listening, relative to the nominal window time, in µs (rounded down: never later
        /// than the centred position).
        /// </summary>
        /// <param name="symbolMicroseconds">LoRa symbol time Ts.</param>
        /// <param name="symbols">The window's symbol timeout (<see cref="SymbolTimeout"/>).</param>
        /// <param name="earliestMicroseconds">Earliest preamble start to hear, relative to the nominal time.</param>
        /// <param name="latestMicroseconds">Latest preamble start to hear, relative to the nominal time.</param>
        public static long ListenOffsetMicroseconds(long symbolMicroseconds, int symbols, long earliestMicroseconds, long latestMicroseconds)
        {
            long twice = earliestMicroseconds + latestMicroseconds - ((symbols - (long)MacEngine.DownlinkPreambleSymbols) * symbolMicroseconds);
            return twice >= 0 ? twice / 2 : -((1 - twice) / 2);
        }

        /// <summary>Earliest preamble start the window hears, relative to its listen start: −(8 − 6)·Ts.</summary>
        public static long EarliestHeardMicroseconds(long symbolMicroseconds)
        {
            return -((MacEngine.DownlinkPreambleSymbols - MacEngine.MinRxSymbols) * symbolMicroseconds);
        }

        /// <summary>Latest preamble start the window hears, relative to its listen start: (W − 6)·Ts.</summary>
        public static long LatestHeardMicroseconds(long symbolMicroseconds, int symbols)
        {
            return (symbols - MacEngine.MinRxSymbols) * symbolMicroseconds;
        }
    }
}
