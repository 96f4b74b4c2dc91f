// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using System.CommandLine;

namespace SmartCityNodes.Cli;

/// <summary>
/// Suggests the command or option a mistyped word was probably meant to be: the nearest name of the current
/// command's subcommands and options within two edits (Levenshtein distance), e.g. <c>creat</c> → <c>create</c>,
/// <c>--bord</c> → <c>--board</c>.
/// </summary>
public static class TypoHint
{
    private const int MaxEdits = 2;

    /// <summary>" (did you mean 'x'?)" for the first unmatched word with a near name, or an empty string.</summary>
    public static string For(ParseResult parse)
    {
        var command = parse.CommandResult.Command;
        var names = command.Subcommands.SelectMany(c => c.Aliases.Prepend(c.Name))
            .Concat(command.Options.SelectMany(o => o.Aliases.Prepend(o.Name)))
            .Where(n => n.Length > 2)
            .ToList();
        foreach (var token in parse.UnmatchedTokens)
        {
            var best = names.Select(n => (Name: n, Distance: Distance(token, n))).Where(c => c.Distance <= MaxEdits).OrderBy(c => c.Distance).FirstOrDefault();
            if (best.Name is not null)
            {
                return $" (did you mean '{best.Name}'?)";
            }
        }

        return string.Empty;
    }

    /// <summary>Levenshtein distance: insertions, deletions and substitutions that turn <paramref name="a"/> into <paramref name="b"/>.</summary>
    public static int Distance(string a, string b)
    {
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        for (var i = 1; i <= a.Length; i++)
        {
            var current = new int[b.Length + 1];
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                current[j] = Math.Min(substitution, Math.Min(previous[j] + 1, current[j - 1] + 1));
            }

            previous = current;
        }

        return previous[b.Length];
    }
}
