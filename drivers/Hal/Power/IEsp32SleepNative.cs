// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

namespace SmartCityNodes.Hal.Power
{
    /// <summary>
    /// The nanoFramework.Hardware.Esp32 <c>Sleep</c> calls as plain integers, one member per native call, so the
    /// order and the error handling around them (<see cref="Esp32SleepSequence"/>) are portable and host-tested and
    /// the device adapter is a line per member. Error returns are <c>EspNativeError</c> values (OK = 0).
    /// </summary>
    public interface IEsp32SleepNative
    {
        /// <summary>Milliseconds on the RTC-backed system time (see <see cref="ISleepController.RtcMilliseconds"/>).</summary>
        long RtcMilliseconds { get; }

        /// <summary><c>Sleep.EnableWakeupByTimer(new TimeSpan(ticks))</c>.</summary>
        /// <param name="ticks">TimeSpan ticks (100 ns).</param>
        int EnableWakeupByTimer(long ticks);

        /// <summary><c>Sleep.EnableWakeupByPin((WakeupGpioPin)pinMask, level)</c>.</summary>
        /// <param name="pinMask">WakeupGpioPin bit mask (bit n = GPIOn).</param>
        /// <param name="level">1 wakes on high, 0 on low.</param>
        int EnableWakeupByPin(ulong pinMask, int level);

        /// <summary><c>Sleep.StartLightSleep()</c>: returns after the wake.</summary>
        int StartLightSleep();

        /// <summary><c>Sleep.StartDeepSleep()</c>: never returns on the device.</summary>
        void StartDeepSleep();

        /// <summary><c>(int)Sleep.GetWakeupCause()</c>.</summary>
        int GetWakeupCause();

        /// <summary><c>(ulong)Sleep.GetWakeupGpioPin()</c>.</summary>
        ulong GetWakeupGpioPin();
    }
}
