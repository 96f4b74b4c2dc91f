// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

namespace SmartCityNodes.Hal.Power
{
    /// <summary>
    /// A watchdog that resets the node when a step hangs. Armed with a bound before each step, fed (or disarmed)
    /// when the step returns; if it expires the chip resets and the next boot reports <see cref="WakeCause.Watchdog"/>.
    /// nanoFramework.Hardware.Esp32 exposes no managed watchdog (nanoframework/Home#248 added the native one for other
    /// targets); the ESP32 adapter uses a managed timer that restarts the device, or the ESP-IDF task watchdog.
    /// </summary>
    public interface IWatchdog
    {
        /// <summary>True between <see cref="Arm"/> and <see cref="Disarm"/>.</summary>
        bool IsArmed { get; }

        /// <summary>The bound given to the last <see cref="Arm"/>, in ms.</summary>
        int TimeoutMilliseconds { get; }

        /// <summary>Starts (or restarts) the countdown: the node resets unless fed or disarmed within the bound.</summary>
        /// <param name="timeoutMilliseconds">Bound, 1 ms or more.</param>
        void Arm(int timeoutMilliseconds);

        /// <summary>Restarts the countdown with the current bound.</summary>
        void Feed();

        /// <summary>Stops the countdown (before sleeping: sleep must not trip it).</summary>
        void Disarm();
    }
}
