// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.
// Device-only code: compiled in CI against firmware/DeviceFacades, on a device build against the real packages.

using System;
using System.Threading;
using SmartCityNodes.Hal;

namespace SmartCityNodes.Firmware.Esp32
{
    /// <summary>
    /// <see cref="IClock"/> for the device. nanoFramework's mscorlib (CoreLibrary 1.17.11) has no
    /// Environment.TickCount64 (it comes with nanoFramework.Runtime.Native, which we do not reference), so uptime is
    /// accumulated from <see cref="DateTime.UtcNow"/> ticks (100 ns): a backward step of the wall clock (Rtc.SetSystemTime,
    /// SNTP) adds nothing, so uptime never goes backwards; a forward step is counted as elapsed time. Millisecond delays are
    /// <see cref="Thread.Sleep(int)"/>; microsecond delays below <see cref="SleepThresholdMicroseconds"/> are a busy wait on
    /// DateTime ticks (see <see cref="DelayMicroseconds"/>).
    /// </summary>
    public sealed class SystemClock : IClock
    {
        /// <summary>Microsecond delays from this length up are slept (rounded up to whole milliseconds) instead of busy-waited: 2000 µs.</summary>
        public const int SleepThresholdMicroseconds = 2000;

        /// <summary>
        /// Guard on one busy wait: if DateTime ticks have not covered the delay after this many polls (the clock stalled),
        /// the wait finishes with a sleep of the whole delay rounded up, so it is still at least as long as asked and bounded.
        /// (One poll is a native DateTime call, so the limit is far more polls than a 2 ms wait needs.)
        /// </summary>
        public const int BusyWaitPollLimit = 1000000;

        private const long TicksPerMillisecond = 10000;
        private const long TicksPerMicrosecond = 10;

        private readonly object _sync = new object();
        private long _lastTicks;
        private long _uptimeTicks;

        /// <summary>Creates the clock; uptime counts from here (create it first thing in Main).</summary>
        public SystemClock()
        {
            _lastTicks = DateTime.UtcNow.Ticks;
        }

        /// <inheritdoc/>
        public long UptimeMilliseconds => UptimeTicks() / TicksPerMillisecond;

        /// <inheritdoc/>
        public long UptimeMicroseconds => UptimeTicks() / TicksPerMicrosecond;

        private long UptimeTicks()
        {
            lock (_sync)
            {
                long now = DateTime.UtcNow.Ticks;
                long step = now - _lastTicks;
                if (step > 0)
                {
                    _uptimeTicks += step;
                }

                _lastTicks = now;
                return _uptimeTicks;
            }
        }

        /// <inheritdoc/>
        public void DelayMilliseconds(int milliseconds)
        {
            if (milliseconds > 0)
            {
                Thread.Sleep(milliseconds);
            }
        }

        /// <summary>
        /// Waits at least <paramref name="microseconds"/>. From <see cref="SleepThresholdMicroseconds"/> up: Thread.Sleep of
        /// the delay rounded up to whole milliseconds. Below: a busy wait polling DateTime ticks until the delay has
        /// elapsed; if the wall clock is set backwards during the wait, or after <see cref="BusyWaitPollLimit"/> polls, it
        /// finishes with a sleep of the whole delay rounded up to a millisecond. Its precision is the platform's DateTime resolution, so short delays
        /// (reset pulses, chip wake-up) come out somewhat longer than asked, never shorter.
        /// </summary>
        /// <param name="microseconds">Minimum delay.</param>
        public void DelayMicroseconds(int microseconds)
        {
            if (microseconds <= 0)
            {
                return;
            }

            int sleepMilliseconds = (microseconds + 999) / 1000;
            if (microseconds >= SleepThresholdMicroseconds)
            {
                Thread.Sleep(sleepMilliseconds);
                return;
            }

            long start = DateTime.UtcNow.Ticks;
            long wait = microseconds * TicksPerMicrosecond;
            for (int poll = 0; poll < BusyWaitPollLimit; poll++)
            {
                long elapsed = DateTime.UtcNow.Ticks - start;
                if (elapsed >= wait)
                {
                    return;
                }

                if (elapsed < 0)
                {
                    break;
                }
            }

            Thread.Sleep(sleepMilliseconds);
        }
    }
}
