// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

namespace SmartCityNodes.Hal.Power
{
    /// <summary>
    /// Why this boot (or this return from light sleep) happened, folded from what the ESP32 reports: nanoFramework's
    /// <c>Sleep.GetWakeupCause()</c> (a deep-sleep or light-sleep wake) and the ESP-IDF reset reason
    /// (<c>esp_reset_reason_t</c>) for every other boot. <see cref="Esp32WakeCauseMapping"/> does the folding.
    /// </summary>
    public enum WakeCause
    {
        /// <summary>Nothing usable was reported (treat as a cold start).</summary>
        Unknown = 0,

        /// <summary>Supply applied or the reset pin released (ESP_RST_POWERON, ESP_RST_EXT).</summary>
        PowerOn = 1,

        /// <summary>The sleep timer expired (Sleep.WakeupCause.Timer).</summary>
        Timer = 2,

        /// <summary>A wake pin changed (Ext0, Ext1 or Gpio); <see cref="ISleepController.WakePin"/> says which.</summary>
        Pin = 3,

        /// <summary>A watchdog reset the chip (ESP_RST_INT_WDT, ESP_RST_TASK_WDT, ESP_RST_WDT) or ours expired.</summary>
        Watchdog = 4,

        /// <summary>The supply dropped below the brown-out threshold (ESP_RST_BROWNOUT).</summary>
        Brownout = 5,

        /// <summary>Software asked for a restart, or the firmware panicked (ESP_RST_SW, ESP_RST_PANIC).</summary>
        SoftwareReset = 6,
    }
}
