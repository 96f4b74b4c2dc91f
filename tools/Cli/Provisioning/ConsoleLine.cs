// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using System.Globalization;

namespace SmartCityNodes.Cli.Provisioning;

/// <summary>
/// Line framing of the provisioning console (docs/provisioning-console.md, "Framing"): <c>BODY*XX</c>, XX the XOR
/// of every byte of BODY as two hex digits (the NMEA 0183 sentence checksum without the <c>$</c>). Worked by hand in
/// the document: <c>ID</c> → 0x49 XOR 0x44 = 0x0D → <c>ID*0D</c>.
/// </summary>
public static class ConsoleLine
{
    /// <summary>XOR of the characters of <paramref name="body"/>.</summary>
    public static int Checksum(string body)
    {
        var sum = 0;
        foreach (var c in body)
        {
            sum ^= c;
        }

        return sum;
    }

    /// <summary>The request line for <paramref name="body"/>, with checksum and LF.</summary>
    public static string Request(string body) => $"{body}*{Checksum(body):X2}\n";

    /// <summary>The body of a reply line (CR LF already stripped), or null when its checksum is missing or wrong.</summary>
    public static string? BodyOf(string line)
    {
        var star = line.LastIndexOf('*');
        if (star < 0 || star != line.Length - 3
            || !int.TryParse(line.AsSpan(star + 1), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var sent))
        {
            return null;
        }

        var body = line[..star];
        return Checksum(body) == sent ? body : null;
    }
}
