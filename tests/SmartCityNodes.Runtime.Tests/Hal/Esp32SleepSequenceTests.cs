// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using Microsoft.VisualStudio.TestTools.UnitTesting;
using SmartCityNodes.Hal.Power;

namespace SmartCityNodes.Runtime.Tests.Hal;

[TestClass]
public sealed class Esp32SleepSequenceTests
{
    // Native values: Sleep.WakeupCause Undefined 0, Ext0 2, Timer 4; EspNativeError OK 0, FAIL -1,
    // ESP_ERR_INVALID_STATE 0x103 (esp_err.h); WakeupGpioPin bit n = GPIOn.
    private const int Undefined = 0;
    private const int Ext0 = 2;
    private const int Timer = 4;
    private const int Fail = -1;
    private const int InvalidState = 0x103;

    [TestMethod]
    public void Deep_sleep_arms_timer_then_pin_then_sleeps()
    {
        var native = new RecordingSleepNative();
        var controller = new Esp32SleepSequence(native);
        native.Calls.Clear();

        Assert.AreEqual(SleepStatus.Ok, controller.DeepSleep(60_000_000, 33, false));

        // 60 s = 600 000 000 ticks of 100 ns; GPIO33 = 1 << 33 = 8589934592; wake on low = level 0.
        CollectionAssert.AreEqual(new[] { "timer 600000000", "pin 8589934592 0", "deep" }, native.Calls);
    }

    [TestMethod]
    public void Deep_sleep_without_pin_arms_only_the_timer()
    {
        var native = new RecordingSleepNative();
        var controller = new Esp32SleepSequence(native);
        native.Calls.Clear();

        Assert.AreEqual(SleepStatus.Ok, controller.DeepSleep(1000, SleepLimits.NoPin, true));

        CollectionAssert.AreEqual(new[] { "timer 10000", "deep" }, native.Calls);
    }

    [TestMethod]
    [DataRow(999L, 4, SleepStatus.InvalidDuration)]
    [DataRow(5000L, 23, SleepStatus.PinNotWakeCapable)]
    public void Bad_request_makes_no_native_call(long durationMicroseconds, int pin, SleepStatus expected)
    {
        var native = new RecordingSleepNative();
        var controller = new Esp32SleepSequence(native);
        native.Calls.Clear();

        Assert.AreEqual(expected, controller.DeepSleep(durationMicroseconds, pin, true));
        Assert.AreEqual(expected, controller.LightSleep(durationMicroseconds, pin, true));
        Assert.IsEmpty(native.Calls);
    }

    [TestMethod]
    [DataRow(Fail)]
    [DataRow(InvalidState)]
    public void Timer_error_stops_before_the_pin_and_the_sleep(int nativeError)
    {
        var native = new RecordingSleepNative { TimerResult = nativeError };
        var controller = new Esp32SleepSequence(native);
        native.Calls.Clear();

        Assert.AreEqual(SleepStatus.Refused, controller.DeepSleep(5000, 4, true));
        Assert.AreEqual(SleepStatus.Refused, controller.LightSleep(5000, 4, true));

        CollectionAssert.AreEqual(new[] { "timer 50000", "timer 50000" }, native.Calls);
    }

    [TestMethod]
    public void Pin_error_stops_before_the_sleep()
    {
        var native = new RecordingSleepNative { PinResult = InvalidState };
        var controller = new Esp32SleepSequence(native);
        native.Calls.Clear();

        Assert.AreEqual(SleepStatus.Refused, controller.DeepSleep(5000, 4, true));

        CollectionAssert.AreEqual(new[] { "timer 50000", "pin 16 1" }, native.Calls);
    }

    [TestMethod]
    public void Boot_reads_the_wake_cause_and_the_pin_only_for_a_pin_wake()
    {
        var timerWake = new RecordingSleepNative { WakeupCause = Timer, WakeupPinMask = 1UL << 4 };
        var timerController = new Esp32SleepSequence(timerWake);
        Assert.AreEqual(WakeCause.Timer, timerController.WakeCause);
        Assert.AreEqual(SleepLimits.NoPin, timerController.WakePin);
        CollectionAssert.AreEqual(new[] { "cause" }, timerWake.Calls);

        var pinWake = new RecordingSleepNative { WakeupCause = Ext0, WakeupPinMask = 1UL << 33 };
        var pinController = new Esp32SleepSequence(pinWake);
        Assert.AreEqual(WakeCause.Pin, pinController.WakeCause);
        Assert.AreEqual(33, pinController.WakePin);

        // No reset reason from nanoFramework: a boot that is not a wake is Unknown.
        var coldBoot = new Esp32SleepSequence(new RecordingSleepNative { WakeupCause = Undefined });
        Assert.AreEqual(WakeCause.Unknown, coldBoot.WakeCause);
    }

    [TestMethod]
    public void Light_sleep_returns_and_refreshes_the_wake_cause()
    {
        var native = new RecordingSleepNative { WakeupCause = Timer };
        var controller = new Esp32SleepSequence(native);
        native.Calls.Clear();
        native.WakeupCause = Ext0;
        native.WakeupPinMask = 1UL << 4;

        Assert.AreEqual(SleepStatus.Ok, controller.LightSleep(2000, 4, true));

        CollectionAssert.AreEqual(new[] { "timer 20000", "pin 16 1", "light", "cause", "pin?" }, native.Calls);
        Assert.AreEqual(WakeCause.Pin, controller.WakeCause);
        Assert.AreEqual(4, controller.WakePin);
    }

    [TestMethod]
    public void Refused_light_sleep_keeps_the_previous_wake_cause()
    {
        var native = new RecordingSleepNative { WakeupCause = Timer, LightResult = InvalidState };
        var controller = new Esp32SleepSequence(native);
        native.WakeupCause = Ext0;

        Assert.AreEqual(SleepStatus.Refused, controller.LightSleep(2000, SleepLimits.NoPin, true));
        Assert.AreEqual(WakeCause.Timer, controller.WakeCause);
    }

    [TestMethod]
    public void Rtc_time_is_the_natives()
    {
        var controller = new Esp32SleepSequence(new RecordingSleepNative { Rtc = 123456 });

        Assert.AreEqual(123456L, controller.RtcMilliseconds);
    }

    private sealed class RecordingSleepNative : IEsp32SleepNative
    {
        public List<string> Calls { get; } = new();

        public int TimerResult { get; set; }

        public int PinResult { get; set; }

        public int LightResult { get; set; }

        public int WakeupCause { get; set; }

        public ulong WakeupPinMask { get; set; }

        public long Rtc { get; set; }

        public long RtcMilliseconds => Rtc;

        public int EnableWakeupByTimer(long ticks)
        {
            Calls.Add("timer " + ticks);
            return TimerResult;
        }

        public int EnableWakeupByPin(ulong pinMask, int level)
        {
            Calls.Add("pin " + pinMask + " " + level);
            return PinResult;
        }

        public int StartLightSleep()
        {
            Calls.Add("light");
            return LightResult;
        }

        public void StartDeepSleep() => Calls.Add("deep");

        public int GetWakeupCause()
        {
            Calls.Add("cause");
            return WakeupCause;
        }

        public ulong GetWakeupGpioPin()
        {
            Calls.Add("pin?");
            return WakeupPinMask;
        }
    }
}
