// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using System.Globalization;

namespace SmartCityNodes.Cli;

/// <summary>Parses the hex strings people paste from network-server consoles (spaces, colons and 0x allowed).</summary>
public static class HexInput
{
    /// <summary>Bytes of <paramref name="text"/>; <paramref name="exactLength"/> bytes when given.</summary>
    public static byte[] Bytes(string option, string? text, int? exactLength = null)
    {
        if (text is null)
        {
            throw new UsageException($"{option} is required");
        }

        var clean = text.Trim();
        if (clean.StartsWith("0x", StringComparison.OrdinalIgnoreCase))
        {
            clean = clean[2..];
        }

        clean = clean.Replace(" ", string.Empty).Replace(":", string.Empty).Replace("-", string.Empty);
        if (clean.Length % 2 != 0)
        {
            throw new UsageException($"{option}: '{text}' has an odd number of hex digits ({clean.Length})");
        }

        foreach (var c in clean)
        {
            if (!Uri.IsHexDigit(c))
            {
                throw new UsageException($"{option}: '{c}' is not a hex digit in '{text}'");
            }
        }

        var bytes = Convert.FromHexString(clean);
        if (exactLength is { } expected && bytes.Length != expected)
        {
            throw new UsageException($"{option} must be {expected} bytes ({expected * 2} hex digits); got {bytes.Length} bytes");
        }

        return bytes;
    }

    /// <summary>A 16-byte AES key.</summary>
    public static byte[] Key(string option, string? text) => Bytes(option, text, 16);

    /// <summary>A big-endian number as printed on labels and consoles (DevAddr: 4 bytes, EUIs: 8 bytes).</summary>
    public static ulong Number(string option, string? text, int length)
    {
        var bytes = Bytes(option, text, length);
        ulong value = 0;
        foreach (var b in bytes)
        {
            value = (value << 8) | b;
        }

        return value;
    }

    /// <summary>A decimal (or 0x-prefixed hex) unsigned number up to <paramref name="max"/>.</summary>
    public static ulong Unsigned(string option, string? text, ulong max)
    {
        if (text is null)
        {
            throw new UsageException($"{option} is required");
        }

        var trimmed = text.Trim();
        var ok = trimmed.StartsWith("0x", StringComparison.OrdinalIgnoreCase)
            ? ulong.TryParse(trimmed[2..], NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var value)
            : ulong.TryParse(trimmed, NumberStyles.None, CultureInfo.InvariantCulture, out value);
        if (!ok || value > max)
        {
            throw new UsageException($"{option}: '{text}' is not a number from 0 to {max}");
        }

        return value;
    }
}
