// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using SmartCityNodes.Hal;

namespace SmartCityNodes.Drivers.Radio
{
    /// <summary>
    /// Bounded waits shared by the drivers. Every wait has a deadline on the clock and an iteration cap, so neither
    /// a pin that never rises nor a clock that never advances can hang the node.
    /// </summary>
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
