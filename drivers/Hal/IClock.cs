// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

namespace SmartCityNodes.Hal
{
    /// <summary>
    /// Monotonic time and delays. On the device this is Environment.TickCount64 and Thread.Sleep; in tests and the
    /// simulator a virtual clock that advances only when code waits, so timing logic is tested without real time.
    /// </summary>
    public interface IClock
    {
        /// <summary>Milliseconds since start-up; never goes backwards.</summary>
        long UptimeMilliseconds { get; }

        /// <summary>
        /// Microseconds since start-up, on the same time base as <see cref="UptimeMilliseconds"/>; never goes backwards.
        /// Used where durations feed the energy ledger (radio TX/RX time), so short windows are not rounded to whole ms.
        /// </summary>
        long UptimeMicroseconds { get; }

        /// <summary>Waits at least <paramref name="milliseconds"/>.</summary>
        void DelayMilliseconds(int milliseconds);

        /// <summary>Waits at least <paramref name="microseconds"/> (reset pulses and chip wake-up times).</summary>
        void DelayMicroseconds(int microseconds);
    }
}
