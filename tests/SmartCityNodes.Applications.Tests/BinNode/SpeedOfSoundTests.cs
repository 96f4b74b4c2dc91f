// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using SmartCityNodes.Applications.BinNode;

namespace SmartCityNodes.Applications.Tests.BinNode
{
    [TestClass]
    public sealed class SpeedOfSoundTests
    {
        // c(T) = 331.3 + 0.606·T m/s; corrected = reported × c(T) / c(assumed), rounded to nearest mm.
        [TestMethod]
        [DataRow(1000, 0, 343400, 965)]      // 1000 × 331.3 / 343.4 = 964.76 → 965
        [DataRow(1000, 2000, 343400, 1000)]  // c(20 °C) = 343.42; 1000 × 343.42 / 343.4 = 1000.06 → 1000
        [DataRow(2000, -1000, 340000, 1913)] // c(−10 °C) = 325.24; 2000 × 325.24 / 340 = 1913.18 → 1913
        [DataRow(1500, 4000, 340000, 1569)]  // c(40 °C) = 355.54; 1500 × 355.54 / 340 = 1568.56 → 1569
        [DataRow(500, 2500, 340000, 509)]    // c(25 °C) = 346.45; 500 × 346.45 / 340 = 509.49 → 509
        public void CorrectDistance_ScalesByTheSpeedRatio(int reported, int centiCelsius, int assumed, int expected)
        {
            Assert.AreEqual(expected, SpeedOfSound.CorrectDistance(reported, centiCelsius, assumed));
        }

        [TestMethod]
        public void Speed_At0And20Celsius_MatchesTheFormula()
        {
            // 331.3 m/s = 331300 mm/s = 33130000 hundredths; 20 °C: 331.3 + 12.12 = 343.42 m/s = 34342000 hundredths.
            Assert.AreEqual(33130000L, SpeedOfSound.CentimillimetresPerSecond(0));
            Assert.AreEqual(34342000L, SpeedOfSound.CentimillimetresPerSecond(2000));
            // −40 °C: 331.3 − 24.24 = 307.06 m/s.
            Assert.AreEqual(30706000L, SpeedOfSound.CentimillimetresPerSecond(-4000));
        }
    }
}
