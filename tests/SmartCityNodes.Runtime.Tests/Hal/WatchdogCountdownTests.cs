// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using Microsoft.VisualStudio.TestTools.UnitTesting;
using SmartCityNodes.Hal.Power;

namespace SmartCityNodes.Runtime.Tests.Hal;

[TestClass]
public sealed class WatchdogCountdownTests
{
    [TestMethod]
    public void New_countdown_is_disarmed()
    {
        var countdown = new WatchdogCountdown();

        Assert.IsFalse(countdown.IsArmed);
        Assert.AreEqual(WatchdogCountdown.NotArmed, countdown.RemainingMilliseconds(0));
    }

    [TestMethod]
    public void Armed_at_1000_with_500_ms_expires_at_1500()
    {
        var countdown = new WatchdogCountdown();
        countdown.Arm(500, 1000);

        Assert.IsTrue(countdown.IsArmed);
        Assert.AreEqual(500, countdown.TimeoutMilliseconds);
        Assert.AreEqual(500L, countdown.RemainingMilliseconds(1000));
        Assert.AreEqual(1L, countdown.RemainingMilliseconds(1499));
        Assert.AreEqual(0L, countdown.RemainingMilliseconds(1500));
        Assert.AreEqual(0L, countdown.RemainingMilliseconds(9000));
    }

    [TestMethod]
    public void Feed_moves_the_deadline_to_now_plus_the_bound()
    {
        var countdown = new WatchdogCountdown();
        countdown.Arm(500, 1000);

        countdown.Feed(1400); // deadline 1900: a timer set for 1500 finds 400 ms left and fires again then

        Assert.AreEqual(400L, countdown.RemainingMilliseconds(1500));
        Assert.AreEqual(0L, countdown.RemainingMilliseconds(1900));
    }

    [TestMethod]
    public void Disarm_stops_it_and_feeding_does_not_rearm()
    {
        var countdown = new WatchdogCountdown();
        countdown.Arm(500, 1000);

        countdown.Disarm();
        countdown.Feed(1200);

        Assert.IsFalse(countdown.IsArmed);
        Assert.AreEqual(WatchdogCountdown.NotArmed, countdown.RemainingMilliseconds(5000));
    }

    [TestMethod]
    public void Rearm_uses_the_new_bound()
    {
        var countdown = new WatchdogCountdown();
        countdown.Arm(500, 1000);
        countdown.Disarm();

        countdown.Arm(2000, 3000);

        Assert.AreEqual(2000, countdown.TimeoutMilliseconds);
        Assert.AreEqual(1000L, countdown.RemainingMilliseconds(4000));
    }

    [TestMethod]
    [DataRow(0)]
    [DataRow(-1)]
    [DataRow(int.MinValue)]
    public void Bound_below_1_ms_throws_and_changes_nothing(int timeoutMilliseconds)
    {
        var countdown = new WatchdogCountdown();
        countdown.Arm(500, 1000);

        Assert.ThrowsExactly<ArgumentOutOfRangeException>(() => countdown.Arm(timeoutMilliseconds, 1200));

        Assert.IsTrue(countdown.IsArmed);
        Assert.AreEqual(500, countdown.TimeoutMilliseconds);
        Assert.AreEqual(500L, countdown.RemainingMilliseconds(1000));
    }
}
