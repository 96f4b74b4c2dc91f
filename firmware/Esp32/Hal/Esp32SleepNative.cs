// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.
// Device-only code: compiled in CI against firmware/DeviceFacades, on a device build against the real packages.

using System;
using nanoFramework.Hardware.Esp32;
using SmartCityNodes.Hal.Power;

namespace SmartCityNodes.Firmware.Esp32
{
    /// <summary>
    /// <see cref="IEsp32SleepNative"/> over nanoFramework.Hardware.Esp32 <c>Sleep</c>: one call per member, enums passed
    /// as integers. Allocation: <c>EnableWakeupByTimer</c> takes a <see cref="TimeSpan"/>, a struct, which nanoCLR
    /// keeps on the heap — one small object per sleep that the API forces.
    /// </summary>
    public sealed class Esp32SleepNative : IEsp32SleepNative
    {
        private const long TicksPerMillisecond = 10000;

        /// <summary>
        /// <see cref="DateTime.UtcNow"/> in ms: ESP-IDF keeps the system time on the RTC timer through light and deep
        /// sleep (ESP-IDF "System Time"); that nanoFramework's DateTime follows it across deep sleep is to be confirmed on hardware.
        /// </summary>
        public long RtcMilliseconds => DateTime.UtcNow.Ticks / TicksPerMillisecond;

        /// <inheritdoc />
        public int EnableWakeupByTimer(long ticks) => (int)Sleep.EnableWakeupByTimer(new TimeSpan(ticks));

        /// <inheritdoc />
        public int EnableWakeupByPin(ulong pinMask, int level) => (int)Sleep.EnableWakeupByPin((Sleep.WakeupGpioPin)pinMask, level);

        /// <inheritdoc />
        public int StartLightSleep() => (int)Sleep.StartLightSleep();

        /// <inheritdoc />
        public void StartDeepSleep() => Sleep.StartDeepSleep();

        /// <inheritdoc />
        public int GetWakeupCause() => (int)Sleep.GetWakeupCause();

        /// <inheritdoc />
        public ulong GetWakeupGpioPin() => (ulong)Sleep.GetWakeupGpioPin();
    }
}
