// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

namespace SmartCityNodes.Tools.NanoCompat;

/// <summary>One finding: which rule, where (type and member), and what exactly.</summary>
/// <param name="Rule">The rule broken.</param>
/// <param name="Location">Type or <c>Type.Member</c> the finding belongs to.</param>
/// <param name="Detail">What was found there, in words.</param>
public sealed record Violation(Rule Rule, string Location, string Detail)
{
    /// <summary>Stable diagnostic code, NANO001..NANO007, one per rule.</summary>
    public string Code => $"NANO{(int)Rule:000}";

    /// <summary>"warning" for <see cref="Rule.StaticConstructorCost"/>, "error" for every other rule.</summary>
    public string Severity => Rule == Rule.StaticConstructorCost ? "warning" : "error";

    /// <inheritdoc />
    public override string ToString() => $"{Code} {Location}: {Detail}";
}
