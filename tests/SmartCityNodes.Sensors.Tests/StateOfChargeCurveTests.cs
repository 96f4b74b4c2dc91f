using SmartCityNodes.Drivers.Sensors;
using SmartCityNodes.Drivers.Sensors.Battery;

namespace SmartCityNodes.Sensors.Tests
{
    [TestClass]
    public sealed class StateOfChargeCurveTests
    {
        // Li-ion table (Maxim AN4189): 0 % 3306, 10 % 3687, 20 % 3741, 30 % 3775, 40 % 3793, 50 % 3821, 60 % 3884,
        // 70 % 3945, 80 % 4008, 90 % 4086, 100 % 4177 mV. Interpolation by hand, rounded to the nearest 0.1 %:
        [TestMethod]
        [DataRow(3000, 0)]     // below the table → 0 %
        [DataRow(3306, 0)]
        [DataRow(3687, 100)]   // on a point
        [DataRow(3700, 124)]   // 100 + (3700 − 3687) × 100 / (3741 − 3687) = 100 + 1300 / 54 = 124.07 → 124
        [DataRow(3807, 450)]   // 400 + 14 × 100 / 28 = 450
        [DataRow(3821, 500)]
        [DataRow(4000, 787)]   // 700 + 55 × 100 / 63 = 787.30 → 787
        [DataRow(4100, 915)]   // 900 + 14 × 100 / 91 = 915.38 → 915
        [DataRow(4177, 1000)]
        [DataRow(4300, 1000)]  // above the table → 100 %
        [DataRow(3500, 51)]    // 0 + (3500 − 3306) × 100 / 381 = 19400 / 381 = 50.92 → 51
        public void LithiumIonPointsComputedByHand(int millivolts, int expectedPerMille)
        {
            Assert.AreEqual(expectedPerMille, StateOfChargeCurves.LithiumIon.StateOfChargePerMille(millivolts));
        }

        // Li-SOCl2 table: 2000 → 0, 3000 → 20, 3300 → 50, 3400 → 100, 3500 → 300, 3600 → 900, 3650 → 1000.
        [TestMethod]
        [DataRow(1900, 0)]
        [DataRow(2500, 10)]    // 0 + 500 × 20 / 1000 = 10
        [DataRow(3350, 75)]    // 50 + 50 × 50 / 100 = 75
        [DataRow(3450, 200)]   // 100 + 50 × 200 / 100 = 200
        [DataRow(3550, 600)]   // 300 + 50 × 600 / 100 = 600
        [DataRow(3633, 966)]   // 900 + 33 × 100 / 50 = 900 + 66 = 966
        [DataRow(3700, 1000)]
        public void LithiumThionylChloridePointsComputedByHand(int millivolts, int expectedPerMille)
        {
            Assert.AreEqual(expectedPerMille, StateOfChargeCurves.LithiumThionylChloride.StateOfChargePerMille(millivolts));
        }

        [TestMethod]
        [DataRow(1, 0)]  // 0.25 → 0
        [DataRow(2, 1)]  // 0.5  → 1 (halves round up)
        [DataRow(3, 1)]  // 0.75 → 1
        public void RoundsToNearestWithHalvesUp(int millivolts, int expected)
        {
            var curve = new StateOfChargeCurve(new[] { 0, 4 }, new[] { 0, 1 });
            Assert.AreEqual(expected, curve.StateOfChargePerMille(millivolts));
        }

        [TestMethod]
        public void RejectsCurvesThatDoNotAscend()
        {
            Assert.ThrowsExactly<ArgumentException>(() => new StateOfChargeCurve(new[] { 3000, 3000 }, new[] { 0, 1000 }));
            Assert.ThrowsExactly<ArgumentException>(() => new StateOfChargeCurve(new[] { 3000, 4000 }, new[] { 1000, 0 }));
            Assert.ThrowsExactly<ArgumentException>(() => new StateOfChargeCurve(new[] { 3000 }, new[] { 0 }));
        }
    }
}
