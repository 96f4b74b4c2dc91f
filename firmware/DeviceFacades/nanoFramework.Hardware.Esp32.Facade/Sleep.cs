// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.
// COMPILE-TIME REFERENCE FACADE — never deployed; the device build uses the real package nanoFramework.Hardware.Esp32 1.6.42.
// Signatures from the nanoFramework package's own source (github.com/nanoframework); every body is `throw null`.

using System;

namespace nanoFramework.Hardware.Esp32
{
    /// <summary>ESP32 sleep modes and wake sources (Sleep.cs of the package; only the members our adapters use).</summary>
    public class Sleep
    {
        private Sleep() => throw null;

        /// <summary>Why the chip left sleep (ESP-IDF esp_sleep_wakeup_cause_t).</summary>
        public enum WakeupCause
        {
            /// <summary>Not a wake from sleep.</summary>
            Undefined = 0,

            /// <summary>One RTC GPIO (EXT0).</summary>
            Ext0 = 2,

            /// <summary>Several RTC GPIOs (EXT1).</summary>
            Ext1 = 3,

            /// <summary>RTC timer.</summary>
            Timer = 4,

            /// <summary>Touch pad.</summary>
            TouchPad = 5,

            /// <summary>ULP co-processor.</summary>
            Ulp = 6,

            /// <summary>GPIO (light sleep).</summary>
            Gpio = 7,

            /// <summary>UART (light sleep).</summary>
            Uart = 8,
        }

        /// <summary>Wake GPIOs as a bit mask, bit n = GPIOn (the package lists None, Pin0..21, 25..27, 32..39; we only cast masks).</summary>
        [Flags]
        public enum WakeupGpioPin : ulong
        {
            /// <summary>No pin.</summary>
            None = 0,

            /// <summary>GPIO0.</summary>
            Pin0 = 1UL << 0,

            /// <summary>GPIO39.</summary>
            Pin39 = 1UL << 39,
        }

        /// <summary>Arms the RTC timer wake.</summary>
        /// <param name="time">Time to sleep.</param>
        public static EspNativeError EnableWakeupByTimer(TimeSpan time) => throw null;

        /// <summary>Arms the EXT0 wake on one RTC GPIO.</summary>
        /// <param name="pin">The pin.</param>
        /// <param name="level">1 wakes on high, 0 on low.</param>
        public static EspNativeError EnableWakeupByPin(WakeupGpioPin pin, int level) => throw null;

        /// <summary>Enters light sleep; returns after the wake.</summary>
        public static EspNativeError StartLightSleep() => throw null;

        /// <summary>Enters deep sleep; never returns (the wake is a reboot).</summary>
        public static void StartDeepSleep() => throw null;

        /// <summary>Why the chip left the last sleep.</summary>
        public static WakeupCause GetWakeupCause() => throw null;

        /// <summary>The GPIOs that woke the chip (EXT1).</summary>
        public static WakeupGpioPin GetWakeupGpioPin() => throw null;
    }
}
