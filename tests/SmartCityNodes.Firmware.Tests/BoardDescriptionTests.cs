// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using SmartCityNodes.Boards;
using SmartCityNodes.Drivers.Radio.Sx126x;
using SmartCityNodes.Drivers.Radio.Sx127x;

namespace SmartCityNodes.Firmware.Tests;

/// <summary>
/// The board descriptions (firmware/Boards) against the chips' datasheets: pins the ESP32 can do what each role needs,
/// battery ADC channels as the datasheet maps them, divider arithmetic, radio wiring consistent with the chip, and the
/// nanoff target one nanoFramework builds.
/// </summary>
[TestClass]
public sealed class BoardDescriptionTests
{
    // ESP32 Series Datasheet §2.2 / Table "RTC_GPIO": the pads that can wake the chip from deep sleep (ext0/ext1).
    private static readonly int[] Esp32RtcGpios = { 0, 2, 4, 12, 13, 14, 15, 25, 26, 27, 32, 33, 34, 35, 36, 37, 38, 39 };

    // ESP32 Series Datasheet: GPIO34–39 are input-only (no output driver, no pull resistors).
    private static readonly int[] Esp32InputOnly = { 34, 35, 36, 37, 38, 39 };

    // Strapping pins: ESP32 datasheet §2.4 (GPIO0, 2, 5, 12 MTDI, 15 MTDO); ESP32-S3 datasheet §3.1 (GPIO0, 3, 45, 46).
    private static readonly int[] Esp32Strapping = { 0, 2, 5, 12, 15 };
    private static readonly int[] Esp32S3Strapping = { 0, 3, 45, 46 };

    // nanoframework/nf-interpreter targets/ESP32/CMakePresets.json (2026-07): the ESP32 family targets nanoff can flash.
    private static readonly string[] NanoFrameworkEsp32Targets =
    {
        "ESP32_PSRAM_REV0", "ESP32_PSRAM_REV3", "ESP32_REV0", "ESP32_REV3", "ESP32_BLE_REV0", "ESP32_BLE_REV3", "ESP32_PICO",
        "ESP32_C3", "ESP32_C6_THREAD", "ESP32_H2_THREAD", "ESP32_S2", "ESP32_S3_QUAD", "ESP32_S3_OCTAL",
    };

    public static IEnumerable<object[]> Boards() => SupportedBoards.DescribeAll().Select(b => new object[] { b.Id });

    [TestMethod]
    public void Three_boards_with_unique_ids_and_the_expected_targets()
    {
        var boards = SupportedBoards.DescribeAll();
        Assert.HasCount(SupportedBoards.Count, boards);
        CollectionAssert.AreEqual(
            new[] { "ttgo-lora32-v21:ESP32_PICO", "heltec-wifi-lora32-v3:ESP32_S3_QUAD", "firebeetle2-esp32e-e22:ESP32_REV3" },
            boards.Select(b => b.Id + ":" + b.NanoffTarget).ToArray());
        Assert.IsNull(SupportedBoards.Find("ttgo-v1"));
        Assert.AreEqual("heltec-wifi-lora32-v3", SupportedBoards.Find("heltec-wifi-lora32-v3").Id);
    }

    [TestMethod]
    [DynamicData(nameof(Boards))]
    public void Every_figure_has_a_source_and_the_target_exists(string id)
    {
        var board = SupportedBoards.Find(id);
        CollectionAssert.Contains(NanoFrameworkEsp32Targets, board.NanoffTarget);
        Assert.IsGreaterThan(40, board.Sources.Length);
        Assert.IsGreaterThan(40, board.CurrentSources.Length);
        Assert.IsGreaterThan(20, board.NanoffTargetReason.Length);
        Assert.IsGreaterThan(0, board.ChipDeepSleepNanoamps, "the chip's deep-sleep figure is always published");
        Assert.IsGreaterThan(0, board.RadioSleepNanoamps, "the radio's sleep figure is always published");
        Assert.AreEqual(board.HasPsram, board.NanoffTarget.Contains("PSRAM", StringComparison.Ordinal), "PSRAM targets only for PSRAM boards");
    }

    [TestMethod]
    [DynamicData(nameof(Boards))]
    public void No_gpio_serves_two_roles(string id)
    {
        var board = SupportedBoards.Find(id);
        var used = AllPins(board).Where(p => p.Pin >= 0).GroupBy(p => p.Pin).Where(g => g.Count() > 1).ToList();
        Assert.IsEmpty(used, string.Join("; ", used.Select(g => $"GPIO{g.Key}: {string.Join(", ", g.Select(p => p.Role))}")));
    }

    [TestMethod]
    [DynamicData(nameof(Boards))]
    public void Pins_can_do_their_role(string id)
    {
        var board = SupportedBoards.Find(id);
        var isS3 = board.Chip.Contains("S3", StringComparison.Ordinal);
        var rtc = isS3 ? Enumerable.Range(0, 22).ToArray() : Esp32RtcGpios; // ESP32-S3 datasheet: RTC_GPIO0–21 = GPIO0–21
        var inputOnly = isS3 ? Array.Empty<int>() : Esp32InputOnly;
        var strapping = isS3 ? Esp32S3Strapping : Esp32Strapping;

        CollectionAssert.Contains(rtc, board.SensorWakePin, "the wake pin must be an RTC GPIO");
        foreach (var (role, pin) in OutputPins(board).Where(p => p.Pin >= 0))
        {
            CollectionAssert.DoesNotContain(inputOnly, pin, $"{role} drives GPIO{pin}, an input-only pad");
        }

        // The console cable's TX idles high into the console RX from power-on: on a strapping pin that would pick the boot mode.
        foreach (var (role, pin) in new[] { ("sensor UART TX", board.SensorUartTxPin), ("sensor wake", board.SensorWakePin), ("battery divider enable", board.BatteryDividerEnablePin), ("sensor power enable", board.SensorPowerEnablePin), ("console UART TX", board.ConsoleUartTxPin), ("console UART RX", board.ConsoleUartRxPin) })
        {
            CollectionAssert.DoesNotContain(strapping, pin, $"{role} on strapping pin GPIO{pin}: an external device could change the boot mode");
        }
    }

    [TestMethod]
    [DynamicData(nameof(Boards))]
    public void Console_is_COM3_on_two_pins_with_pull_up(string id)
    {
        var board = SupportedBoards.Find(id);
        // nf-interpreter targets/ESP32 SerialPort GetDeviceSelector: "COM1 is being used for VS debug" (the wire protocol on
        // UART0, the USB-serial chip), so managed code gets COM2 and COM3; COM2 is the sensor UART.
        Assert.AreEqual("COM3", board.ConsoleUartPortName);
        Assert.AreNotEqual(board.SensorUartPortName, board.ConsoleUartPortName);
        Assert.IsGreaterThanOrEqualTo(0, board.ConsoleUartTxPin);
        Assert.IsGreaterThanOrEqualTo(0, board.ConsoleUartRxPin);

        // ESP-IDF uart_set_pin pulls RX up, so an unplugged console reads idle; the ESP32's input-only GPIO34-39 have no
        // pull-up (ESP32 datasheet) and would float into noise.
        var inputOnly = board.Chip.Contains("S3", StringComparison.Ordinal) ? Array.Empty<int>() : Esp32InputOnly;
        CollectionAssert.DoesNotContain(inputOnly, board.ConsoleUartRxPin, "console RX on an input-only pad");

        // ESP32 and ESP32-S3 UART0 pins (U0TXD/U0RXD: GPIO1/3 on the ESP32, GPIO43/44 on the S3) belong to the wire protocol.
        var uart0 = board.Chip.Contains("S3", StringComparison.Ordinal) ? new[] { 43, 44 } : new[] { 1, 3 };
        CollectionAssert.DoesNotContain(uart0, board.ConsoleUartTxPin);
        CollectionAssert.DoesNotContain(uart0, board.ConsoleUartRxPin);
    }

    [TestMethod]
    [DynamicData(nameof(Boards))]
    public void Battery_channel_is_the_datasheets_ADC1_channel_of_the_pin(string id)
    {
        var board = SupportedBoards.Find(id);
        // ESP32 datasheet Table "Peripheral Pin Configurations", ADC1: GPIO36 CH0, 37 CH1, 38 CH2, 39 CH3, 32 CH4, 33 CH5,
        // 34 CH6, 35 CH7. ESP32-S3 datasheet: ADC1_CH0–CH9 = GPIO1–10. ADC1 only: ADC2 is unusable while radios run.
        var esp32 = new Dictionary<int, int> { [36] = 0, [37] = 1, [38] = 2, [39] = 3, [32] = 4, [33] = 5, [34] = 6, [35] = 7 };
        var expected = board.Chip.Contains("S3", StringComparison.Ordinal) ? board.BatteryAdcPin - 1 : esp32[board.BatteryAdcPin];
        Assert.AreEqual(expected, board.BatteryAdcChannel);
    }

    [TestMethod]
    [DynamicData(nameof(Boards))]
    public void Divider_ratio_and_leakage_follow_from_the_resistors(string id)
    {
        var board = SupportedBoards.Find(id);
        Assert.IsGreaterThan(1000, board.BatteryDividerRatioThousandths);
        if (board.BatteryDividerTopOhms < 0)
        {
            Assert.AreEqual(-1, board.BatteryDividerBottomOhms);
            return;
        }

        var total = board.BatteryDividerTopOhms + board.BatteryDividerBottomOhms;
        Assert.AreEqual(total * 1000L / board.BatteryDividerBottomOhms, board.BatteryDividerRatioThousandths);
        // Always connected: 4.2 V (full Li-ion cell) over the whole divider; switched: off in sleep.
        var expectedNanoamps = board.BatteryDividerEnablePin < 0 ? 4_200_000_000L / total : 0;
        Assert.AreEqual(expectedNanoamps, board.BatteryDividerNanoamps);
    }

    [TestMethod]
    [DynamicData(nameof(Boards))]
    public void Radio_profile_is_built_from_the_description(string id)
    {
        var board = SupportedBoards.Find(id);
        if (board.Radio == RadioChip.Sx1276)
        {
            Assert.IsGreaterThanOrEqualTo(0, board.RadioDio0Pin);
            Assert.AreEqual(-1, board.RadioBusyPin);
            Sx127xBoardProfile profile = BoardRadioProfiles.CreateSx127x(board);
            CollectionAssert.AreEqual(
                new[] { board.RadioClockPin, board.RadioMosiPin, board.RadioMisoPin, board.RadioSelectPin, board.RadioResetPin, board.RadioDio0Pin, board.RadioDio1Pin, board.RadioMaxPowerDbm },
                new[] { profile.SckPin, profile.MosiPin, profile.MisoPin, profile.NssPin, profile.ResetPin, profile.Dio0Pin, profile.Dio1Pin, profile.MaxPowerDbm });
            Assert.AreEqual(board.RadioUsesPaBoost ? PaOutput.PaBoost : PaOutput.Rfo, profile.PaOutput);
            Assert.ThrowsExactly<ArgumentException>(() => BoardRadioProfiles.CreateSx126x(board));
        }
        else
        {
            Assert.IsGreaterThanOrEqualTo(0, board.RadioBusyPin);
            Assert.AreEqual(-1, board.RadioDio0Pin);
            Sx126xBoardProfile profile = BoardRadioProfiles.CreateSx126x(board);
            CollectionAssert.AreEqual(
                new[] { board.RadioClockPin, board.RadioMosiPin, board.RadioMisoPin, board.RadioSelectPin, board.RadioResetPin, board.RadioBusyPin, board.RadioDio1Pin, board.RadioMaxPowerDbm, board.RadioTcxoStartupMicroseconds },
                new[] { profile.SckPin, profile.MosiPin, profile.MisoPin, profile.NssPin, profile.ResetPin, profile.BusyPin, profile.Dio1Pin, profile.MaxPowerDbm, profile.TcxoStartupMicroseconds });
            Assert.AreEqual(board.RadioUsesTcxo, profile.UsesTcxo);
            Assert.AreEqual(board.RadioTcxoVoltage, profile.TcxoVoltage);
            Assert.AreEqual(board.RadioDio2AsRfSwitch, profile.Dio2AsRfSwitch);
            Assert.IsLessThanOrEqualTo(22, profile.MaxPowerDbm); // DS_SX1261-2: SX1262 PA up to +22 dBm
            Assert.ThrowsExactly<ArgumentException>(() => BoardRadioProfiles.CreateSx127x(board));
        }
    }

    [TestMethod]
    public void The_named_boards_create_their_radio_profiles_from_their_descriptions()
    {
        Assert.AreEqual(TtgoLoRa32V21.NssPin, TtgoLoRa32V21.CreateRadioProfile().NssPin);
        Assert.AreEqual(HeltecWiFiLoRa32V3.BusyPin, HeltecWiFiLoRa32V3.CreateRadioProfile().BusyPin);
        Assert.AreEqual(26, FireBeetleEsp32ESx1262.CreateRadioProfile().BusyPin);
        Assert.ThrowsExactly<ArgumentNullException>(() => BoardRadioProfiles.CreateSx126x(null!));
    }

    private static IEnumerable<(string Role, int Pin)> OutputPins(BoardDescription b) => new[]
    {
        ("radio SCK", b.RadioClockPin), ("radio MOSI", b.RadioMosiPin), ("radio NSS", b.RadioSelectPin), ("radio reset", b.RadioResetPin),
        ("radio RXEN", b.RadioReceiveEnablePin), ("I2C SDA", b.I2cDataPin), ("I2C SCL", b.I2cClockPin), ("sensor UART TX", b.SensorUartTxPin),
        ("console UART TX", b.ConsoleUartTxPin), ("sensor power enable", b.SensorPowerEnablePin), ("battery divider enable", b.BatteryDividerEnablePin),
    };

    private static IEnumerable<(string Role, int Pin)> AllPins(BoardDescription b) => OutputPins(b).Concat(new[]
    {
        ("radio MISO", b.RadioMisoPin), ("radio DIO0", b.RadioDio0Pin), ("radio DIO1", b.RadioDio1Pin), ("radio BUSY", b.RadioBusyPin),
        ("sensor UART RX", b.SensorUartRxPin), ("console UART RX", b.ConsoleUartRxPin), ("sensor wake", b.SensorWakePin), ("battery ADC", b.BatteryAdcPin),
    });
}
