// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

namespace SmartCityNodes.Hal.Power
{
    /// <summary>
    /// Sleep and wake of the MCU. On ESP32 this is nanoFramework.Hardware.Esp32's <c>Sleep</c>
    /// (EnableWakeupByTimer, EnableWakeupByPin, StartLightSleep, StartDeepSleep, GetWakeupCause, GetWakeupGpioPin)
    /// plus the RTC time; on the host a simulated controller. Deep sleep ends in a reboot on the device.
    /// </summary>
    public interface ISleepController
    {
        /// <summary>Why this boot or the last light sleep ended.</summary>
        WakeCause WakeCause { get; }

        /// <summary>GPIO that caused a <see cref="Hal.Power.WakeCause.Pin"/> wake, or <see cref="SleepLimits.NoPin"/>.</summary>
        int WakePin { get; }

        /// <summary>
        /// Milliseconds on the RTC, which keeps counting through light and deep sleep and restarts from 0 only when
        /// power is lost (ESP-IDF keeps the system time on the RTC timer across deep sleep). Deadlines are kept on it.
        /// </summary>
        long RtcMilliseconds { get; }

        /// <summary>
        /// Enters deep sleep for <paramref name="durationMicroseconds"/>, optionally also woken by
        /// <paramref name="wakePin"/> reaching <paramref name="wakeLevelHigh"/>. On the device it never returns
        /// when the status is <see cref="SleepStatus.Ok"/> (the next thing that runs is the next boot).
        /// </summary>
        /// <param name="durationMicroseconds">Timer wake; at least <see cref="SleepLimits.MinimumSleepMicroseconds"/>.</param>
        /// <param name="wakePin">RTC GPIO that also wakes, or <see cref="SleepLimits.NoPin"/>.</param>
        /// <param name="wakeLevelHigh">Wake when the pin reads high (true) or low (false).</param>
        SleepStatus DeepSleep(long durationMicroseconds, int wakePin, bool wakeLevelHigh);

        /// <summary>
        /// Light sleep: CPU paused, RAM kept, returns when the timer or the pin wakes it;
        /// <see cref="WakeCause"/>/<see cref="WakePin"/> then say which.
        /// </summary>
        /// <param name="durationMicroseconds">Timer wake; at least <see cref="SleepLimits.MinimumSleepMicroseconds"/>.</param>
        /// <param name="wakePin">GPIO that also wakes, or <see cref="SleepLimits.NoPin"/>.</param>
        /// <param name="wakeLevelHigh">Wake when the pin reads high (true) or low (false).</param>
        SleepStatus LightSleep(long durationMicroseconds, int wakePin, bool wakeLevelHigh);
    }
}
