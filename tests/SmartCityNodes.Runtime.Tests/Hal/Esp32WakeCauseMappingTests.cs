// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using Microsoft.VisualStudio.TestTools.UnitTesting;
using SmartCityNodes.Hal.Power;

namespace SmartCityNodes.Runtime.Tests.Hal;

[TestClass]
public sealed class Esp32WakeCauseMappingTests
{
    // Inputs are the integer values of nanoFramework.Hardware.Esp32 Sleep.WakeupCause (Undefined 0, Ext0 2, Ext1 3,
    // Timer 4, TouchPad 5, Ulp 6, Gpio 7, Uart 8) and ESP-IDF esp_reset_reason_t (UNKNOWN 0, POWERON 1, EXT 2, SW 3,
    // PANIC 4, INT_WDT 5, TASK_WDT 6, WDT 7, DEEPSLEEP 8, BROWNOUT 9, SDIO 10).
    [TestMethod]
    [DataRow(4, 8, WakeCause.Timer)]
    [DataRow(4, -1, WakeCause.Timer)]
    [DataRow(2, 8, WakeCause.Pin)]
    [DataRow(3, 8, WakeCause.Pin)]
    [DataRow(7, -1, WakeCause.Pin)]
    [DataRow(5, 8, WakeCause.Unknown)]
    [DataRow(8, 8, WakeCause.Unknown)]
    [DataRow(0, 1, WakeCause.PowerOn)]
    [DataRow(0, 2, WakeCause.PowerOn)]
    [DataRow(0, 3, WakeCause.SoftwareReset)]
    [DataRow(0, 4, WakeCause.SoftwareReset)]
    [DataRow(0, 5, WakeCause.Watchdog)]
    [DataRow(0, 6, WakeCause.Watchdog)]
    [DataRow(0, 7, WakeCause.Watchdog)]
    [DataRow(0, 9, WakeCause.Brownout)]
    [DataRow(0, 8, WakeCause.Unknown)]
    [DataRow(0, 0, WakeCause.Unknown)]
    [DataRow(0, 10, WakeCause.Unknown)]
    [DataRow(0, -1, WakeCause.Unknown)]
    public void FoldsWakeupCauseAndResetReason(int wakeupCause, int resetReason, WakeCause expected)
    {
        Assert.AreEqual(expected, Esp32WakeCauseMapping.FromEsp32(wakeupCause, resetReason));
    }

    [TestMethod]
    public void AfterATrueResetTheBootReadsAsAResetNotATimerWake()
    {
        // ESP-IDF sleep_modes.c: esp_sleep_get_wakeup_cause() is UNDEFINED (0) unless the ROM reset reason is a deep-sleep
        // reset; nanoFramework exposes no esp_reset_reason(), so after Power.RebootDevice the adapter passes (0, -1).
        WakeCause afterReboot = Esp32WakeCauseMapping.FromEsp32(Esp32WakeCauseMapping.WakeupUndefined, Esp32WakeCauseMapping.ResetReasonNotAvailable);
        Assert.AreEqual(WakeCause.Unknown, afterReboot);
        // The 100 ms deep sleep that used to stand in for a reboot wakes by the RTC timer: a clean sleep wake.
        Assert.AreEqual(WakeCause.Timer, Esp32WakeCauseMapping.FromEsp32(Esp32WakeCauseMapping.WakeupTimer, Esp32WakeCauseMapping.ResetReasonNotAvailable));
        // Where the firmware does expose the reset reason, ESP_RST_SW (3) says software reset.
        Assert.AreEqual(WakeCause.SoftwareReset, Esp32WakeCauseMapping.FromEsp32(Esp32WakeCauseMapping.WakeupUndefined, Esp32WakeCauseMapping.ResetSoftware));
    }

    [TestMethod]
    [DataRow(0UL, -1)]
    [DataRow(1UL, 0)]
    [DataRow(1UL << 33, 33)]
    [DataRow((1UL << 39) | (1UL << 4), 4)]
    public void PinFromWakeupGpioPinMask(ulong mask, int pin)
    {
        Assert.AreEqual(pin, Esp32WakeCauseMapping.PinFromMask(mask));
    }

    [TestMethod]
    public void MaskAndRtcGpioMatchNanoFrameworkWakeupGpioPin()
    {
        Assert.AreEqual(1UL << 33, Esp32WakeCauseMapping.MaskFromPin(33)); // WakeupGpioPin.Pin33 = 1UL << 33
        Assert.AreEqual(0UL, Esp32WakeCauseMapping.MaskFromPin(-1));
        Assert.AreEqual(0UL, Esp32WakeCauseMapping.MaskFromPin(49));
        int[] rtc = { 0, 2, 4, 12, 13, 14, 15, 25, 26, 27, 32, 33, 34, 35, 36, 37, 38, 39 };
        for (int pin = 0; pin <= 40; pin++)
        {
            Assert.AreEqual(System.Array.IndexOf(rtc, pin) >= 0, Esp32WakeCauseMapping.IsEsp32RtcGpio(pin), $"GPIO{pin}");
        }
    }

    [TestMethod]
    public void SimulatedControllerWakesOnTheArmedPinOnly()
    {
        var sleep = new SimulatedSleepController(8);
        sleep.SchedulePinEvent(2_000_000, 5);  // unarmed pin: unseen
        sleep.SchedulePinEvent(3_000_000, 4);
        Assert.AreEqual(SleepStatus.Ok, sleep.DeepSleep(10_000_000, 4, true));
        Assert.AreEqual(WakeCause.Pin, sleep.WakeCause);
        Assert.AreEqual(4, sleep.WakePin);
        Assert.AreEqual(3000L, sleep.RtcMilliseconds);
        Assert.AreEqual(0, sleep.PendingEventCount);
        Assert.AreEqual(SleepStatus.Ok, sleep.LightSleep(1_000_000, SleepLimits.NoPin, true));
        Assert.AreEqual(WakeCause.Timer, sleep.WakeCause);
        Assert.AreEqual(4000L, sleep.RtcMilliseconds);
        Assert.AreEqual(SleepStatus.InvalidDuration, sleep.DeepSleep(999, SleepLimits.NoPin, true));
        Assert.AreEqual(SleepStatus.PinNotWakeCapable, sleep.LightSleep(5000, 60, true));
        Assert.AreEqual(4000L, sleep.RtcMilliseconds); // refused sleeps change nothing
    }
}
