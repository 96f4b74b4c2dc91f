// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using Spectre.Console;
using Spectre.Console.Rendering;

namespace SmartCityNodes.Cli;

/// <summary>
/// Renders Spectre.Console tables into the command's output writer (the terminal, or a string writer in tests):
/// plain text, no colour codes, wide enough for 16-byte keys, so the output can be piped and grepped.
/// </summary>
public static class TableWriter
{
    /// <summary>Writes <paramref name="renderable"/> to <paramref name="output"/>.</summary>
    public static void Write(TextWriter output, IRenderable renderable)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(output),
        });
        console.Profile.Width = 200;
        console.Write(renderable);
    }

    /// <summary>A table with ASCII borders and the given column headers.</summary>
    public static Table Create(params string[] headers)
    {
        var table = new Table { Border = TableBorder.Ascii };
        foreach (var header in headers)
        {
            table.AddColumn(new TableColumn(Markup.Escape(header)));
        }

        return table;
    }

    /// <summary>Adds a row of plain (not markup) cells.</summary>
    public static void AddRow(Table table, params string[] cells) => table.AddRow(cells.Select(c => (IRenderable)new Text(c)).ToArray());
}
