// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

namespace SmartCityNodes.Hal.Power
{
    /// <summary>
    /// Folds what an ESP32 reports into a <see cref="WakeCause"/>, so the device adapter only passes integers through.
    /// Inputs: nanoFramework.Hardware.Esp32 <c>Sleep.WakeupCause</c> (Undefined 0, Ext0 2, Ext1 3, Timer 4, TouchPad 5,
    /// Ulp 6, Gpio 7, Uart 8), its <c>Sleep.WakeupGpioPin</c> bit mask (bit n = GPIOn) and the ESP-IDF
    /// <c>esp_reset_reason_t</c> (UNKNOWN 0, POWERON 1, EXT 2, SW 3, PANIC 4, INT_WDT 5, TASK_WDT 6, WDT 7,
    /// DEEPSLEEP 8, BROWNOUT 9, SDIO 10; ESP-IDF <c>esp_system.h</c>), or −1 where the firmware does not expose it.
    /// </summary>
    [HotPath]
    public static class Esp32WakeCauseMapping
    {
        /// <summary>nanoFramework Sleep.WakeupCause.Undefined: the boot was not a wake from sleep.</summary>
        public const int WakeupUndefined = 0;

        /// <summary>Sleep.WakeupCause.Ext0 (one RTC GPIO).</summary>
        public const int WakeupExt0 = 2;

        /// <summary>Sleep.WakeupCause.Ext1 (several RTC GPIOs).</summary>
        public const int WakeupExt1 = 3;

        /// <summary>Sleep.WakeupCause.Timer.</summary>
        public const int WakeupTimer = 4;

        /// <summary>Sleep.WakeupCause.Gpio (light sleep only).</summary>
        public const int WakeupGpio = 7;

        /// <summary>Reset reason not available from the firmware.</summary>
        public const int ResetReasonNotAvailable = -1;

        /// <summary>ESP_RST_POWERON.</summary>
        public const int ResetPowerOn = 1;

        /// <summary>ESP_RST_EXT (reset pin).</summary>
        public const int ResetExternalPin = 2;

        /// <summary>ESP_RST_SW.</summary>
        public const int ResetSoftware = 3;

        /// <summary>ESP_RST_PANIC.</summary>
        public const int ResetPanic = 4;

        /// <summary>ESP_RST_INT_WDT.</summary>
        public const int ResetInterruptWatchdog = 5;

        /// <summary>ESP_RST_TASK_WDT.</summary>
        public const int ResetTaskWatchdog = 6;

        /// <summary>ESP_RST_WDT (other watchdogs, RTC watchdog).</summary>
        public const int ResetOtherWatchdog = 7;

        /// <summary>ESP_RST_DEEPSLEEP.</summary>
        public const int ResetDeepSleep = 8;

        /// <summary>ESP_RST_BROWNOUT.</summary>
        public const int ResetBrownout = 9;

        /// <summary>
        /// The cause of this boot. A sleep wake cause wins (the chip says why it left sleep); otherwise the reset
        /// reason decides; a deep-sleep reset with an undefined wake cause, or nothing at all, is
        /// <see cref="WakeCause.Unknown"/>. Touch, ULP and UART wakes are not used by the nodes and map to Unknown.
        /// After a true reset (nanoFramework.Runtime.Native <c>Power.RebootDevice</c>, the reset button, power-on) ESP-IDF's
        /// <c>esp_sleep_get_wakeup_cause()</c> returns UNDEFINED, because the ROM reset reason is not a deep-sleep reset
        /// (components/esp_hw_support/sleep_modes.c); without a reset reason that folds to Unknown — never Timer — which the
        /// runtime treats as an unclean reset (counters at their reserved ceilings, cold start, start-up status message).
        /// </summary>
        /// <param name="wakeupCause">Sleep.GetWakeupCause() as an integer.</param>
        /// <param name="resetReason">esp_reset_reason() as an integer, or <see cref="ResetReasonNotAvailable"/>.</param>
        public static WakeCause FromEsp32(int wakeupCause, int resetReason)
        {
            switch (wakeupCause)
            {
                case WakeupTimer:
                    return WakeCause.Timer;
                case WakeupExt0:
                case WakeupExt1:
                case WakeupGpio:
                    return WakeCause.Pin;
                case WakeupUndefined:
                    break;
                default:
                    return WakeCause.Unknown;
            }

            switch (resetReason)
            {
                case ResetPowerOn:
                case ResetExternalPin:
                    return WakeCause.PowerOn;
                case ResetSoftware:
                case ResetPanic:
                    return WakeCause.SoftwareReset;
                case ResetInterruptWatchdog:
                case ResetTaskWatchdog:
                case ResetOtherWatchdog:
                    return WakeCause.Watchdog;
                case ResetBrownout:
                    return WakeCause.Brownout;
                default:
                    return WakeCause.Unknown;
            }
        }

        /// <summary>
        /// The GPIO number from a Sleep.WakeupGpioPin mask (lowest set bit; bit n is GPIOn, as in
        /// <c>WakeupGpioPin.Pin33 = 1UL &lt;&lt; 33</c>), or <see cref="SleepLimits.NoPin"/> for an empty mask.
        /// </summary>
        /// <param name="wakeupGpioPinMask">Sleep.GetWakeupGpioPin() as an unsigned 64-bit value.</param>
        public static int PinFromMask(ulong wakeupGpioPinMask)
        {
            if (wakeupGpioPinMask == 0)
            {
                return SleepLimits.NoPin;
            }

            int pin = 0;
            while ((wakeupGpioPinMask & 1UL) == 0)
            {
                wakeupGpioPinMask >>= 1;
                pin++;
            }

            return pin;
        }

        /// <summary>
        /// The Sleep.WakeupGpioPin mask for one GPIO (bit n), for EnableWakeupByPin; 0 for
        /// <see cref="SleepLimits.NoPin"/> or an out-of-range number.
        /// </summary>
        /// <param name="pin">GPIO number.</param>
        public static ulong MaskFromPin(int pin)
        {
            if (pin < 0 || pin > SleepLimits.HighestPin)
            {
                return 0;
            }

            return 1UL << pin;
        }

        /// <summary>
        /// True when the original ESP32 can wake from deep sleep on the GPIO: the RTC GPIOs 0, 2, 4, 12–15, 25–27,
        /// 32–39 (the members of nanoFramework's Sleep.WakeupGpioPin; ESP32 datasheet "RTC GPIO" list).
        /// </summary>
        /// <param name="pin">GPIO number.</param>
        public static bool IsEsp32RtcGpio(int pin)
        {
            return pin == 0 || pin == 2 || pin == 4 || (pin >= 12 && pin <= 15) || (pin >= 25 && pin <= 27) || (pin >= 32 && pin <= 39);
        }
    }
}
