// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

namespace SmartCityNodes.Hal.Power
{
    /// <summary>Outcome of a sleep request; mirrors the ESP-IDF error codes nanoFramework returns as EspNativeError.</summary>
    public enum SleepStatus
    {
        /// <summary>Slept and woke again (light sleep); deep sleep never returns on the device.</summary>
        Ok = 0,

        /// <summary>Duration below <see cref="SleepLimits.MinimumSleepMicroseconds"/> or negative.</summary>
        InvalidDuration = 1,

        /// <summary>The pin cannot wake the chip from this sleep mode (not an RTC GPIO for deep sleep).</summary>
        PinNotWakeCapable = 2,

        /// <summary>The chip refused to sleep (EspNativeError other than OK, e.g. ESP_ERR_INVALID_STATE with Wi-Fi on).</summary>
        Refused = 3,
    }
}
