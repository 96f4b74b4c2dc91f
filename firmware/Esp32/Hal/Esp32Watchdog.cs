// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.
// Device-only code: compiled in CI against firmware/DeviceFacades, on a device build against the real packages.

using System;
using System.Threading;
using SmartCityNodes.Hal;
using SmartCityNodes.Hal.Power;

namespace SmartCityNodes.Firmware.Esp32
{
    /// <summary>
    /// <see cref="IWatchdog"/> for ESP32 without a managed hardware watchdog (nanoFramework.Hardware.Esp32 has none):
    /// a managed <see cref="Timer"/> checks a <see cref="WatchdogCountdown"/> (portable, host-tested) and, once the
    /// deadline has passed while armed, resets the chip through a short deep sleep of the node's
    /// <see cref="ISleepController"/> (timer wake after <see cref="ResetSleepMicroseconds"/>; on the ESP32 a deep
    /// sleep ends in a reboot). It catches managed hangs (a step that loops or waits forever: nanoCLR
    /// still runs the timer thread); it cannot catch a hang inside native code — that is left to the ESP-IDF task and
    /// interrupt watchdogs of the nanoFramework firmware build. Such a reset boots as a timer wake
    /// (<see cref="WakeCause.Timer"/>), not <see cref="WakeCause.Watchdog"/>. Feeding only moves the deadline. If the
    /// sleep controller refuses the deep sleep, the watchdog stays expired and does nothing more.
    /// </summary>
    public sealed class Esp32Watchdog : IWatchdog
    {
        /// <summary>The deep sleep that stands in for a reset: 100 ms.</summary>
        public const long ResetSleepMicroseconds = 100000;

        private readonly object _sync = new object();
        private readonly WatchdogCountdown _countdown = new WatchdogCountdown();
        private readonly IClock _clock;
        private readonly ISleepController _sleep;
        private readonly Timer _timer;

        /// <summary>Creates a disarmed watchdog (start-up only).</summary>
        /// <param name="clock">Monotonic milliseconds (the device's <see cref="SystemClock"/>).</param>
        /// <param name="sleep">The sleep controller whose deep sleep resets the chip (<see cref="Esp32SleepController"/>).</param>
        public Esp32Watchdog(IClock clock, ISleepController sleep)
        {
            _clock = clock ?? throw new ArgumentNullException(nameof(clock));
            _sleep = sleep ?? throw new ArgumentNullException(nameof(sleep));
            _timer = new Timer(OnTimer, null, Timeout.Infinite, Timeout.Infinite);
        }

        /// <inheritdoc />
        public bool IsArmed => _countdown.IsArmed;

        /// <inheritdoc />
        public int TimeoutMilliseconds => _countdown.TimeoutMilliseconds;

        /// <inheritdoc />
        public void Arm(int timeoutMilliseconds)
        {
            lock (_sync)
            {
                _countdown.Arm(timeoutMilliseconds, _clock.UptimeMilliseconds);
                _timer.Change(timeoutMilliseconds, Timeout.Infinite);
            }
        }

        /// <inheritdoc />
        public void Feed()
        {
            lock (_sync)
            {
                _countdown.Feed(_clock.UptimeMilliseconds);
            }
        }

        /// <inheritdoc />
        public void Disarm()
        {
            lock (_sync)
            {
                _countdown.Disarm();
                _timer.Change(Timeout.Infinite, Timeout.Infinite);
            }
        }

        private void OnTimer(object state)
        {
            lock (_sync)
            {
                long remaining = _countdown.RemainingMilliseconds(_clock.UptimeMilliseconds);
                if (remaining == WatchdogCountdown.NotArmed)
                {
                    return;
                }

                if (remaining > 0)
                {
                    _timer.Change((int)remaining, Timeout.Infinite);
                    return;
                }
            }

            _sleep.DeepSleep(ResetSleepMicroseconds, SleepLimits.NoPin, false);
        }
    }
}
