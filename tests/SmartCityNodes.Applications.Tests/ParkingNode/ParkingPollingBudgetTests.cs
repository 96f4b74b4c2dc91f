// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using SmartCityNodes.Applications.ParkingNode;

namespace SmartCityNodes.Applications.Tests.ParkingNode
{
    [TestClass]
    public sealed class ParkingPollingBudgetTests
    {
        // Per wake: ESP32 40 mA × 800 ms = 32 000 000 µA·ms (8.89 µAh); QMC5883L 75 µA × 10 ms = 750 µA·ms.
        // Floor: (10 µA ESP32 deep sleep + 3 µA QMC standby) × 24 h = 312 µAh.
        [TestMethod]
        [DataRow(30, 25913L)]   // 2880 × 32 000 750 = 92 162 160 000 + 1 123 200 000 = 93 285 360 000 / 3.6e6 = 25 912.6
        [DataRow(5, 153916L)]   // 17280 × 32 000 750 = 552 972 960 000 + 1 123 200 000 = 554 096 160 000 / 3.6e6 = 153 915.6
        [DataRow(60, 13112L)]   // 1440 × 32 000 750 = 46 081 080 000 + 1 123 200 000 = 47 204 280 000 / 3.6e6 = 13 112.3
        public void PolledQmc5883l_ChargePerDay(int pollSeconds, long microampereHours)
        {
            Assert.AreEqual(microampereHours, ParkingPollingBudget.PolledQmc5883lMicroampereHoursPerDay(pollSeconds));
        }

        [TestMethod]
        public void InterruptLis3mdl_ChargePerDay()
        {
            // 20 parking sessions a day = 40 changes, each 1 interrupt wake + 4 confirmation re-checks (20 s / 5 s) = 200
            // wakes; drift wakes every 900 s = 96 (the 3-hour heartbeat falls on them). 296 × 32 000 000 = 9 472 000 000;
            // floor (10 + 40 µA) × 24 h = 4 320 000 000 µA·ms; total / 3.6e6 = 3831.1 µAh.
            Assert.AreEqual(3831L, ParkingPollingBudget.InterruptLis3mdlMicroampereHoursPerDay(296));
        }

        [TestMethod]
        public void PollsPerDay()
        {
            Assert.AreEqual(2880, ParkingPollingBudget.PollsPerDay(30));
            Assert.AreEqual(17280, ParkingPollingBudget.PollsPerDay(5));
        }
    }
}
