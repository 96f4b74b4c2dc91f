// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using SmartCityNodes.Boards;
using SmartCityNodes.Drivers.Sensors.Battery;
using SmartCityNodes.Hal;
using SmartCityNodes.TestSupport;

namespace SmartCityNodes.Firmware.Tests;

/// <summary>
/// The battery monitor each board description builds: its divider (resistors, or the ratio alone), its full scale, and
/// the divider switch at the board's active level, switched on before the conversions and off after them.
/// </summary>
[TestClass]
public sealed class BoardBatteryMonitorsTests
{
    [TestMethod]
    public void Ttgo_100k_100k_at_3900_mV_full_scale()
    {
        // A 4000 mV cell puts 2000 mV on the pin (100 kΩ / 100 kΩ, TTGO schematic as cited in the board class);
        // 2000 / 3900 × 4095 = 2100 counts exactly. Back: 2100 × 3900 × 200 000 / (4095 × 100 000) = 4000 mV.
        Assert.AreEqual(4000, Read(TtgoLoRa32V21.Describe(), 2100));
    }

    [TestMethod]
    public void FireBeetle_ratio_only_divider_reads_as_its_ratio()
    {
        // Only ×2 is published: 2100 counts → 2100 × 3900 × 2 / 4095 = 4000 mV; 1000 counts → 7 800 000 / 4095 = 1904.76 → 1905 mV.
        BoardDescription board = FireBeetleEsp32ESx1262.Describe();
        Assert.AreEqual(-1, board.BatteryDividerTopOhms);
        Assert.AreEqual(4000, Read(board, 2100));
        Assert.AreEqual(1905, Read(board, 1000));
    }

    [TestMethod]
    public void Heltec_switched_divider_is_on_only_while_converting()
    {
        // 390 kΩ / 100 kΩ (×4.9), 3100 mV full scale (ESP32-S3): 1132 counts → 1132 × 3100 × 490 000 / (4095 × 100 000)
        // = 17 195 080 / 4095 = 4199.04 → 4199 mV.
        BoardDescription board = HeltecWiFiLoRa32V3.Describe();
        var divider = new SwitchedDivider(1132, activeHigh: true);
        BatteryMonitor monitor = BoardBatteryMonitors.Create(board, divider, divider, new VirtualClock(), StateOfChargeCurves.LithiumIon);
        var reading = new BatteryReading();

        Assert.IsTrue(monitor.TryRead(reading));

        Assert.AreEqual(4199, reading.VoltageMillivolts);
        // Off at creation, on, 8 conversions (the monitor's default average), off.
        CollectionAssert.AreEqual(new[] { "low", "high", "read", "read", "read", "read", "read", "read", "read", "read", "low" }, divider.Events);
    }

    [TestMethod]
    public void Active_low_switch_is_driven_low_to_measure()
    {
        BoardDescription board = HeltecWiFiLoRa32V3.Describe();
        board.BatteryDividerEnableActiveHigh = false;
        var divider = new SwitchedDivider(1132, activeHigh: false);
        BatteryMonitor monitor = BoardBatteryMonitors.Create(board, divider, divider, new VirtualClock(), StateOfChargeCurves.LithiumIon);
        var reading = new BatteryReading();

        Assert.IsTrue(monitor.TryRead(reading));

        Assert.AreEqual(4199, reading.VoltageMillivolts, "conversions saw the divider on");
        Assert.AreEqual("high", divider.Events[0], "off (high) from creation");
        Assert.AreEqual("low", divider.Events[1], "on (low) before the first conversion");
        Assert.AreEqual("high", divider.Events[^1], "off again after the last");
    }

    [TestMethod]
    public void Board_data_the_monitor_cannot_work_with_is_refused()
    {
        var clock = new VirtualClock();
        var adc = new SwitchedDivider(1000, activeHigh: true);
        Assert.ThrowsExactly<ArgumentException>(() => BoardBatteryMonitors.Create(HeltecWiFiLoRa32V3.Describe(), adc, null, clock, StateOfChargeCurves.LithiumIon), "switched divider without its pin");
        BoardDescription noFullScale = TtgoLoRa32V21.Describe();
        noFullScale.BatteryAdcFullScaleMillivolts = 0;
        Assert.ThrowsExactly<ArgumentException>(() => BoardBatteryMonitors.Create(noFullScale, adc, null, clock, StateOfChargeCurves.LithiumIon));
        BoardDescription noRatio = FireBeetleEsp32ESx1262.Describe();
        noRatio.BatteryDividerRatioThousandths = 999;
        Assert.ThrowsExactly<ArgumentException>(() => BoardBatteryMonitors.Create(noRatio, adc, null, clock, StateOfChargeCurves.LithiumIon));
        Assert.ThrowsExactly<ArgumentNullException>(() => BoardBatteryMonitors.Create(null!, adc, null, clock, StateOfChargeCurves.LithiumIon));
    }

    [TestMethod]
    [DynamicData(nameof(BoardDescriptionTests.Boards), typeof(BoardDescriptionTests))]
    public void Every_board_has_a_full_scale_inside_the_chips_ADC(string id)
    {
        // ESP-IDF: ESP32 at 11 dB full scale 3.9 V (adc.h); ESP32-S3 at 11/12 dB 0–3100 mV (v4.4 ESP32-S3 ADC guide).
        BoardDescription board = SupportedBoards.Find(id);
        int expected = board.Chip.Contains("S3", StringComparison.Ordinal) ? 3100 : 3900;
        Assert.AreEqual(expected, board.BatteryAdcFullScaleMillivolts);
        // A full Li-ion cell (4.2 V) must stay below the full scale at the pin, or the monitor reports OutOfRange.
        Assert.IsLessThan(board.BatteryAdcFullScaleMillivolts, 4200 * 1000 / board.BatteryDividerRatioThousandths);
    }

    private static int Read(BoardDescription board, int raw)
    {
        var divider = new SwitchedDivider(raw, activeHigh: true);
        BatteryMonitor monitor = BoardBatteryMonitors.Create(board, divider, divider, new VirtualClock(), StateOfChargeCurves.LithiumIon);
        var reading = new BatteryReading();
        Assert.IsTrue(monitor.TryRead(reading), reading.Status.ToString());
        return reading.VoltageMillivolts;
    }

    /// <summary>A divider behind a switch: the ADC reads <c>raw</c> only while the switch is at its active level, else 0.</summary>
    private sealed class SwitchedDivider(int raw, bool activeHigh) : IAdcChannel, IOutputPin
    {
        private bool? level;

        public List<string> Events { get; } = new();

        public int MaxValue => 4095;

        public int ReadRaw()
        {
            Events.Add("read");
            bool switched = level is not null;
            return !switched || level == activeHigh ? raw : 0;
        }

        public void Write(bool high)
        {
            level = high;
            Events.Add(high ? "high" : "low");
        }
    }
}
