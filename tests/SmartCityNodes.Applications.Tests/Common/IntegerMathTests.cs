// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using SmartCityNodes.Applications.Common;

namespace SmartCityNodes.Applications.Tests.Common
{
    [TestClass]
    public sealed class IntegerMathTests
    {
        [TestMethod]
        [DataRow(7L, 2L, 4L)]     // 3.5 → 4
        [DataRow(-7L, 2L, -4L)]   // −3.5 → −4 (half away from zero)
        [DataRow(5L, 3L, 2L)]     // 1.67 → 2
        [DataRow(4L, 3L, 1L)]     // 1.33 → 1
        [DataRow(-4L, 3L, -1L)]
        [DataRow(0L, 9L, 0L)]
        public void DivideRounded(long numerator, long denominator, long expected)
        {
            Assert.AreEqual(expected, IntegerMath.DivideRounded(numerator, denominator));
        }

        [TestMethod]
        [DataRow(0L, 0L)]
        [DataRow(1L, 1L)]
        [DataRow(3L, 1L)]
        [DataRow(4L, 2L)]
        [DataRow(24L, 4L)]
        [DataRow(25L, 5L)]
        [DataRow(10000L, 100L)]
        [DataRow(9999L, 99L)]
        [DataRow(-5L, 0L)]
        [DataRow(4611686014132420609L, 2147483647L)] // (2^31 − 1)²
        [DataRow(4611686014132420608L, 2147483646L)] // one less
        public void SquareRoot_IsTheFloor(long value, long expected)
        {
            Assert.AreEqual(expected, IntegerMath.SquareRoot(value));
        }

        [TestMethod]
        public void Clamp_AndAbsolute()
        {
            Assert.AreEqual(0, IntegerMath.Clamp(-5, 0, 100));
            Assert.AreEqual(100, IntegerMath.Clamp(long.MaxValue, 0, 100));
            Assert.AreEqual(42, IntegerMath.Clamp(42, 0, 100));
            Assert.AreEqual(5L, IntegerMath.Absolute(-5));
            Assert.AreEqual(5L, IntegerMath.Absolute(5));
        }
    }
}
