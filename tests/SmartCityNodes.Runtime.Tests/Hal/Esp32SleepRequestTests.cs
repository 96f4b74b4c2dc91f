// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using Microsoft.VisualStudio.TestTools.UnitTesting;
using SmartCityNodes.Hal.Power;

namespace SmartCityNodes.Runtime.Tests.Hal;

[TestClass]
public sealed class Esp32SleepRequestTests
{
    // TimeSpan ticks are 100 ns, so 1 µs = 10 ticks: 1 ms → 10 000, 60 s → 600 000 000.
    [TestMethod]
    [DataRow(1000L, 10000L)]
    [DataRow(60000000L, 600000000L)]
    [DataRow(3600000000L, 36000000000L)]
    public void Timer_only_request_converts_microseconds_to_timespan_ticks(long durationMicroseconds, long expectedTicks)
    {
        var request = new Esp32SleepRequest();

        Assert.AreEqual(SleepStatus.Ok, request.Prepare(durationMicroseconds, SleepLimits.NoPin, true));
        Assert.AreEqual(expectedTicks, request.TimerTicks);
        Assert.IsFalse(request.UsesPin);
        Assert.AreEqual(0UL, request.PinMask);
    }

    // WakeupGpioPin bit n = GPIOn: GPIO4 = 0x10, GPIO33 = 0x2_0000_0000, GPIO39 = 0x80_0000_0000.
    [TestMethod]
    [DataRow(4, true, 0x10UL, 1)]
    [DataRow(33, false, 0x2_0000_0000UL, 0)]
    [DataRow(39, true, 0x80_0000_0000UL, 1)]
    [DataRow(0, false, 0x1UL, 0)]
    [DataRow(21, true, 0x20_0000UL, 1)]
    public void Pin_request_carries_the_pin_mask_and_level(int pin, bool high, ulong expectedMask, int expectedLevel)
    {
        var request = new Esp32SleepRequest();

        Assert.AreEqual(SleepStatus.Ok, request.Prepare(5000, pin, high));
        Assert.IsTrue(request.UsesPin);
        Assert.AreEqual(expectedMask, request.PinMask);
        Assert.AreEqual(expectedLevel, request.PinLevel);
        Assert.AreEqual(50000L, request.TimerTicks);
    }

    [TestMethod]
    [DataRow(999L)]
    [DataRow(0L)]
    [DataRow(-1000L)]
    [DataRow(long.MaxValue)]
    [DataRow(922337203685477581L)] // long.MaxValue / 10 + 1: ×10 would overflow
    public void Bad_duration_is_refused_and_clears_the_previous_request(long durationMicroseconds)
    {
        var request = new Esp32SleepRequest();
        Assert.AreEqual(SleepStatus.Ok, request.Prepare(2000, 4, true));

        Assert.AreEqual(SleepStatus.InvalidDuration, request.Prepare(durationMicroseconds, 4, true));
        Assert.AreEqual(0L, request.TimerTicks);
        Assert.IsFalse(request.UsesPin);
        Assert.AreEqual(0UL, request.PinMask);
    }

    // nanoFramework Sleep.WakeupGpioPin has no member for GPIO22..24 and 28..31, nor above 39.
    [TestMethod]
    [DataRow(22)]
    [DataRow(24)]
    [DataRow(28)]
    [DataRow(31)]
    [DataRow(40)]
    [DataRow(48)]
    [DataRow(-2)]
    public void Pin_without_a_wakeup_member_is_refused_and_clears_the_request(int pin)
    {
        var request = new Esp32SleepRequest();
        Assert.AreEqual(SleepStatus.Ok, request.Prepare(2000, 4, true));

        Assert.AreEqual(SleepStatus.PinNotWakeCapable, request.Prepare(2000, pin, true));
        Assert.AreEqual(0L, request.TimerTicks);
        Assert.IsFalse(request.UsesPin);
    }

    [TestMethod]
    public void Wakeup_pin_set_is_gpio0_to_21_25_to_27_and_32_to_39()
    {
        // Written out from the package's enum: Pin0..Pin21, Pin25..Pin27, Pin32..Pin39 (22 + 3 + 8 = 33 members).
        var expected = new List<int>();
        for (int pin = 0; pin <= 21; pin++) expected.Add(pin);
        expected.AddRange(new[] { 25, 26, 27, 32, 33, 34, 35, 36, 37, 38, 39 });

        var actual = Enumerable.Range(-1, 51).Where(Esp32SleepRequest.IsWakeupGpioPin).ToList();

        CollectionAssert.AreEqual(expected, actual);
        Assert.HasCount(33, actual);
    }

    [TestMethod]
    public void Every_esp32_rtc_gpio_is_a_wakeup_pin()
    {
        for (int pin = 0; pin <= SleepLimits.HighestPin; pin++)
        {
            if (Esp32WakeCauseMapping.IsEsp32RtcGpio(pin))
            {
                Assert.IsTrue(Esp32SleepRequest.IsWakeupGpioPin(pin), $"GPIO{pin}");
            }
        }
    }

    // EspNativeError: OK 0; FAIL -1, ESP_ERR_INVALID_ARG 0x102, ESP_ERR_INVALID_STATE 0x103 (esp_err.h).
    [TestMethod]
    [DataRow(0, SleepStatus.Ok)]
    [DataRow(-1, SleepStatus.Refused)]
    [DataRow(0x102, SleepStatus.Refused)]
    [DataRow(0x103, SleepStatus.Refused)]
    public void Native_error_maps_to_status(int nativeError, SleepStatus expected)
    {
        Assert.AreEqual(expected, Esp32SleepRequest.StatusFromNativeError(nativeError));
    }
}
