// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

namespace SmartCityNodes.Cli.Fleet;

/// <summary>
/// A block of EUI-64 values the user owns, written as its hex prefix: 6 digits for an OUI / MA-L (2^40 EUIs),
/// 7 for an MA-M (2^36), 9 for an MA-S (2^28), or any longer prefix of a block handed out by a network operator.
/// DevEUIs are the prefix followed by a sequential suffix.
/// </summary>
public sealed class EuiPrefix
{
    private EuiPrefix(ulong first, int prefixDigits)
    {
        First = first;
        PrefixDigits = prefixDigits;
    }

    /// <summary>Lowest EUI in the block (prefix followed by zeros).</summary>
    public ulong First { get; }

    /// <summary>Number of hex digits fixed by the prefix (6..15).</summary>
    public int PrefixDigits { get; }

    /// <summary>Number of EUIs in the block, 16^(16 − digits).</summary>
    public ulong Size => 1UL << (4 * (16 - PrefixDigits));

    /// <summary>Highest EUI in the block.</summary>
    public ulong Last => First + (Size - 1);

    /// <summary>Parses <paramref name="text"/> (hex digits; separators allowed) or throws <see cref="UsageException"/>.</summary>
    public static EuiPrefix Parse(string option, string text)
    {
        var clean = text.Trim().Replace(":", string.Empty).Replace("-", string.Empty).Replace(" ", string.Empty);
        if (clean.Length < 6 || clean.Length > 15)
        {
            throw new UsageException($"{option}: '{text}' has {clean.Length} hex digits; give your OUI (6), MA-M (7), MA-S (9) or a longer block prefix (up to 15)");
        }

        if (!ulong.TryParse(clean, System.Globalization.NumberStyles.AllowHexSpecifier, System.Globalization.CultureInfo.InvariantCulture, out var value))
        {
            throw new UsageException($"{option}: '{text}' is not hexadecimal");
        }

        var first = value << (4 * (16 - clean.Length));
        if (Eui64.IsGroup(first))
        {
            throw new UsageException($"{option}: '{text}' has the I/G bit (bit 0 of the first octet) set: that is a group address block, not one for devices");
        }

        return new EuiPrefix(first, clean.Length);
    }

    /// <summary>True when <paramref name="eui"/> lies in the block.</summary>
    public bool Contains(ulong eui) => eui >= First && eui <= Last;
}
