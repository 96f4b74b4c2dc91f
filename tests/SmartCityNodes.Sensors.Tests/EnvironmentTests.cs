using SmartCityNodes.Drivers.Sensors;
using SmartCityNodes.Drivers.Sensors.Environment;

namespace SmartCityNodes.Sensors.Tests
{
    [TestClass]
    public sealed class EnvironmentTests
    {
        [TestMethod]
        public void SimulatedBme280ReportsItsValuesWithoutGas()
        {
            var sensor = new SimulatedEnvironmentSensor(EnvironmentQuantities.Bme280, EnvironmentPowerProfiles.Bme280Forced);
            sensor.SetValues(2315, 4570, 101325, 12345);
            var reading = new EnvironmentReading();
            Assert.IsTrue(sensor.TryRead(reading));
            Assert.AreEqual(2315, reading.TemperatureCentiCelsius);
            Assert.AreEqual(4570, reading.RelativeHumidityCentiPercent);
            Assert.AreEqual(101325, reading.PressurePascals);
            Assert.IsTrue(reading.Has(EnvironmentQuantities.Pressure));
            Assert.IsFalse(reading.Has(EnvironmentQuantities.GasResistance));
            Assert.AreEqual(0, reading.GasResistanceOhms);
        }

        [TestMethod]
        public void SimulatedBme680ReportsGas()
        {
            var sensor = new SimulatedEnvironmentSensor(EnvironmentQuantities.Bme680, EnvironmentPowerProfiles.Bme680ForcedWithGas);
            sensor.SetValues(-1250, 9900, 95000, 87000);
            var reading = new EnvironmentReading();
            Assert.IsTrue(sensor.TryRead(reading));
            Assert.AreEqual(87000, reading.GasResistanceOhms);
            Assert.AreEqual(-1250, reading.TemperatureCentiCelsius);
            Assert.AreEqual(12000, sensor.PowerProfile.ActiveCurrentMicroamperes);
        }

        [TestMethod]
        public void InjectedFaultsAreReportedThenClear()
        {
            var sensor = new SimulatedEnvironmentSensor(EnvironmentQuantities.Bme280, EnvironmentPowerProfiles.Bme280Forced);
            sensor.FailNext(SensorStatus.Nack, 2);
            var reading = new EnvironmentReading();
            Assert.IsFalse(sensor.TryRead(reading));
            Assert.AreEqual(SensorStatus.Nack, reading.Status);
            Assert.IsTrue(reading.IsFault);
            Assert.AreEqual(EnvironmentQuantities.None, reading.Valid);
            Assert.IsFalse(sensor.TryRead(new EnvironmentReading()));
            Assert.IsTrue(sensor.TryRead(new EnvironmentReading()));
            Assert.AreEqual(3, sensor.ReadCount);
        }

        [TestMethod]
        [DataRow(-4000, 0, 30000, SensorStatus.Ok)]         // −40.00 °C, 0 %RH, 300 hPa: the lower limits
        [DataRow(8500, 10000, 110000, SensorStatus.Ok)]     // +85.00 °C, 100 %RH, 1100 hPa: the upper limits
        [DataRow(-4001, 5000, 101325, SensorStatus.OutOfRange)]
        [DataRow(8501, 5000, 101325, SensorStatus.OutOfRange)]
        [DataRow(2000, 10001, 101325, SensorStatus.OutOfRange)]
        [DataRow(2000, -1, 101325, SensorStatus.OutOfRange)]
        [DataRow(2000, 5000, 29999, SensorStatus.OutOfRange)]
        [DataRow(2000, 5000, 110001, SensorStatus.OutOfRange)]
        public void OperatingRangeLimits(int centiCelsius, int centiPercent, int pascals, SensorStatus expected)
        {
            var sensor = new SimulatedEnvironmentSensor(EnvironmentQuantities.Bme280, EnvironmentPowerProfiles.Bme280Forced);
            sensor.SetValues(centiCelsius, centiPercent, pascals, 0);
            var reading = new EnvironmentReading();
            sensor.TryRead(reading);
            Assert.AreEqual(expected, reading.Status);
        }

        [TestMethod]
        public void ZeroGasResistanceIsAFault()
        {
            var sensor = new SimulatedEnvironmentSensor(EnvironmentQuantities.Bme680, EnvironmentPowerProfiles.Bme680ForcedWithGas);
            sensor.SetValues(2000, 5000, 101325, 0);
            var reading = new EnvironmentReading();
            Assert.IsFalse(sensor.TryRead(reading));
            Assert.AreEqual(SensorStatus.OutOfRange, reading.Status);
        }

        [TestMethod]
        public void ReadingWithNothingValidIsNoData()
        {
            var reading = new EnvironmentReading { Status = SensorStatus.Ok };
            EnvironmentLimits.Check(reading);
            Assert.AreEqual(SensorStatus.NoData, reading.Status);
        }

        [TestMethod]
        [DataRow(23.456, 2346)]   // 2345.6 → 2346
        [DataRow(-12.344, -1234)] // −1234.4 → −1234
        [DataRow(-12.346, -1235)] // −1234.6 → −1235
        [DataRow(0.0, 0)]
        public void CelsiusToCentiCelsius(double celsius, int expected)
        {
            Assert.IsTrue(EnvironmentFixedPoint.TryToCentiCelsius(celsius, out int result));
            Assert.AreEqual(expected, result);
        }

        [TestMethod]
        public void OtherConversions()
        {
            Assert.IsTrue(EnvironmentFixedPoint.TryToCentiPercent(45.7, out int humidity));
            Assert.AreEqual(4570, humidity);
            Assert.IsTrue(EnvironmentFixedPoint.TryToPascals(101325.4, out int pascals));
            Assert.AreEqual(101325, pascals);
            Assert.IsTrue(EnvironmentFixedPoint.TryToOhms(87654.5, out int ohms));
            Assert.AreEqual(87655, ohms); // .5 exactly representable → away from zero
            Assert.IsFalse(EnvironmentFixedPoint.TryToCentiCelsius(double.NaN, out _));
            Assert.IsFalse(EnvironmentFixedPoint.TryToOhms(double.PositiveInfinity, out _));
            Assert.IsFalse(EnvironmentFixedPoint.TryToPascals(1e12, out _));
        }

        [TestMethod]
        public void Bme280ProfileMatchesTheDatasheetArithmetic()
        {
            // t_measure,max = 1.25 + 2.3 + (2.3 + 0.575) + (2.3 + 0.575) = 9.3 ms → 10 ms in whole milliseconds.
            Assert.AreEqual(10, EnvironmentPowerProfiles.Bme280Forced.MeasurementMilliseconds);
            Assert.AreEqual(2, EnvironmentPowerProfiles.Bme280Forced.WarmUpMilliseconds);
            Assert.AreEqual(714, EnvironmentPowerProfiles.Bme280Forced.ActiveCurrentMicroamperes);
        }
    }
}
