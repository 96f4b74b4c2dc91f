// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using SmartCityNodes.Drivers.Sensors;
using SmartCityNodes.Drivers.Sensors.Environment;
using SmartCityNodes.Firmware.Esp32.Sensors;

namespace SmartCityNodes.Firmware.Tests;

/// <summary>
/// The Bmxx80 adapter's conversion (firmware/Esp32/Sensors/Bmxx80ReadingConverter.cs, compiled here from the same file),
/// against the mapping table in drivers/Sensors/Environment/README.md and the BME280/BME680 operating ranges
/// (−40…85 °C, 0…100 %RH, 300…1100 hPa, gas &gt; 0 Ω). Expected integers are worked by hand in each row's comment.
/// </summary>
[TestClass]
public sealed class Bmxx80ReadingConverterTests
{
    private const int T = (int)EnvironmentQuantities.Temperature;
    private const int H = (int)EnvironmentQuantities.Humidity;
    private const int P = (int)EnvironmentQuantities.Pressure;
    private const int G = (int)EnvironmentQuantities.GasResistance;
    private const int Bme280 = T | H | P;
    private const int Bme680 = T | H | P | G;

    [TestMethod]
    // BME280: 23.456 °C × 100 = 2345.6 → 2346; 45.7 % × 100 = 4570; 101325.4 Pa → 101325; gas not supported → ignored.
    [DataRow(Bme280, true, 23.456, true, 45.7, true, 101325.4, true, 5000.0, SensorStatus.Ok, Bme280, 2346, 4570, 101325, 0)]
    // BME680: gas 12345.5 Ω → 12346 (half away from zero); −12.34 °C × 100 = −1234.
    [DataRow(Bme680, true, -12.34, true, 99.99, true, 95000.0, true, 12345.5, SensorStatus.Ok, Bme680, -1234, 9999, 95000, 12346)]
    // Humidity not valid in the result: left out of Valid, reading still Ok.
    [DataRow(Bme280, true, 20.0, false, 50.0, true, 100000.0, false, 0.0, SensorStatus.Ok, T | P, 2000, 0, 100000, 0)]
    // BME680 whose gas measurement was not valid (heater not ready): TPH only.
    [DataRow(Bme680, true, 21.5, true, 40.0, true, 98765.0, false, double.NaN, SensorStatus.Ok, Bme280, 2150, 4000, 98765, 0)]
    // Nothing valid → NoData.
    [DataRow(Bme280, false, 0.0, false, 0.0, false, 0.0, false, 0.0, SensorStatus.NoData, 0, 0, 0, 0, 0)]
    // A value marked valid that is NaN cannot be converted → OutOfRange; the good fields stay valid.
    [DataRow(Bme280, true, double.NaN, true, 50.0, true, 100000.0, false, 0.0, SensorStatus.OutOfRange, H | P, 0, 5000, 100000, 0)]
    // +∞ pressure → OutOfRange.
    [DataRow(Bme280, true, 20.0, true, 50.0, true, double.PositiveInfinity, false, 0.0, SensorStatus.OutOfRange, T | H, 2000, 5000, 0, 0)]
    // 90 °C = 9000 > 8500 (85 °C maximum) → OutOfRange.
    [DataRow(Bme280, true, 90.0, true, 50.0, true, 100000.0, false, 0.0, SensorStatus.OutOfRange, Bme280, 9000, 5000, 100000, 0)]
    // 250 hPa = 25000 Pa < 30000 Pa minimum → OutOfRange.
    [DataRow(Bme280, true, 20.0, true, 50.0, true, 25000.0, false, 0.0, SensorStatus.OutOfRange, Bme280, 2000, 5000, 25000, 0)]
    // 100.004 % × 100 = 10000.4 → 10000: exactly the 100 % maximum, still Ok.
    [DataRow(Bme280, true, 20.0, true, 100.004, true, 100000.0, false, 0.0, SensorStatus.Ok, Bme280, 2000, 10000, 100000, 0)]
    // 100.006 % × 100 = 10000.6 → 10001 > 10000 → OutOfRange.
    [DataRow(Bme280, true, 20.0, true, 100.006, true, 100000.0, false, 0.0, SensorStatus.OutOfRange, Bme280, 2000, 10001, 100000, 0)]
    // Gas resistance 0 Ω (valid flag set) → OutOfRange (must be > 0).
    [DataRow(Bme680, true, 20.0, true, 50.0, true, 100000.0, true, 0.0, SensorStatus.OutOfRange, Bme680, 2000, 5000, 100000, 0)]
    // −40.004 °C × 100 = −4000.4 → −4000: exactly the −40 °C minimum, Ok.
    [DataRow(Bme280, true, -40.004, true, 10.0, true, 30000.0, false, 0.0, SensorStatus.Ok, Bme280, -4000, 1000, 30000, 0)]
    public void Converts_a_read_result_to_a_fixed_point_reading(
        int supported,
        bool temperatureIsValid,
        double degreesCelsius,
        bool humidityIsValid,
        double percent,
        bool pressureIsValid,
        double pascals,
        bool gasIsValid,
        double ohms,
        SensorStatus expectedStatus,
        int expectedValid,
        int expectedCentiCelsius,
        int expectedCentiPercent,
        int expectedPascals,
        int expectedOhms)
    {
        var reading = new EnvironmentReading();
        Bmxx80ReadingConverter.Convert(
            reading, (EnvironmentQuantities)supported, temperatureIsValid, degreesCelsius, humidityIsValid, percent, pressureIsValid, pascals, gasIsValid, ohms);

        Assert.AreEqual(expectedStatus, reading.Status);
        Assert.AreEqual((EnvironmentQuantities)expectedValid, reading.Valid);
        Assert.AreEqual(expectedCentiCelsius, reading.TemperatureCentiCelsius);
        Assert.AreEqual(expectedCentiPercent, reading.RelativeHumidityCentiPercent);
        Assert.AreEqual(expectedPascals, reading.PressurePascals);
        Assert.AreEqual(expectedOhms, reading.GasResistanceOhms);
        Assert.AreEqual(expectedStatus != SensorStatus.Ok, reading.IsFault);
    }

    [TestMethod]
    [DataRow(SensorStatus.BusError)]
    [DataRow(SensorStatus.WrongDevice)]
    public void Fault_carries_only_the_status(SensorStatus status)
    {
        var reading = new EnvironmentReading();
        Bmxx80ReadingConverter.Fault(reading, status);

        Assert.AreEqual(status, reading.Status);
        Assert.AreEqual(EnvironmentQuantities.None, reading.Valid);
        Assert.IsTrue(reading.IsFault);
    }

    [TestMethod]
    public void Conversion_allocates_nothing()
    {
        var sink = 0;
        var reading = new EnvironmentReading();
        for (var i = 0; i < 100; i++)
        {
            Bmxx80ReadingConverter.Convert(reading, EnvironmentQuantities.Bme680, true, 21.0 + i, true, 40.0, true, 100000.0, true, 50000.0);
            sink += reading.TemperatureCentiCelsius;
        }

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 1000; i++)
        {
            Bmxx80ReadingConverter.Convert(reading, EnvironmentQuantities.Bme680, true, 21.0 + (i % 50), true, 40.0, true, 100000.0, true, 50000.0);
            sink += reading.TemperatureCentiCelsius;
        }

        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.AreEqual(0L, allocated);
        Assert.AreNotEqual(0, sink);
    }
}
