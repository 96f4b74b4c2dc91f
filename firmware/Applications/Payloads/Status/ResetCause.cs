// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

namespace SmartCityNodes.Applications.Payloads.Status
{
    /// <summary>
    /// Why the node last started, byte 5 of the status message (docs/payloads/status.md). The codes are ours; the
    /// runtime maps the ESP32 reset reason (ESP-IDF esp_reset_reason_t) onto them.
    /// </summary>
    public enum ResetCause : byte
    {
        /// <summary>Not known.</summary>
        Unknown = 0,

        /// <summary>Power applied (ESP_RST_POWERON).</summary>
        PowerOn = 1,

        /// <summary>Reset pin (ESP_RST_EXT).</summary>
        ExternalPin = 2,

        /// <summary>Software restart not asked for remotely (ESP_RST_SW).</summary>
        Software = 3,

        /// <summary>Exception or panic (ESP_RST_PANIC).</summary>
        Panic = 4,

        /// <summary>A watchdog fired (ESP_RST_INT_WDT, ESP_RST_TASK_WDT, ESP_RST_WDT).</summary>
        Watchdog = 5,

        /// <summary>Supply voltage dropped (ESP_RST_BROWNOUT).</summary>
        Brownout = 6,

        /// <summary>Restart asked for by the remote-configuration reboot command.</summary>
        RemoteReboot = 7,

        /// <summary>Restart after a firmware update.</summary>
        FirmwareUpdate = 8,
    }
}
