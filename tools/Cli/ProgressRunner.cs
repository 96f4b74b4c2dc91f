// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using Spectre.Console;

namespace SmartCityNodes.Cli;

/// <summary>
/// Runs a step per item with a Spectre.Console progress bar when scn writes to an interactive terminal, and
/// silently otherwise (pipes, files, tests), so scripted output stays plain.
/// </summary>
public static class ProgressRunner
{
    /// <summary>Calls <paramref name="step"/> for every item of <paramref name="items"/>.</summary>
    public static void ForEach<T>(TextWriter output, string description, IReadOnlyList<T> items, Action<T> step)
    {
        var interactive = ReferenceEquals(output, Console.Out) && !Console.IsOutputRedirected && AnsiConsole.Profile.Capabilities.Interactive;
        if (!interactive || items.Count < 2)
        {
            foreach (var item in items)
            {
                step(item);
            }

            return;
        }

        AnsiConsole.Progress()
            .AutoClear(true)
            .Start(context =>
            {
                var task = context.AddTask(Markup.Escape(description), maxValue: items.Count);
                foreach (var item in items)
                {
                    step(item);
                    task.Increment(1);
                }
            });
    }
}
