// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

namespace SmartCityNodes.Cli;

/// <summary>What <c>frame decode</c> found: ordered field lines and the MIC verdict.</summary>
public sealed class FrameReport
{
    private readonly List<(string Field, string Value)> _lines = new();

    /// <summary>True/false when the MIC was checked, null when no key was given.</summary>
    public bool? MicValid { get; set; }

    /// <summary>FPort of a data frame that carries one, else null.</summary>
    public int? FPort { get; set; }

    /// <summary>True for an uplink data frame, false for a downlink one, null for join frames.</summary>
    public bool? Uplink { get; set; }

    /// <summary>The decrypted FRMPayload when a key was given, else null.</summary>
    public byte[]? Plaintext { get; set; }

    /// <summary>Field lines in frame order.</summary>
    public IReadOnlyList<(string Field, string Value)> Lines => _lines;

    /// <summary>Adds one line.</summary>
    public void Add(string field, string value) => _lines.Add((field, value));

    /// <summary>The value of <paramref name="field"/>, for tests and scripts.</summary>
    public string this[string field] => _lines.First(l => l.Field == field).Value;

    /// <summary>Aligned "Field: value" lines.</summary>
    public void WriteTo(TextWriter output)
    {
        var width = _lines.Max(l => l.Field.Length) + 2;
        foreach (var (field, value) in _lines)
        {
            output.WriteLine((field + ":").PadRight(width) + value);
        }
    }
}
