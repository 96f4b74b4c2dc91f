// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

namespace SmartCityNodes.Hal.Power
{
    /// <summary>Bounds every sleep controller enforces, so the host doubles and the ESP32 adapter refuse the same input.</summary>
    public static class SleepLimits
    {
        /// <summary>
        /// Shortest sleep worth requesting: below 1 ms the ESP32's sleep entry/exit overhead (hundreds of µs for
        /// light sleep, ESP-IDF "Sleep Modes" guide) exceeds the time slept.
        /// </summary>
        public const long MinimumSleepMicroseconds = 1000;

        /// <summary>No wake pin.</summary>
        public const int NoPin = -1;

        /// <summary>Highest GPIO number on ESP32/ESP32-S3 (ESP32-S3 has GPIO0..48).</summary>
        public const int HighestPin = 48;
    }
}
