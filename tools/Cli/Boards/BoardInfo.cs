// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

namespace SmartCityNodes.Cli.Boards;

/// <summary>One supported board and the nanoFramework firmware target that fits it.</summary>
/// <param name="Id">The name technicians type (<c>--board</c>).</param>
/// <param name="Name">The board's product name.</param>
/// <param name="Chip">The ESP32 variant on the board.</param>
/// <param name="FlashMegabytes">Flash size in MB.</param>
/// <param name="HasPsram">True when the board carries PSRAM.</param>
/// <param name="Radio">The LoRa transceiver.</param>
/// <param name="UsbSerial">How the USB socket reaches the chip (which decides the wire-protocol port of the firmware).</param>
/// <param name="NanoffTarget">The nanoff <c>--target</c> for the firmware.</param>
/// <param name="Why">Why that target fits the board.</param>
/// <param name="Sources">Where the board facts and the target's configuration come from.</param>
public sealed record BoardInfo(
    string Id,
    string Name,
    string Chip,
    int FlashMegabytes,
    bool HasPsram,
    string Radio,
    string UsbSerial,
    string NanoffTarget,
    string Why,
    string Sources);
