// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using SmartCityNodes.Boards;

namespace SmartCityNodes.Cli.Boards;

/// <summary>
/// The boards scn flashes and the nanoFramework firmware target of each (documented in tools/Cli/README.md "Boards").
/// The facts live in one place, the portable board descriptions of firmware/Boards (<see cref="SupportedBoards"/>),
/// which the firmware itself uses for its pins; this class only presents them. Check the published targets with
/// <c>nanoff --listtargets --platform esp32</c>.
/// </summary>
public static class BoardCatalog
{
    /// <summary>Every supported board.</summary>
    public static readonly IReadOnlyList<BoardInfo> Boards = SupportedBoards.DescribeAll().Select(FromDescription).ToArray();

    /// <summary>The CLI's view of one board description.</summary>
    public static BoardInfo FromDescription(BoardDescription board) => new(
        Id: board.Id,
        Name: board.Name,
        Chip: board.Chip,
        FlashMegabytes: board.FlashMegabytes,
        HasPsram: board.HasPsram,
        Radio: board.Radio == RadioChip.Sx1276 ? "SX1276" : "SX1262",
        UsbSerial: board.UsbSerial,
        NanoffTarget: board.NanoffTarget,
        Why: board.NanoffTargetReason,
        Sources: board.Sources);

    /// <summary>The board named <paramref name="id"/>, or a <see cref="UsageException"/> listing the known ones.</summary>
    public static BoardInfo Find(string id)
    {
        var board = Boards.FirstOrDefault(b => string.Equals(b.Id, id.Trim(), StringComparison.OrdinalIgnoreCase));
        return board ?? throw new UsageException($"--board: '{id}' is not a supported board; use one of {string.Join(", ", Boards.Select(b => b.Id))}");
    }
}
