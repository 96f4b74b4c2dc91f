// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using SmartCityNodes.Applications.ParkingNode;

namespace SmartCityNodes.Applications.Tests.ParkingNode
{
    [TestClass]
    public sealed class ParkingPollingBudgetTests
    {
        // Per wake: ESP32 40 mA × 800 ms = 32 000 000 µA·ms (8.89 µAh); QMC5883L at 200 Hz, OSR 64: 450 µA (QMC5883L
        // datasheet 1.0 table 2, "Continuous Mode Current", 200 Hz column) × 10 ms = 4 500 µA·ms.
        // Floor: (10 µA ESP32 deep sleep + 3 µA QMC standby) × 24 h = 312 µAh.
        [TestMethod]
        [DataRow(30, 25916L)]   // 2880 × 32 004 500 = 92 172 960 000 + 1 123 200 000 = 93 296 160 000 / 3.6e6 = 25 915.6
        [DataRow(5, 153934L)]   // 17280 × 32 004 500 = 553 037 760 000 + 1 123 200 000 = 554 160 960 000 / 3.6e6 = 153 933.6
        [DataRow(60, 13114L)]   // 1440 × 32 004 500 = 46 086 480 000 + 1 123 200 000 = 47 209 680 000 / 3.6e6 = 13 113.8
        public void PolledQmc5883l_ChargePerDay(int pollSeconds, long microampereHours)
        {
            Assert.AreEqual(microampereHours, ParkingPollingBudget.PolledQmc5883lMicroampereHoursPerDay(pollSeconds));
        }

        [TestMethod]
        public void InterruptLis3mdl_ChargePerDay()
        {
            // 20 parking sessions a day, 8 h occupied in all: 40 changes × (1 interrupt or poll wake + 4 confirmation
            // re-checks, 20 s / 5 s) = 200 wakes; 8 h occupied polled every 60 s = 480; 16 h vacant with a drift wake every
            // 900 s = 64 (the 3-hour heartbeat falls on them): 744 wakes. 744 × 32 000 000 = 23 808 000 000 µA·ms;
            // floor (10 µA ESP32 + 40 µA LIS3MDL low power) × 24 h = 4 320 000 000 µA·ms; total / 3.6e6 = 7813.3 µAh.
            Assert.AreEqual(7813L, ParkingPollingBudget.InterruptLis3mdlMicroampereHoursPerDay(744));
        }

        [TestMethod]
        public void PollsPerDay()
        {
            Assert.AreEqual(2880, ParkingPollingBudget.PollsPerDay(30));
            Assert.AreEqual(17280, ParkingPollingBudget.PollsPerDay(5));
        }
    }
}
