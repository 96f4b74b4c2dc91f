// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using SmartCityNodes.Hal;

namespace SmartCityNodes.Drivers.Radio
{
    /// <summary>
    /// Bounded waits shared by the drivers. Every wait has a deadline on the clock and an iteration cap, so neither
    /// a pin that never rises nor a clock that never advances can hang the node.
    /// </summary>
    [HotPath]
    internal static class RadioWait
    {
        /// <summary>Poll step while waiting for a DIO line: 1 ms, the clock's resolution.</summary>
        internal const int PollIntervalMilliseconds = 1;

        /// <summary>Fixed part of every margin: PLL lock and PA ramp (well under 1 ms, datasheet timing tables) plus MCU scheduling jitter.</summary>
        internal const int FixedMarginMilliseconds = 20;

        /// <summary>Ceiling of <paramref name="numerator"/> / <paramref name="denominator"/> for positive operands (µs to whole ms).</summary>
        internal static long CeilingDivide(long numerator, long denominator)
        {
            return (numerator + denominator - 1) / denominator;
        }

        /// <summary>Margin added to an expected duration: 1/10 of it (clock tolerances are ppm-level) plus the fixed part.</summary>
        internal static long MarginMilliseconds(long expectedMilliseconds)
        {
            return (expectedMilliseconds / 10) + FixedMarginMilliseconds;
        }

        /// <summary>
        /// TxDone time reported to the MAC: the chip's own TxDone, start of transmission plus the time on air, truncated to
        /// whole milliseconds, so the 1 ms DIO polling does not make it late (the MAC counts RX1/RX2 from it, LoRaWAN L2
        /// 1.0.4 §3.3.1). Never later than the moment the pin was seen.
        /// </summary>
        /// <param name="transmitStartMicroseconds">Clock time at which the chip started sending the preamble.</param>
        /// <param name="airtimeMicroseconds">Time on air of the packet.</param>
        /// <param name="seenMilliseconds">Clock time at which the driver saw TxDone.</param>
        internal static long TxEndMilliseconds(long transmitStartMicroseconds, long airtimeMicroseconds, long seenMilliseconds)
        {
            long computed = (transmitStartMicroseconds + airtimeMicroseconds) / 1000;
            return computed < seenMilliseconds ? computed : seenMilliseconds;
        }

        /// <summary>
        /// Waits until <paramref name="targetMicroseconds"/> on the clock (whole milliseconds first, then the rest), so a
        /// driver starts the chip at a fixed time after it was called whatever its set-up took.
        /// </summary>
        internal static void UntilMicroseconds(IClock clock, long targetMicroseconds)
        {
            long remaining = targetMicroseconds - clock.UptimeMicroseconds;
            if (remaining >= 1000)
            {
                clock.DelayMilliseconds((int)(remaining / 1000));
                remaining = targetMicroseconds - clock.UptimeMicroseconds;
            }

            if (remaining > 0)
            {
                clock.DelayMicroseconds((int)remaining);
            }
        }

        /// <summary>
        /// Waits for <paramref name="pin"/> to read high after an operation that started at <paramref name="startMilliseconds"/>
        /// and should last at most <paramref name="expectedMilliseconds"/> (e.g. a packet's time on air). Sleeps for
        /// <paramref name="quietMilliseconds"/> first (time in which the event cannot happen), then polls every millisecond up
        /// to the expected time plus the margin.
        /// </summary>
        /// <returns>True when the pin rose, false when the deadline passed.</returns>
        internal static bool ForPin(IClock clock, IInputPin pin, long startMilliseconds, long quietMilliseconds, long expectedMilliseconds)
        {
            long deadline = startMilliseconds + expectedMilliseconds + MarginMilliseconds(expectedMilliseconds);
            long quiet = quietMilliseconds;
            if (quiet > 0 && !pin.Read())
            {
                clock.DelayMilliseconds((int)quiet);
            }

            long iterations = ((deadline - startMilliseconds) / PollIntervalMilliseconds) + 2;
            while (iterations-- > 0)
            {
                if (pin.Read())
                {
                    return true;
                }

                if (clock.UptimeMilliseconds >= deadline)
                {
                    return false;
                }

                clock.DelayMilliseconds(PollIntervalMilliseconds);
            }

            return pin.Read();
        }
    }
}
