// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

namespace SmartCityNodes.Cli.Provisioning;

/// <summary>
/// One reply of the node console: <c>OK COMMAND [words...]</c> or <c>ERR code field text</c>
/// (docs/provisioning-console.md, "Replies").
/// </summary>
/// <param name="Ok">True for an OK reply.</param>
/// <param name="Words">Tokens after <c>OK</c> (the command word first); empty for ERR.</param>
/// <param name="ErrorCode">The ERR code (0 for OK).</param>
/// <param name="Field">The field an ERR is about, or <c>-</c>.</param>
/// <param name="Text">The ERR hint text.</param>
public sealed record ConsoleReply(bool Ok, IReadOnlyList<string> Words, int ErrorCode, string Field, string Text)
{
    /// <summary>The value of a <c>name=value</c> word, or null.</summary>
    public string? Named(string name)
    {
        var prefix = name + "=";
        return Words.FirstOrDefault(w => w.StartsWith(prefix, StringComparison.Ordinal))?[prefix.Length..];
    }

    /// <summary>Parses a reply body (checksum already checked); null when it is neither OK nor ERR.</summary>
    public static ConsoleReply? Parse(string body)
    {
        var words = body.Split(' ');
        if (words.Length >= 2 && words[0] == "OK")
        {
            return new ConsoleReply(true, words[1..], 0, string.Empty, string.Empty);
        }

        if (words.Length >= 3 && words[0] == "ERR" && int.TryParse(words[1], out var code))
        {
            return new ConsoleReply(false, [], code, words[2], string.Join(' ', words[3..]));
        }

        return null;
    }
}
