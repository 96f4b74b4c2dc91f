// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

namespace SmartCityNodes.Cli.Boards;

/// <summary>
/// The boards scn flashes and the nanoFramework firmware target of each, in one table (documented in
/// tools/Cli/README.md "Boards"). Target names are nanoFramework's reference targets
/// (nanoframework/nf-interpreter targets/ESP32/CMakePresets.json); check the published ones with
/// <c>nanoff --listtargets --platform esp32</c>.
/// </summary>
public static class BoardCatalog
{
    /// <summary>Every supported board.</summary>
    public static readonly IReadOnlyList<BoardInfo> Boards =
    [
        new BoardInfo(
            Id: "ttgo-lora32-v21",
            Name: "LILYGO TTGO LoRa32 V2.1 (PCB T3 V1.6.1)",
            Chip: "ESP32-PICO-D4",
            FlashMegabytes: 4,
            HasPsram: false,
            Radio: "SX1276",
            UsbSerial: "CH9102 USB-UART bridge on UART0",
            NanoffTarget: "ESP32_PICO",
            Why: "the ESP32-PICO-D4 system-in-package without PSRAM: nanoFramework's ESP32_PICO target is built for it (no SPIRAM, 4 MB flash, wire protocol on UART0)",
            Sources: "Xinyuan-LilyGO/LilyGo-LoRa-Series docs/en/t3_v161_sx1276 (SOC ESP32-PICO-D4, 4 MB flash, no PSRAM); nf-interpreter CMakePresets.json ESP32_PICO (sdkconfig.default_pico)"),
        new BoardInfo(
            Id: "heltec-wifi-lora32-v3",
            Name: "Heltec WiFi LoRa 32 V3",
            Chip: "ESP32-S3FN8",
            FlashMegabytes: 8,
            HasPsram: false,
            Radio: "SX1262",
            UsbSerial: "CP2102 USB-UART bridge on UART0 (the S3's native USB is not wired to the socket)",
            NanoffTarget: "ESP32_S3_BLE_UART",
            Why: "an ESP32-S3 with 8 MB flash and no PSRAM whose USB socket reaches UART0: ESP32_S3_BLE_UART keeps the wire protocol on the UART (ESP32_S3 and ESP32_S3_ALL put it on native USB-CDC) and its sdkconfig (default_ble.esp32s3) has 8 MB flash with SPIRAM optional (CONFIG_SPIRAM_IGNORE_NOTFOUND)",
            Sources: "Heltec WiFi LoRa 32 V3 schematic (ESP32-S3FN8, CP2102 on U0RXD/U0TXD); nf-interpreter CMakePresets.json ESP32_S3_BLE_UART and _IDF/sdkconfig.default_ble.esp32s3"),
    ];

    /// <summary>The board named <paramref name="id"/>, or a <see cref="UsageException"/> listing the known ones.</summary>
    public static BoardInfo Find(string id)
    {
        var board = Boards.FirstOrDefault(b => string.Equals(b.Id, id.Trim(), StringComparison.OrdinalIgnoreCase));
        return board ?? throw new UsageException($"--board: '{id}' is not a supported board; use one of {string.Join(", ", Boards.Select(b => b.Id))}");
    }
}
