// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

namespace SmartCityNodes.Tools.NanoCompat;

/// <summary>Everything one method allocates on nanoCLR.</summary>
/// <param name="Method">The method, as <c>Namespace.Type.Method</c>.</param>
/// <param name="IsHotPath">Marked <c>[HotPath]</c>, or declared in a type marked so (constructors excepted).</param>
/// <param name="IsStaticConstructor">A <c>.cctor</c>: nanoCLR runs it on every boot, so on every deep-sleep wake.</param>
/// <param name="IlSize">Bytes of IL in the body (0 for abstract, interface and extern methods).</param>
/// <param name="Findings">Every allocation, those on throw paths included.</param>
/// <param name="Parameters">Parameter types, comma-separated, to tell overloads apart in reports.</param>
public sealed record MethodAllocations(string Method, bool IsHotPath, bool IsStaticConstructor, int IlSize, IReadOnlyList<Allocation> Findings, string Parameters = "")
{
    /// <summary>The method with its parameter types, <c>Namespace.Type.Method(int, byte[])</c>.</summary>
    public string DisplayName => $"{Method}({Parameters})";

    /// <summary>The findings that count against a hot path: all but those only reached on the way to a <c>throw</c>.</summary>
    public IEnumerable<Allocation> Counted => Findings.Where(f => !f.OnThrowPath);
}
